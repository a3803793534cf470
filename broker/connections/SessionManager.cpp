#include "connections/SessionManager.h"

#include "connections/ConnectionKeys.h"
#include "connections/TokenCache.h"
#include "oauth/SessionId.h"
#include "store/MetadataStore.h"
#include "store/SecretStore.h"

#include <QLoggingCategory>
#include <QPointer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSessions, "securecontext.connections.sessions")

namespace {

SessionEntry entryOf(const SessionRecord &session)
{
    SessionEntry entry;
    entry.idHash = session.idHash;
    entry.idPrefix = session.idPrefix;
    entry.connectionId = session.connectionId;
    entry.createdAt = session.createdAt;
    entry.expiresAt = session.expiresAt;
    entry.revoked = session.revokedAt.isValid();
    entry.agentId = session.agentId;
    entry.agentName = session.agentName;
    entry.scopes = session.scopes;
    entry.exposeRefreshToken = session.exposeRefreshToken;
    entry.maxExpiresAt = session.maxExpiresAt;
    return entry;
}

} // namespace

SessionManager::SessionManager(MetadataStore &metadata, SecretStore &secrets, TokenCache &cache, QObject *parent)
    : QObject(parent)
    , m_metadata(metadata)
    , m_secrets(secrets)
    , m_cache(cache)
{
}

void SessionManager::load(const QList<SessionRecord> &sessions)
{
    m_sessions = sessions;
    for (const SessionRecord &session : std::as_const(m_sessions))
        m_cache.putSession(entryOf(session));
}

void SessionManager::createSession(const QString &connectionId, const SessionOptions &options, SessionIdCallback callback)
{
    const std::optional<TokenSnapshot> connection = m_cache.token(connectionId);
    if (!connection) {
        callback(Error{u"CONNECTION_NOT_FOUND"_s, u"No connection with the id "_s + connectionId});
        return;
    }
    for (const QString &scope : options.scopes) {
        if (!connection->grantedScopes.contains(scope)) {
            callback(Error{u"INVALID_SCOPE"_s,
                           u"The scope %1 was not granted to the connection; choose from: %2"_s.arg(
                               scope, connection->grantedScopes.join(u' '))});
            return;
        }
    }
    if (options.lifetimeSeconds < 0) {
        callback(Error{u"INVALID_LIFETIME"_s, u"The session lifetime must be 0 (no expiry) or a positive number of seconds"_s});
        return;
    }

    const QString sessionId = SessionId::generate();
    const QDateTime now = QDateTime::currentDateTimeUtc();

    SessionRecord session;
    session.idHash = SessionId::hash(sessionId);
    session.idPrefix = SessionId::prefix(sessionId);
    session.connectionId = connectionId;
    session.createdAt = now;
    session.agentId = options.agentId;
    session.agentName = options.agentName;
    session.scopes = options.scopes;
    session.scopes.removeDuplicates();
    session.exposeRefreshToken = options.exposeRefreshToken;
    session.maxExpiresAt = now.addDays(m_maxLifetimeDays);
    if (options.lifetimeSeconds > 0)
        session.expiresAt = qMin(now.addSecs(options.lifetimeSeconds), session.maxExpiresAt);

    QPointer<SessionManager> self(this);
    m_secrets.write(ConnectionKeys::sessionId(session.idHash), sessionId,
                    [self, session, sessionId, callback](const Result<void> &written) {
        if (!self)
            return;
        if (!written) {
            callback(written.error());
            return;
        }
        Result<void> inserted = self->m_metadata.insertSession(session);
        if (!inserted) {
            self->m_secrets.remove(ConnectionKeys::sessionId(session.idHash), [](const Result<void> &) {});
            callback(inserted.error());
            return;
        }

        self->m_sessions.append(session);
        self->m_cache.putSession(entryOf(session));
        qCInfo(lcSessions) << "Created session" << session.idPrefix << "for connection" << session.connectionId
                           << (session.agentId.isEmpty() ? "for the person" : "for agent") << session.agentId;
        Q_EMIT self->sessionsChanged();
        Q_EMIT self->sessionCreated(entryOf(session));
        callback(sessionId);
    });
}

SessionRecord *SessionManager::find(const QByteArray &idHash)
{
    for (SessionRecord &session : m_sessions) {
        if (session.idHash == idHash)
            return &session;
    }
    return nullptr;
}

Result<SessionRecord> SessionManager::revokeSession(const QByteArray &idHash)
{
    SessionRecord *session = find(idHash);
    if (!session || session->revokedAt.isValid())
        return Error{u"SESSION_NOT_FOUND"_s, u"No active session with this id"_s};

    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<bool> revoked = m_metadata.revokeSession(idHash, now);
    if (!revoked)
        return revoked.error();
    session->revokedAt = now;
    // The cache keeps the revoked entry, so the owner still sees it listed as revoked.
    m_cache.putSession(entryOf(*session));

    const QString prefix = session->idPrefix;
    m_secrets.remove(ConnectionKeys::sessionId(idHash), [prefix](const Result<void> &removed) {
        if (!removed)
            qCWarning(lcSessions) << "Cannot delete the keychain copy of revoked session" << prefix << ":" << removed.error().code;
    });
    qCInfo(lcSessions) << "Revoked session" << prefix << "of connection" << session->connectionId;
    Q_EMIT sessionsChanged();
    Q_EMIT sessionRevoked(entryOf(*session));
    return *session;
}

