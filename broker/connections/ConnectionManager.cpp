#include "connections/ConnectionManager.h"

#include "audit/AuditLog.h"
#include "connections/ConnectionKeys.h"
#include "connections/ProviderDirectory.h"
#include "connections/SessionManager.h"
#include "connections/TokenCache.h"
#include "core/Random.h"
#include "oauth/SessionId.h"
#include "oauth/TokenClient.h"
#include "store/MetadataStore.h"
#include "store/SecretStore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcConnections, "securecontext.connections.manager")

ConnectionManager::ConnectionManager(MetadataStore &metadata, SecretStore &secrets, TokenCache &cache,
                                     TokenClient &tokenClient, const ProviderDirectory &providers, QObject *parent)
    : QObject(parent)
    , m_metadata(metadata)
    , m_secrets(secrets)
    , m_cache(cache)
    , m_tokenClient(tokenClient)
    , m_providers(providers)
    , m_proactiveTimer(new QTimer(this))
    , m_sessions(new SessionManager(metadata, secrets, cache, this))
{
    connect(m_proactiveTimer, &QTimer::timeout, this, &ConnectionManager::refreshSoonExpiring);
    // The connection list shows each connection's newest session prefix.
    connect(m_sessions, &SessionManager::sessionsChanged, this, &ConnectionManager::connectionsChanged);
}

ConnectionManager::~ConnectionManager()
{
    // Every waiter gets exactly one result, also when the broker stops mid-refresh.
    const QStringList waiting = m_refreshWaiters.keys();
    for (const QString &connectionId : waiting) {
        const QList<Waiter> waiters = m_refreshWaiters.take(connectionId);
        for (const Waiter &waiter : waiters)
            waiter.callback(Error{u"BROKER_STOPPING"_s, u"The broker stopped before the refresh finished"_s});
    }
}

void ConnectionManager::setRefreshPolicy(const RefreshPolicy &policy)
{
    m_policy = policy;
    m_proactiveTimer->setInterval(policy.proactiveCheckIntervalMs);
}

QString ConnectionManager::accessTokenKey(const QString &connectionId)
{
    return ConnectionKeys::accessToken(connectionId);
}

QString ConnectionManager::refreshTokenKey(const QString &connectionId)
{
    return ConnectionKeys::refreshToken(connectionId);
}

QString ConnectionManager::sessionIdKey(const QByteArray &idHash)
{
    return ConnectionKeys::sessionId(idHash);
}

void ConnectionManager::load(DoneCallback done)
{
    Result<QList<ConnectionRecord>> connections = m_metadata.loadConnections();
    if (!connections) {
        done(connections.error());
        return;
    }
    Result<QList<SessionRecord>> sessions = m_metadata.loadSessions();
    if (!sessions) {
        done(sessions.error());
        return;
    }

    m_proactiveTimer->start(m_policy.proactiveCheckIntervalMs);
    m_sessions->load(sessions.value());

    auto pending = std::make_shared<int>(int(connections.value().size()));
    if (*pending == 0) {
        done(Result<void>());
        return;
    }
    for (const ConnectionRecord &record : connections.value()) {
        m_connections.insert(record.id, record);
        loadTokens(record, [pending, done](const Result<void> &) {
            // A connection whose tokens cannot be read stays listed and answers its agents
            // with an error; it does not stop the other connections from loading.
            if (--*pending == 0)
                done(Result<void>());
        });
    }
    qCInfo(lcConnections) << "Loading" << m_connections.size() << "connections and" << sessions.value().size() << "sessions";
}

void ConnectionManager::loadTokens(const ConnectionRecord &record, DoneCallback done)
{
    QPointer<ConnectionManager> self(this);
    const QString id = record.id;

    m_secrets.read(accessTokenKey(id), [self, id, done](const Result<QString> &access) {
        if (!self)
            return;
        self->m_secrets.read(refreshTokenKey(id), [self, id, access, done](const Result<QString> &refresh) {
            if (!self)
                return;
            const auto it = self->m_connections.constFind(id);
            if (it == self->m_connections.cend()) {
                done(Result<void>());
                return;
            }

            const QString accessToken = access ? access.value() : QString();
            const QString refreshToken = refresh ? refresh.value() : QString();
            if (accessToken.isEmpty() && refreshToken.isEmpty())
                qCWarning(lcConnections) << "No tokens in the keychain for connection" << id;
            self->m_cache.putToken(self->snapshotOf(*it, accessToken, refreshToken));
            done(Result<void>());
        });
    });
}

