#include "connections/ConnectionManager.h"

#include "connections/ProviderDirectory.h"
#include "connections/TokenCache.h"
#include "core/Random.h"
#include "oauth/SessionId.h"
#include "oauth/TokenClient.h"
#include "store/MetadataStore.h"
#include "store/SecretStore.h"

#include <QLoggingCategory>
#include <QPointer>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcConnections, "securecontext.connections.manager")

namespace {

QDateTime expiryFrom(const std::optional<qint64> &seconds, const QDateTime &now)
{
    return seconds ? now.addSecs(*seconds) : QDateTime();
}

} // namespace

ConnectionManager::ConnectionManager(MetadataStore &metadata, SecretStore &secrets, TokenCache &cache,
                                     TokenClient &tokenClient, const ProviderDirectory &providers, QObject *parent)
    : QObject(parent)
    , m_metadata(metadata)
    , m_secrets(secrets)
    , m_cache(cache)
    , m_tokenClient(tokenClient)
    , m_providers(providers)
{
}

QString ConnectionManager::accessTokenKey(const QString &connectionId)
{
    return u"connection/"_s + connectionId + u"/access_token"_s;
}

QString ConnectionManager::refreshTokenKey(const QString &connectionId)
{
    return u"connection/"_s + connectionId + u"/refresh_token"_s;
}

QString ConnectionManager::sessionIdKey(const QByteArray &idHash)
{
    return u"session/"_s + QString::fromLatin1(idHash) + u"/session_id"_s;
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

    m_sessions = sessions.value();
    for (const SessionRecord &session : std::as_const(m_sessions)) {
        m_cache.putSession(SessionEntry{session.idHash, session.idPrefix, session.connectionId, session.createdAt,
                                        session.expiresAt, session.revokedAt.isValid()});
    }

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
    qCInfo(lcConnections) << "Loading" << m_connections.size() << "connections and" << m_sessions.size() << "sessions";
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

    record.account = identity.display.isEmpty() ? identity.subject : identity.display;
    record.subject = identity.subject;
    record.requestedScopes = flow.requestedScopes;
    // RFC 6749 section 5.1: a response without `scope` granted what was requested.
    record.grantedScopes = tokens.grantedScopes.value_or(flow.requestedScopes);
    record.tokenType = tokens.tokenType.isEmpty() ? u"Bearer"_s : tokens.tokenType;
    record.status = ConnectionStatus::Active;
    record.lastError.clear();
    record.accessTokenExpiresAt = expiryFrom(tokens.expiresIn, now);
    if (!tokens.refreshToken.isEmpty())
        record.refreshTokenExpiresAt = expiryFrom(tokens.refreshTokenExpiresIn, now);
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
    writeSecrets(secrets, [self, record, refreshToken, accessToken = tokens.accessToken, reconnect, callback](const Result<void> &written) {
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

        self->createSession(record.id, callback);
    });
}

