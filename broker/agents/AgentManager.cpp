#include "agents/AgentManager.h"

#include "agents/AgentDirectory.h"
#include "agents/AgentKey.h"
#include "agents/AgentStore.h"
#include "agents/PairingCode.h"
#include "audit/AuditLog.h"
#include "core/Random.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QSet>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAgentManager, "securecontext.agents.manager")

namespace {

// Unanswered and denied requests are kept this long for the listing, then deleted.
constexpr int StaleRequestDays = 7;
// Attempts to draw a request id whose pairing code no live request has.
constexpr int MaxCodeAttempts = 16;

QByteArray pairingHash(QByteArrayView token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

Error pairingError(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

PairingRequest pairingRequestFrom(const AgentRecord &record)
{
    return PairingRequest{record.id,          PairingCode::fromRequestId(record.id), record.name,
                          record.permissions, record.remoteAddress,                  record.createdAt,
                          record.expiresAt};
}

AgentEntry entryFrom(const AgentRecord &record)
{
    return AgentEntry{record.id, record.name, record.permissions, record.expiresAt};
}

bool is(const QString &status, const char *expected)
{
    return status == QLatin1String(expected);
}

} // namespace

AgentManager::AgentManager(AgentStore &store, AgentDirectory &directory, AuditLog *audit, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_directory(directory)
    , m_audit(audit)
    , m_syncTimer(new QTimer(this))
{
    connect(m_syncTimer, &QTimer::timeout, this, &AgentManager::sync);
}

Result<void> AgentManager::load()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<int> deleted = m_store.deleteStaleRequests(now.addDays(-StaleRequestDays));
    if (deleted && deleted.value() > 0)
        qCInfo(lcAgentManager) << "Deleted" << deleted.value() << "unanswered or denied pairing requests older than"
                               << StaleRequestDays << "days";

    Result<void> loaded = reloadDirectory();
    if (!loaded)
        return loaded;
    qCInfo(lcAgentManager) << "Loaded" << m_directory.agents().size() << "active agents";

    m_lastPending = pendingRequests();
    m_lastAgents = summaries();
    m_syncTimer->start(m_policy.syncIntervalMs);
    return {};
}

bool AgentManager::pairingDisabled() const
{
    if (m_settingsFile.isEmpty())
        return false;
    const QSettings settings(m_settingsFile, QSettings::IniFormat);
    const QString policy = settings.value(u"agents/pairing_policy"_s, u"prompt"_s).toString().trimmed().toLower();
    if (policy == u"prompt"_s)
        return false;
    // An unknown value closes pairing: a typo must not leave it open against the person's intent.
    if (policy != u"deny"_s)
        qCWarning(lcAgentManager) << "Unknown agents/pairing_policy" << policy << "in" << m_settingsFile
                                  << "; expected prompt or deny; rejecting pairing requests";
    return true;
}

Result<AgentManager::Ticket> AgentManager::requestPairing(const QString &name, const AgentPermissions &requested,
                                                          const QString &remoteAddress)
{
    if (pairingDisabled()) {
        recordAudit(AuditAction::PairingRequest, AuditOutcome::Denied, QString(), remoteAddress, u"PAIRING_DISABLED"_s);
        return pairingError("PAIRING_DISABLED", u"Pairing is turned off (setting agents/pairing_policy=deny); "
                                                "the person at this computer can turn it on in the settings"_s);
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<int> pending = m_store.countPending(now);
    if (!pending)
        return pending.error();
    if (pending.value() >= m_policy.maxPendingRequests) {
        recordAudit(AuditAction::PairingRequest, AuditOutcome::Denied, QString(), remoteAddress, u"PAIRING_RATE_LIMITED"_s);
        return pairingError("PAIRING_RATE_LIMITED",
                            u"%1 pairing requests are waiting for a decision already; retry after one is answered or expires"_s
                                .arg(pending.value()));
    }

    // The person types the code to approve, so it must name one live request.
    QSet<QString> liveCodes;
    for (const PairingRequest &request : pendingRequests())
        liveCodes.insert(request.code);
    QString requestId;
    for (int attempt = 0; attempt < MaxCodeAttempts && requestId.isEmpty(); ++attempt) {
        const QString candidate = Random::uuid4();
        if (!liveCodes.contains(PairingCode::fromRequestId(candidate)))
            requestId = candidate;
    }
    if (requestId.isEmpty())
        return Error{u"INTERNAL_ERROR"_s, u"Cannot draw a unique pairing code"_s};

    Ticket ticket;
    ticket.requestId = requestId;
    ticket.code = PairingCode::fromRequestId(requestId);
    ticket.pairingToken = QString::fromLatin1(Random::base64Url(32));
    ticket.expiresAt = now.addSecs(m_policy.pendingLifetimeSeconds);

    AgentRecord record;
    record.id = requestId;
    record.name = name;
    record.status = QLatin1String(AgentStatus::Pending);
    record.permissions = requested;
    record.pairingHash = pairingHash(ticket.pairingToken.toLatin1());
    record.remoteAddress = remoteAddress;
    record.createdAt = now;
    record.expiresAt = ticket.expiresAt;
    Result<void> inserted = m_store.insert(record);
    if (!inserted)
        return inserted.error();

    qCInfo(lcAgentManager).noquote() << "Pairing request" << requestId << "with code" << ticket.code << "from"
                                     << remoteAddress;
    recordAudit(AuditAction::PairingRequest, AuditOutcome::Pending, requestId, remoteAddress, name);
    Q_EMIT pairingRequested(pairingRequestFrom(record));
    emitChanges();
    return ticket;
}

Result<std::optional<AgentManager::ClaimedKey>> AgentManager::claim(const QString &requestId, QByteArrayView pairingToken)
{
    const Result<std::optional<AgentRecord>> found = m_store.find(requestId);
    if (!found)
        return found.error();
    if (!found.value())
        return pairingError("PAIRING_NOT_FOUND", u"No pairing request with this id"_s);
    const AgentRecord &record = *found.value();
    if (record.pairingHash.isEmpty() || pairingHash(pairingToken) != record.pairingHash)
        return pairingError("PAIRING_TOKEN_INVALID", u"The pairing token does not match this request"_s);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (is(record.status, AgentStatus::Pending)) {
        if (record.expiresAt <= now)
            return pairingError("PAIRING_EXPIRED", u"The pairing request expired without a decision; send a new one"_s);
        return std::optional<ClaimedKey>();
    }
    if (is(record.status, AgentStatus::Denied))
        return pairingError("PAIRING_DENIED", u"The person denied this pairing request"_s);
    if (is(record.status, AgentStatus::Revoked) && record.keyHash.isEmpty())
        return pairingError("PAIRING_DENIED", u"The request was revoked before its key was claimed"_s);
    if (!is(record.status, AgentStatus::Approved) || !record.keyHash.isEmpty())
        return pairingError("PAIRING_CLAIMED", u"The key of this request was handed out already and is never sent again"_s);
    if (record.decidedAt.addSecs(m_policy.pendingLifetimeSeconds) <= now)
        return pairingError("PAIRING_EXPIRED", u"The approved request was not claimed in time; send a new one"_s);

    const QString key = AgentKey::generate();
    const QByteArray keyHash = AgentKey::hash(key.toLatin1());
    const Result<bool> claimed = m_store.claim(requestId, keyHash);
    if (!claimed)
        return claimed.error();
    if (!claimed.value())
        return pairingError("PAIRING_CLAIMED", u"The key of this request was handed out already and is never sent again"_s);

    const AgentEntry agent = entryFrom(record);
    m_directory.put(keyHash, agent);
    qCInfo(lcAgentManager) << "Agent" << requestId << "claimed its key";
    emitChanges();
    return std::optional<ClaimedKey>(ClaimedKey{agent, key});
}

Error AgentManager::decisionError(const QString &requestId) const
{
    const Result<std::optional<AgentRecord>> found = m_store.find(requestId);
    if (!found)
        return found.error();
    if (!found.value())
        return pairingError("PAIRING_NOT_FOUND", u"No pairing request with id %1"_s.arg(requestId.left(64)));
    if (is(found.value()->status, AgentStatus::Pending))
        return pairingError("PAIRING_EXPIRED", u"The pairing request %1 expired; the agent must send a new one"_s.arg(requestId));
    return pairingError("PAIRING_DECIDED", u"The pairing request %1 is %2 already"_s.arg(requestId, found.value()->status));
}

Result<void> AgentManager::approve(const QString &requestId, const AgentPermissions &granted, bool always)
{
    const Result<std::optional<AgentRecord>> found = m_store.find(requestId);
    if (!found)
        return found.error();
    if (!found.value() || !is(found.value()->status, AgentStatus::Pending))
        return decisionError(requestId);

    const AgentPermissions permissions = granted.narrowedTo(found.value()->permissions);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expiresAt = always ? QDateTime() : now.addSecs(m_policy.allowOnceSeconds);
    const Result<bool> decided = m_store.decide(requestId, QLatin1String(AgentStatus::Approved), permissions, now, expiresAt);
    if (!decided)
        return decided.error();
    if (!decided.value())
        return decisionError(requestId);

    qCInfo(lcAgentManager) << "Approved pairing request" << requestId << (always ? "without expiry" : "for a limited time");
    recordAudit(AuditAction::PairingApprove, AuditOutcome::Ok, requestId, QString(), always ? u"allow always"_s : u"allow once"_s);
    emitChanges();
    return {};
}

Result<void> AgentManager::deny(const QString &requestId)
{
    const Result<std::optional<AgentRecord>> found = m_store.find(requestId);
    if (!found)
        return found.error();
    if (!found.value() || !is(found.value()->status, AgentStatus::Pending))
        return decisionError(requestId);

    const Result<bool> decided = m_store.decide(requestId, QLatin1String(AgentStatus::Denied), found.value()->permissions,
                                                QDateTime::currentDateTimeUtc(), found.value()->expiresAt);
    if (!decided)
        return decided.error();
    if (!decided.value())
        return decisionError(requestId);

    qCInfo(lcAgentManager) << "Denied pairing request" << requestId;
    recordAudit(AuditAction::PairingDeny, AuditOutcome::Ok, requestId, QString(), QString());
    emitChanges();
    return {};
}

Result<PairingRequest> AgentManager::findPendingByCode(const QString &code) const
{
    const QString normalizedCode = PairingCode::normalized(code);
    if (!normalizedCode.isEmpty()) {
        for (const PairingRequest &request : pendingRequests()) {
            if (request.code == normalizedCode)
                return request;
        }
    }
    return pairingError("PAIRING_NOT_FOUND",
                        u"No pending pairing request has the code \"%1\"; list them with securecontextd --agents"_s.arg(code.left(16)));
}

Result<void> AgentManager::revoke(const QString &agentId, const QString &revokedBy, const QString &remoteAddress)
{
    const Result<bool> revoked = m_store.revoke(agentId, QDateTime::currentDateTimeUtc());
    if (!revoked)
        return revoked.error();
    if (!revoked.value())
        return Error{u"AGENT_NOT_FOUND"_s, u"No agent or pending request with id %1 to revoke"_s.arg(agentId.left(64))};

    m_directory.remove(agentId);
    qCInfo(lcAgentManager) << "Revoked agent" << agentId;
    recordAudit(AuditAction::AgentRevoke, AuditOutcome::Ok, agentId, remoteAddress,
                revokedBy.isEmpty() ? u"by the person"_s : u"by agent "_s + revokedBy);
    emitChanges();
    return {};
}

Result<void> AgentManager::setPermissions(const QString &agentId, const AgentPermissions &permissions)
{
    const Result<bool> updated = m_store.setPermissions(agentId, permissions);
    if (!updated)
        return updated.error();
    if (!updated.value())
        return Error{u"AGENT_NOT_FOUND"_s, u"No approved agent with id %1"_s.arg(agentId.left(64))};

    qCInfo(lcAgentManager) << "Changed the permissions of agent" << agentId;
    Result<void> reloaded = reloadDirectory();
    emitChanges();
    return reloaded;
}

Result<QList<AgentRecord>> AgentManager::records() const
{
    return m_store.all();
}

QList<PairingRequest> AgentManager::pendingRequests() const
{
    const Result<QList<AgentRecord>> pending = m_store.withStatus(QLatin1String(AgentStatus::Pending));
    if (!pending)
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<PairingRequest> requests;
    for (const AgentRecord &record : pending.value()) {
        if (record.expiresAt > now)
            requests.append(pairingRequestFrom(record));
    }
    return requests;
}

QList<AgentSummary> AgentManager::summaries() const
{
    const Result<QList<AgentRecord>> all = m_store.all();
    if (!all)
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<AgentSummary> agents;
    for (const AgentRecord &record : all.value()) {
        if (is(record.status, AgentStatus::Pending) || is(record.status, AgentStatus::Denied))
            continue;
        agents.append(AgentSummary{record.id, record.name, record.permissions, record.effectiveStatus(now),
                                   record.createdAt, record.expiresAt, record.lastUsedAt});
    }
    return agents;
}

Result<void> AgentManager::reloadDirectory()
{
    const Result<QList<AgentRecord>> active = m_store.withStatus(QLatin1String(AgentStatus::Active));
    if (!active)
        return active.error();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<QString> keep;
    for (const AgentRecord &record : active.value()) {
        if (record.keyHash.isEmpty() || (record.expiresAt.isValid() && record.expiresAt <= now))
            continue;
        keep.insert(record.id);
        m_directory.put(record.keyHash, entryFrom(record));
    }
    for (const AgentEntry &agent : m_directory.agents()) {
        if (!keep.contains(agent.id))
            m_directory.remove(agent.id);
    }
    return {};
}

void AgentManager::sync()
{
    const Result<void> written = m_store.writeLastUses(m_directory.takeUses());
    if (!written)
        qCWarning(lcAgentManager).noquote() << "Cannot write agent last-use times:" << written.error().message;

    const Result<void> reloaded = reloadDirectory();
    if (!reloaded)
        qCWarning(lcAgentManager).noquote() << "Cannot re-read the agents table:" << reloaded.error().message;
    emitChanges();
}

void AgentManager::emitChanges()
{
    QList<PairingRequest> pending = pendingRequests();
    if (pending != m_lastPending) {
        m_lastPending = pending;
        Q_EMIT pairingsChanged(pending);
    }
    QList<AgentSummary> agents = summaries();
    if (agents != m_lastAgents) {
        m_lastAgents = agents;
        Q_EMIT agentsChanged(agents);
    }
}

void AgentManager::recordAudit(const char *action, const char *outcome, const QString &agentId,
                               const QString &remoteAddress, const QString &detail)
{
    if (!m_audit)
        return;
    AuditEvent event;
    event.agentId = agentId;
    event.action = QLatin1String(action);
    event.outcome = QLatin1String(outcome);
    event.remoteAddress = remoteAddress;
    event.detail = detail;
    m_audit->record(std::move(event));
}