TokenSnapshot ConnectionManager::snapshotOf(const ConnectionRecord &record, const QString &accessToken,
                                            const QString &refreshToken) const
{
    TokenSnapshot snapshot;
    snapshot.connectionId = record.id;
    snapshot.provider = record.provider;
    snapshot.account = record.account;
    snapshot.status = record.status;
    snapshot.lastError = record.lastError;
    snapshot.accessToken = accessToken;
    snapshot.refreshToken = refreshToken;
    snapshot.tokenType = record.tokenType;
    snapshot.grantedScopes = record.grantedScopes;
    snapshot.expiresAt = record.accessTokenExpiresAt;
    return snapshot;
}

void ConnectionManager::storeGrant(const PendingFlow &flow, const TokenResponse &tokens, const AccountIdentity &identity,
                                   SessionCallback callback)
{
    storeGrant(flow, tokens, identity, SessionOptions(), std::move(callback));
}

void ConnectionManager::storeGrant(const PendingFlow &flow, const TokenResponse &tokens, const AccountIdentity &identity,
                                   const SessionOptions &sessionOptions, SessionCallback callback)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();

    // The same account connected again updates its connection instead of adding a second one.
    ConnectionRecord record;
    for (const ConnectionRecord &existing : std::as_const(m_connections)) {
        if (!identity.subject.isEmpty() && existing.provider == flow.providerName && existing.subject == identity.subject) {
            record = existing;
            break;
        }
    }
    const bool reconnect = !record.id.isEmpty();
    if (!reconnect) {
        record.id = Random::uuid4();
        record.provider = flow.providerName;
        record.createdAt = now;
    }

    const QString previousStatus = record.status;
    record.account = identity.display.isEmpty() ? identity.subject : identity.display;
    record.subject = identity.subject;
    record.requestedScopes = flow.requestedScopes;
    // RFC 6749 section 5.1: a response without `scope` granted what was requested.
    record.grantedScopes = tokens.grantedScopes.value_or(flow.requestedScopes);
    record.tokenType = tokens.tokenType.isEmpty() ? u"Bearer"_s : tokens.tokenType;
    record.status = ConnectionStatus::Active;
    record.lastError.clear();
    record.accessTokenExpiresAt = TokenResponse::expiryFrom(tokens.expiresIn, now);
    if (!tokens.refreshToken.isEmpty())
        record.refreshTokenExpiresAt = TokenResponse::expiryFrom(tokens.refreshTokenExpiresIn, now);
    record.updatedAt = now;

    // A reconnect whose response carries no refresh token keeps the one that still works.
    const std::optional<TokenSnapshot> previous = m_cache.token(record.id);
    const QString refreshToken = !tokens.refreshToken.isEmpty() ? tokens.refreshToken
                                 : previous ? previous->refreshToken
                                            : QString();

    QList<std::pair<QString, QString>> secrets{{accessTokenKey(record.id), tokens.accessToken}};
    if (!tokens.refreshToken.isEmpty())
        secrets.prepend({refreshTokenKey(record.id), tokens.refreshToken});

    QPointer<ConnectionManager> self(this);
    writeSecrets(secrets, [self, record, refreshToken, accessToken = tokens.accessToken, reconnect, previousStatus, sessionOptions,
                           callback](const Result<void> &written) {
        if (!self)
            return;
        if (!written) {
            // Nothing is kept in plain text: without the keychain the grant cannot be stored.
            callback(written.error());
            return;
        }

        Result<void> saved = self->m_metadata.saveConnection(record);
        if (!saved) {
            // A new connection that could not be recorded must not leave its tokens behind.
            if (!reconnect) {
                self->m_secrets.remove(accessTokenKey(record.id), [](const Result<void> &) {});
                self->m_secrets.remove(refreshTokenKey(record.id), [](const Result<void> &) {});
            }
            callback(saved.error());
            return;
        }
        self->m_connections.insert(record.id, record);
        self->m_cache.putToken(self->snapshotOf(record, accessToken, refreshToken));
        qCInfo(lcConnections) << (reconnect ? "Updated connection" : "Added connection") << record.id << "at" << record.provider;
        if (reconnect && previousStatus != record.status)
            Q_EMIT self->statusChanged(record.id, record.status, self->sessionsOf(record.id));

        self->m_sessions->createSession(record.id, sessionOptions, callback);
    });
}

void ConnectionManager::writeSecrets(QList<std::pair<QString, QString>> secrets, DoneCallback done)
{
    if (secrets.isEmpty()) {
        done(Result<void>());
        return;
    }

    // One at a time and in order, so a rotated refresh token is stored before anything
    // that depends on it.
    const auto [key, value] = secrets.takeFirst();
    QPointer<ConnectionManager> self(this);
    m_secrets.write(key, value, [self, secrets, done](const Result<void> &written) {
        if (!self)
            return;
        if (!written) {
            done(written);
            return;
        }
        self->writeSecrets(secrets, done);
    });
}