void ConnectionManager::createSession(const QString &connectionId, SessionCallback callback)
{
    const QString sessionId = SessionId::generate();

    SessionRecord session;
    session.idHash = SessionId::hash(sessionId);
    session.idPrefix = SessionId::prefix(sessionId);
    session.connectionId = connectionId;
    session.createdAt = QDateTime::currentDateTimeUtc();

    QPointer<ConnectionManager> self(this);
    m_secrets.write(sessionIdKey(session.idHash), sessionId, [self, session, sessionId, callback](const Result<void> &written) {
        if (!self)
            return;
        if (!written) {
            callback(written.error());
            return;
        }
        Result<void> inserted = self->m_metadata.insertSession(session);
        if (!inserted) {
            callback(inserted.error());
            return;
        }

        self->m_sessions.append(session);
        self->m_cache.putSession(SessionEntry{session.idHash, session.idPrefix, session.connectionId, session.createdAt,
                                              session.expiresAt, false});
        qCInfo(lcConnections) << "Created session" << session.idPrefix << "for connection" << session.connectionId;
        Q_EMIT self->connectionsChanged();
        callback(sessionId);
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
    const std::optional<TokenSnapshot> snapshot = m_cache.token(connectionId);
    if (!snapshot) {
        callback(Error{u"CONNECTION_NOT_FOUND"_s, u"The session's connection no longer exists"_s});
        return;
    }
    if (snapshot->status == ConnectionStatus::NeedsReauth || snapshot->status == ConnectionStatus::Revoked) {
        callback(Error{u"REAUTH_REQUIRED"_s,
                       u"The connection to %1 needs the user to sign in again in SecureContext"_s.arg(snapshot->provider)});
        return;
    }
    if (!snapshot->accessToken.isEmpty() && snapshot->isFresh(QDateTime::currentDateTimeUtc(), RefreshMarginSeconds)) {
        callback(*snapshot);
        return;
    }

    QList<SnapshotCallback> &waiters = m_refreshWaiters[connectionId];
    waiters.append(std::move(callback));
    if (waiters.size() == 1)
        refresh(connectionId);
}

void ConnectionManager::refresh(const QString &connectionId)
{
    const std::optional<TokenSnapshot> snapshot = m_cache.token(connectionId);
    const std::optional<Provider> provider = snapshot ? m_providers.find(snapshot->provider) : std::nullopt;
    if (!snapshot || !provider) {
        finishRefresh(connectionId, Error{u"PROVIDER_NOT_FOUND"_s, u"The connection's provider is no longer configured"_s});
        return;
    }
    if (snapshot->refreshToken.isEmpty()) {
        auto it = m_connections.find(connectionId);
        if (it != m_connections.end()) {
            it->status = ConnectionStatus::NeedsReauth;
            it->lastError = u"The access token expired and the provider issued no refresh token"_s;
            saveRecord(*it);
        }
        finishRefresh(connectionId, Error{u"REAUTH_REQUIRED"_s,
                                          u"The access token expired and there is no refresh token; sign in to %1 again"_s.arg(provider->name)});
        return;
    }

    m_cache.setStatus(connectionId, ConnectionStatus::Refreshing);
    QPointer<ConnectionManager> self(this);
    m_secrets.read(ProviderDirectory::clientSecretKey(provider->name),
                   [self, connectionId, provider = *provider, refreshToken = snapshot->refreshToken](const Result<QString> &secret) {
        if (!self)
            return;
        if (!secret && secret.error().code != SecretStore::NotFound) {
            self->finishRefresh(connectionId, secret.error());
            return;
        }

        const TokenClient::ClientCredentials client{provider.clientId, secret ? secret.value() : QString()};
        self->m_tokenClient.refresh(provider, client, refreshToken, [self, connectionId](const Result<TokenResponse> &tokens) {
            if (!self)
                return;
            if (tokens) {
                self->applyRefresh(connectionId, tokens.value());
                return;
            }

            auto it = self->m_connections.find(connectionId);
            const bool finalError = tokens.error().code == u"OAUTH_INVALID_GRANT"_s;
            if (it != self->m_connections.end()) {
                // invalid_grant is final for this refresh token; anything else is transient
                // and keeps the connection active for the next attempt.
                it->status = finalError ? ConnectionStatus::NeedsReauth : ConnectionStatus::Active;
                it->lastError = tokens.error().message;
                self->saveRecord(*it);
            }
            self->finishRefresh(connectionId, finalError
                ? Error{u"REAUTH_REQUIRED"_s, u"The provider rejected the refresh token; sign in again in SecureContext ("_s + tokens.error().message + u")"_s}
                : Error{u"REFRESH_FAILED"_s, tokens.error().message});
        });
    });
}

void ConnectionManager::applyRefresh(const QString &connectionId, const TokenResponse &tokens)
{
    auto it = m_connections.find(connectionId);
    const std::optional<TokenSnapshot> previous = m_cache.token(connectionId);
    if (it == m_connections.end() || !previous) {
        finishRefresh(connectionId, Error{u"CONNECTION_NOT_FOUND"_s, u"The connection was removed during the refresh"_s});
        return;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    ConnectionRecord record = *it;
    record.status = ConnectionStatus::Active;
    record.lastError.clear();
    record.accessTokenExpiresAt = expiryFrom(tokens.expiresIn, now);
    if (tokens.grantedScopes)
        record.grantedScopes = *tokens.grantedScopes;
    if (!tokens.tokenType.isEmpty())
        record.tokenType = tokens.tokenType;
    if (!tokens.refreshToken.isEmpty() && tokens.refreshTokenExpiresIn)
        record.refreshTokenExpiresAt = expiryFrom(tokens.refreshTokenExpiresIn, now);
    record.lastRefreshAt = now;
    record.updatedAt = now;

    // A response without refresh_token keeps the stored one; a new one replaces it (rotation).
    const QString refreshToken = tokens.refreshToken.isEmpty() ? previous->refreshToken : tokens.refreshToken;
    QList<std::pair<QString, QString>> secrets{{accessTokenKey(connectionId), tokens.accessToken}};
    if (!tokens.refreshToken.isEmpty())
        secrets.prepend({refreshTokenKey(connectionId), tokens.refreshToken});

    QPointer<ConnectionManager> self(this);
    writeSecrets(secrets, [self, record, refreshToken, accessToken = tokens.accessToken](const Result<void> &written) {
        if (!self)
            return;
        ConnectionRecord stored = record;
        if (!written) {
            // The new tokens stay in memory so this process keeps working; the failure is
            // shown so the user can fix the keychain before the next restart.
            stored.lastError = u"The refreshed tokens could not be saved to the keychain: "_s + written.error().message;
            qCWarning(lcConnections) << "Keeping refreshed tokens of" << stored.id << "in memory only:" << written.error().code;
        }
        self->m_connections.insert(stored.id, stored);
        self->saveRecord(stored);
        const TokenSnapshot snapshot = self->snapshotOf(stored, accessToken, refreshToken);
        self->m_cache.putToken(snapshot);
        qCInfo(lcConnections) << "Refreshed access token of connection" << stored.id;
        self->finishRefresh(stored.id, snapshot);
    });
}

void ConnectionManager::finishRefresh(const QString &connectionId, const Result<TokenSnapshot> &result)
{
    if (!result) {
        qCWarning(lcConnections) << "Refresh of connection" << connectionId << "failed:" << result.error().code;
        const auto it = m_connections.constFind(connectionId);
        if (it != m_connections.cend())
            m_cache.setStatus(connectionId, it->status);
    }

    const QList<SnapshotCallback> waiters = m_refreshWaiters.take(connectionId);
    for (const SnapshotCallback &waiter : waiters)
        waiter(result);
    Q_EMIT connectionsChanged();
}

void ConnectionManager::saveRecord(const ConnectionRecord &record)
{
    Result<void> saved = m_metadata.saveConnection(record);
    if (!saved)
        qCWarning(lcConnections) << "Cannot save connection" << record.id << ":" << saved.error().message;
}

void ConnectionManager::revealSessionId(const QString &connectionId, SessionCallback callback)
{
    const SessionRecord *newest = nullptr;
    for (const SessionRecord &session : std::as_const(m_sessions)) {
        if (session.connectionId == connectionId && !session.revokedAt.isValid())
            newest = &session;
    }
    if (!newest) {
        callback(Error{u"SESSION_NOT_FOUND"_s, u"The connection has no active session"_s});
        return;
    }
    m_secrets.read(sessionIdKey(newest->idHash), callback);
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
        summary.lastError = record.lastError;
        summary.grantedScopes = record.grantedScopes;
        summary.accessTokenExpiresAt = record.accessTokenExpiresAt;
        summary.createdAt = record.createdAt;
        summary.lastRefreshAt = record.lastRefreshAt;
        for (const SessionRecord &session : m_sessions) {
            if (session.connectionId == record.id && !session.revokedAt.isValid())
                summary.sessionIdPrefix = session.idPrefix;
        }
        result.append(summary);
    }
    std::sort(result.begin(), result.end(), [](const ConnectionSummary &a, const ConnectionSummary &b) {
        return a.createdAt < b.createdAt;
    });
    return result;
}