Result<SessionRecord> SessionManager::extendSession(const QByteArray &idHash, qint64 seconds)
{
    if (seconds < MinExtendSeconds || seconds > MaxExtendSeconds) {
        return Error{u"INVALID_EXTEND_SECONDS"_s,
                     u"extend_seconds must be an integer from %1 to %2"_s.arg(MinExtendSeconds).arg(MaxExtendSeconds)};
    }
    SessionRecord *session = find(idHash);
    if (!session || session->revokedAt.isValid())
        return Error{u"SESSION_NOT_FOUND"_s, u"No active session with this id"_s};

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime base = session->expiresAt.isValid() && session->expiresAt > now ? session->expiresAt : now;
    const QDateTime extended = base.addSecs(seconds);
    if (!session->maxExpiresAt.isValid() || extended > session->maxExpiresAt) {
        return Error{u"EXTENSION_LIMIT"_s,
                     u"The session cannot be extended past %1; create a new session instead"_s.arg(
                         session->maxExpiresAt.isValid() ? session->maxExpiresAt.toString(Qt::ISODate) : u"its current expiry"_s)};
    }

    Result<bool> updated = m_metadata.updateSessionExpiry(idHash, extended);
    if (!updated)
        return updated.error();
    session->expiresAt = extended;
    m_cache.putSession(entryOf(*session));
    qCInfo(lcSessions) << "Extended session" << session->idPrefix << "to" << extended.toString(Qt::ISODate);
    Q_EMIT sessionsChanged();
    Q_EMIT sessionRevoked(entryOf(*session));
    return *session;
}

Result<int> SessionManager::removeInactiveSessions(const QString &agentId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QByteArray> inactive;
    for (const SessionRecord &session : std::as_const(m_sessions)) {
        if (agentId.isEmpty() || session.agentId != agentId)
            continue;
        if (!entryOf(session).isActive(now))
            inactive.append(session.idHash);
    }
    if (inactive.isEmpty())
        return 0;

    Result<void> removed = m_metadata.removeSessions(inactive);
    if (!removed)
        return removed.error();
    m_sessions.removeIf([&inactive](const SessionRecord &session) { return inactive.contains(session.idHash); });
    for (const QByteArray &idHash : std::as_const(inactive)) {
        m_cache.removeSession(idHash);
        m_secrets.remove(ConnectionKeys::sessionId(idHash), [](const Result<void> &) {});
    }
    qCInfo(lcSessions) << "Removed" << inactive.size() << "expired or revoked sessions of agent" << agentId;
    Q_EMIT sessionsChanged();
    return int(inactive.size());
}

void SessionManager::forgetConnection(const QString &connectionId)
{
    const qsizetype removed =
        m_sessions.removeIf([&connectionId](const SessionRecord &session) { return session.connectionId == connectionId; });
    if (removed > 0)
        Q_EMIT sessionsChanged();
}

void SessionManager::revealSessionId(const QString &connectionId, SessionIdCallback callback)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SessionRecord *newest = nullptr;
    for (const SessionRecord &session : std::as_const(m_sessions)) {
        if (session.connectionId == connectionId && entryOf(session).isActive(now))
            newest = &session;
    }
    if (!newest) {
        callback(Error{u"SESSION_NOT_FOUND"_s, u"The connection has no active session"_s});
        return;
    }
    m_secrets.read(ConnectionKeys::sessionId(newest->idHash), std::move(callback));
}

QList<QByteArray> SessionManager::sessionHashesOf(const QString &connectionId) const
{
    QList<QByteArray> hashes;
    for (const SessionRecord &session : m_sessions) {
        if (session.connectionId == connectionId)
            hashes.append(session.idHash);
    }
    return hashes;
}

QList<SessionEntry> SessionManager::entriesOf(const QString &connectionId) const
{
    QList<SessionEntry> entries;
    for (const SessionRecord &session : m_sessions) {
        if (session.connectionId == connectionId)
            entries.append(entryOf(session));
    }
    return entries;
}

QString SessionManager::newestPrefix(const QString &connectionId) const
{
    QString prefix;
    for (const SessionRecord &session : m_sessions) {
        if (session.connectionId == connectionId && !session.revokedAt.isValid())
            prefix = session.idPrefix;
    }
    return prefix;
}

QList<SessionSummary> SessionManager::summaries() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<SessionSummary> result;
    for (const SessionRecord &session : m_sessions) {
        SessionSummary summary;
        summary.idHash = session.idHash;
        summary.idPrefix = session.idPrefix;
        summary.connectionId = session.connectionId;
        summary.agentId = session.agentId;
        summary.agentName = session.agentName;
        summary.status = entryOf(session).status(now);
        summary.scopes = session.scopes;
        summary.exposeRefreshToken = session.exposeRefreshToken;
        summary.createdAt = session.createdAt;
        summary.expiresAt = session.expiresAt;
        summary.maxExpiresAt = session.maxExpiresAt;
        result.append(summary);
    }
    return result;
}