void ConnectionManager::freshToken(const QString &connectionId, SnapshotCallback callback)
{
    requestToken(connectionId, false, std::move(callback));
}

void ConnectionManager::refreshNow(const QString &connectionId, SnapshotCallback callback)
{
    requestToken(connectionId, true, std::move(callback));
}

void ConnectionManager::requestToken(const QString &connectionId, bool forceRefresh, SnapshotCallback callback)
{
    const std::optional<TokenSnapshot> snapshot = m_cache.token(connectionId);
    if (!snapshot) {
        callback(Error{u"CONNECTION_NOT_FOUND"_s, u"The session's connection no longer exists"_s});
        return;
    }
    m_cache.recordUse(connectionId);
    if (snapshot->status == ConnectionStatus::NeedsReauth || snapshot->status == ConnectionStatus::Revoked) {
        callback(Error{u"REAUTH_REQUIRED"_s,
                       u"The connection to %1 needs the user to sign in again in SecureContext"_s.arg(snapshot->provider)});
        return;
    }
    // A fresh token is served even while a proactive refresh runs.
    if (!forceRefresh && !snapshot->accessToken.isEmpty()
        && snapshot->isFresh(QDateTime::currentDateTimeUtc(), m_policy.onDemandMarginSeconds)) {
        callback(*snapshot);
        return;
    }

    // A forced refresh joins a refresh in flight instead of starting a second one.
    const quint64 waiterId = m_nextWaiterId++;
    m_refreshWaiters[connectionId].append(Waiter{waiterId, std::move(callback)});
    QPointer<ConnectionManager> self(this);
    QTimer::singleShot(m_policy.waiterDeadlineMs, this, [self, connectionId, waiterId] {
        if (self)
            self->expireWaiter(connectionId, waiterId);
    });
    if (!m_refreshes.contains(connectionId))
        startRefresh(connectionId);
}

void ConnectionManager::expireWaiter(const QString &connectionId, quint64 waiterId)
{
    auto it = m_refreshWaiters.find(connectionId);
    if (it == m_refreshWaiters.end())
        return;
    for (qsizetype i = 0; i < it->size(); ++i) {
        if (it->at(i).id != waiterId)
            continue;
        const SnapshotCallback callback = it->takeAt(i).callback;
        if (it->isEmpty())
            m_refreshWaiters.erase(it);
        qCWarning(lcConnections) << "A caller of connection" << connectionId << "gave up waiting for the refresh after"
                                 << m_policy.waiterDeadlineMs << "ms";
        callback(Error{u"REFRESH_TIMEOUT"_s,
                       u"The refresh of the access token did not finish within %1 ms; it goes on, so try again shortly"_s
                           .arg(m_policy.waiterDeadlineMs)});
        return;
    }
}

void ConnectionManager::startRefresh(const QString &connectionId)
{
    const std::optional<TokenSnapshot> snapshot = m_cache.token(connectionId);
    const auto record = m_connections.constFind(connectionId);
    const std::optional<Provider> provider = snapshot ? m_providers.find(snapshot->provider) : std::nullopt;
    if (!snapshot || record == m_connections.cend() || !provider) {
        RefreshJob::Outcome missing;
        missing.error = Error{u"PROVIDER_NOT_FOUND"_s, u"The connection's provider is no longer configured"_s};
        if (record != m_connections.cend()) {
            missing.record = *record;
            missing.record.lastError = missing.error.message;
        }
        // The tokens stay: the provider file may come back.
        if (snapshot) {
            missing.accessToken = snapshot->accessToken;
            missing.refreshToken = snapshot->refreshToken;
        }
        finishRefresh(connectionId, missing);
        return;
    }

    const RefreshJob::Services services{&m_metadata, &m_secrets, &m_tokenClient};
    auto *job = new RefreshJob(services, *record, *snapshot, *provider, m_policy, m_lockDirectory, this);
    m_refreshes.insert(connectionId, job);
    m_cache.setStatus(connectionId, ConnectionStatus::Refreshing);
    Q_EMIT connectionsChanged();

    QPointer<ConnectionManager> self(this);
    job->start([self, connectionId](const RefreshJob::Outcome &outcome) {
        if (self)
            self->finishRefresh(connectionId, outcome);
    });
}

void ConnectionManager::finishRefresh(const QString &connectionId, const RefreshJob::Outcome &outcome)
{
    if (RefreshJob *job = m_refreshes.take(connectionId))
        job->deleteLater();
    m_refreshGrantsSent += static_cast<quint64>(qMax(0, outcome.requests));

    const bool disconnecting = m_disconnects.contains(connectionId);
    const QString previousStatus = m_connections.value(connectionId).status;
    const QList<SessionEntry> sessions = sessionsOf(connectionId);
    Result<TokenSnapshot> result = outcome.error;
    if (outcome.removed || disconnecting) {
        result = Error{u"CONNECTION_NOT_FOUND"_s, u"The connection was disconnected"_s};
    } else if (m_connections.contains(connectionId) && !outcome.record.id.isEmpty()) {
        m_connections.insert(connectionId, outcome.record);
        const TokenSnapshot snapshot = snapshotOf(outcome.record, outcome.accessToken, outcome.refreshToken);
        m_cache.putToken(snapshot);
        if (outcome.error.code.isEmpty())
            result = snapshot;
    } else if (outcome.error.code.isEmpty()) {
        result = Error{u"CONNECTION_NOT_FOUND"_s, u"The connection was removed during the refresh"_s};
    }

    if (!result)
        qCWarning(lcConnections) << "Refresh of connection" << connectionId << "failed:" << result.error().code;
    recordRefresh(connectionId, outcome, result ? Error() : result.error());
    if (outcome.removed && !disconnecting) {
        // Another process disconnected it: its sessions end here too.
        m_connections.remove(connectionId);
        m_cache.removeConnection(connectionId);
        m_sessions->forgetConnection(connectionId);
    }

    const QList<Waiter> waiters = m_refreshWaiters.take(connectionId);
    for (const Waiter &waiter : waiters)
        waiter.callback(result);
    Q_EMIT connectionsChanged();

    Q_EMIT refreshFinished(connectionId, result ? QString() : result.error().code, sessions);
    const QString status = m_connections.value(connectionId).status;
    if (m_connections.contains(connectionId) && status != previousStatus)
        Q_EMIT statusChanged(connectionId, status, sessions);
    if (outcome.removed && !disconnecting)
        Q_EMIT connectionRemoved(connectionId, sessions);

    if (disconnecting)
        startDisconnect(connectionId, outcome.accessToken, outcome.refreshToken, m_disconnects.value(connectionId));
}

// Records the refresh in the audit trail; `error` has an empty code on success. A refresh
// that another process had already done, and this one adopted, sent no grant.
void ConnectionManager::recordRefresh(const QString &connectionId, const RefreshJob::Outcome &outcome, const Error &error)
{
    if (!m_audit)
        return;
    AuditEvent event;
    event.connectionId = connectionId;
    event.action = QLatin1String(AuditAction::TokenRefresh);
    if (error.code.isEmpty()) {
        event.outcome = QLatin1String(AuditOutcome::Ok);
        event.detail = outcome.adopted ? u"adopted from another broker process"_s : u"%1 request(s)"_s.arg(outcome.requests);
    } else {
        event.outcome = QLatin1String(error.code == u"CONNECTION_NOT_FOUND"_s ? AuditOutcome::NotFound : AuditOutcome::Failed);
        event.detail = error.code;
    }
    m_audit->record(std::move(event));
}

// Refreshes, shortly before they expire, the tokens of connections that agents use, so that a
// token request rarely waits on the provider. Unused connections are left alone, because
// refreshing them would keep grants alive that no agent needs.
void ConnectionManager::refreshSoonExpiring()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ConnectionRecord &record : std::as_const(m_connections)) {
        if (m_refreshes.contains(record.id) || m_disconnects.contains(record.id))
            continue;
        const std::optional<TokenSnapshot> snapshot = m_cache.token(record.id);
        if (!snapshot || snapshot->status != ConnectionStatus::Active || snapshot->refreshToken.isEmpty()
            || !snapshot->expiresAt.isValid()) {
            continue;
        }
        const QDateTime lastUse = m_cache.lastUse(record.id);
        if (!lastUse.isValid() || lastUse.secsTo(now) > m_policy.proactiveRecentUseSeconds)
            continue;

        // A token that lives shorter than twice the margin would otherwise be refreshed on
        // every check; half its lifetime is early enough.
        const QDateTime issuedAt = record.lastRefreshAt.isValid() ? qMax(record.lastRefreshAt, record.updatedAt) : record.updatedAt;
        qint64 margin = m_policy.proactiveMarginSeconds;
        if (issuedAt.isValid())
            margin = qMin(margin, issuedAt.secsTo(snapshot->expiresAt) / 2);
        if (now.secsTo(snapshot->expiresAt) > margin)
            continue;

        qCInfo(lcConnections) << "Refreshing connection" << record.id << "before its access token expires at"
                              << snapshot->expiresAt.toString(Qt::ISODate);
        startRefresh(record.id);
    }
}

void ConnectionManager::disconnectConnection(const QString &connectionId, DisconnectCallback callback)
{
    const auto record = m_connections.find(connectionId);
    if (record == m_connections.end()) {
        callback(Error{u"CONNECTION_NOT_FOUND"_s, u"No connection with the id "_s + connectionId});
        return;
    }
    if (m_disconnects.contains(connectionId)) {
        callback(Error{u"DISCONNECT_IN_PROGRESS"_s, u"The connection is already being disconnected"_s});
        return;
    }

    // Agents lose access now; revoking and deleting follow.
    const std::optional<TokenSnapshot> snapshot = m_cache.token(connectionId);
    m_cache.removeConnection(connectionId);
    record->status = ConnectionStatus::Revoked;
    m_disconnects.insert(connectionId, callback);
    Q_EMIT connectionsChanged();
    Q_EMIT statusChanged(connectionId, record->status, sessionsOf(connectionId));

    // A refresh in flight may rotate the refresh token. The disconnect waits for it, so the
    // newest token is the one revoked; finishRefresh() starts the disconnect.
    if (m_refreshes.contains(connectionId)) {
        qCInfo(lcConnections) << "Disconnect of" << connectionId << "waits for its refresh to finish";
        return;
    }
    startDisconnect(connectionId, snapshot ? snapshot->accessToken : QString(), snapshot ? snapshot->refreshToken : QString(),
                    callback);
}

void ConnectionManager::startDisconnect(const QString &connectionId, const QString &accessToken, const QString &refreshToken,
                                        DisconnectCallback callback)
{
    const ConnectionRecord record = m_connections.value(connectionId);
    const QByteArrayList sessionHashes = m_sessions->sessionHashesOf(connectionId);

    const DisconnectJob::Services services{&m_metadata, &m_secrets, &m_tokenClient};
    auto *job = new DisconnectJob(services, record, m_providers.find(record.provider), accessToken, refreshToken,
                                  sessionHashes, m_policy, m_lockDirectory, this);
    QPointer<ConnectionManager> self(this);
    job->start([self, job, connectionId, callback](const DisconnectJob::Outcome &outcome) {
        job->deleteLater();
        if (self)
            self->finishDisconnect(connectionId, outcome, callback);
    });
}

void ConnectionManager::finishDisconnect(const QString &connectionId, const DisconnectJob::Outcome &outcome,
                                         DisconnectCallback callback)
{
    m_disconnects.remove(connectionId);
    if (!outcome.error.code.isEmpty()) {
        auto record = m_connections.find(connectionId);
        if (record != m_connections.end())
            record->lastError = outcome.error.message;
        Q_EMIT connectionsChanged();
        callback(outcome.error);
        return;
    }

    const QList<SessionEntry> sessions = sessionsOf(connectionId);
    m_connections.remove(connectionId);
    m_sessions->forgetConnection(connectionId);
    Q_EMIT connectionsChanged();
    Q_EMIT connectionRemoved(connectionId, sessions);
    callback(outcome.warnings);
}

QList<SessionEntry> ConnectionManager::sessionsOf(const QString &connectionId) const
{
    return m_sessions->entriesOf(connectionId);
}

void ConnectionManager::revealSessionId(const QString &connectionId, SessionCallback callback)
{
    m_sessions->revealSessionId(connectionId, std::move(callback));
}

QList<ConnectionSummary> ConnectionManager::summaries() const
{
    QList<ConnectionSummary> result;
    for (const ConnectionRecord &record : m_connections) {
        ConnectionSummary summary;
        summary.id = record.id;
        summary.providerName = record.provider;
        const std::optional<Provider> provider = m_providers.find(record.provider);
        summary.providerDisplayName = provider ? provider->displayName : record.provider;
        summary.account = record.account;
        const std::optional<TokenSnapshot> snapshot = m_cache.token(record.id);
        summary.status = snapshot ? snapshot->status : record.status;
        summary.lastError = snapshot ? snapshot->lastError : record.lastError;
        summary.grantedScopes = record.grantedScopes;
        summary.accessTokenExpiresAt = record.accessTokenExpiresAt;
        summary.createdAt = record.createdAt;
        summary.lastRefreshAt = record.lastRefreshAt;
        summary.sessionIdPrefix = m_sessions->newestPrefix(record.id);
        result.append(summary);
    }
    std::sort(result.begin(), result.end(), [](const ConnectionSummary &a, const ConnectionSummary &b) {
        return a.createdAt < b.createdAt;
    });
    return result;
}
