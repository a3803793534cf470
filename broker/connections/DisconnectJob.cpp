#include "connections/DisconnectJob.h"

#include "connections/ConnectionKeys.h"
#include "connections/ConnectionLock.h"
#include "connections/ProviderDirectory.h"
#include "store/MetadataStore.h"
#include "store/SecretStore.h"

#include <QLoggingCategory>
#include <QPointer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDisconnect, "securecontext.connections.disconnect")

DisconnectJob::DisconnectJob(const Services &services, const ConnectionRecord &record, const std::optional<Provider> &provider,
                             const QString &accessToken, const QString &refreshToken, const QByteArrayList &sessionHashes,
                             const RefreshPolicy &policy, const QString &lockDirectory, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_record(record)
    , m_provider(provider)
    , m_accessToken(accessToken)
    , m_refreshToken(refreshToken)
    , m_sessionHashes(sessionHashes)
    , m_policy(policy)
    , m_lock(new ConnectionLock(lockDirectory, record.id, policy.staleLockMs, this))
{
}

DisconnectJob::~DisconnectJob() = default;

void DisconnectJob::start(FinishedCallback finished)
{
    m_finished = std::move(finished);
    qCInfo(lcDisconnect) << "Disconnecting connection" << m_record.id << "at" << m_record.provider;

    // Waiting for another process's refresh means the refresh token read below is the newest.
    // The user asked for the disconnect, so it goes on when the wait times out.
    QPointer<DisconnectJob> self(this);
    m_lock->acquire(m_policy.lockWaitMs, m_policy.lockPollIntervalMs, [self](const Result<void> &locked) {
        if (!self)
            return;
        if (!locked)
            qCWarning(lcDisconnect) << "Disconnecting" << self->m_record.id << "without the lock:" << locked.error().code;
        self->markRevoked();
    });
}

// Recorded before anything else, so the sessions stay dead even if the process stops
// half-way through.
void DisconnectJob::markRevoked()
{
    Result<void> revoked = m_services.metadata->revokeSessions(m_record.id, QDateTime::currentDateTimeUtc());
    if (!revoked)
        qCWarning(lcDisconnect) << "Cannot mark the sessions of" << m_record.id << "revoked:" << revoked.error().message;

    m_record.status = ConnectionStatus::Revoked;
    m_record.updatedAt = QDateTime::currentDateTimeUtc();
    Result<bool> updated = m_services.metadata->updateConnection(m_record);
    if (!updated)
        qCWarning(lcDisconnect) << "Cannot mark connection" << m_record.id << "revoked:" << updated.error().message;

    // Sessions created by another process are in the database only.
    Result<QList<SessionRecord>> sessions = m_services.metadata->loadSessions();
    if (sessions) {
        for (const SessionRecord &session : sessions.value()) {
            if (session.connectionId == m_record.id && !m_sessionHashes.contains(session.idHash))
                m_sessionHashes.append(session.idHash);
        }
    }
    readTokens();
}

void DisconnectJob::readTokens()
{
    const QString id = m_record.id;
    QPointer<DisconnectJob> self(this);
    m_services.secrets->read(ConnectionKeys::accessToken(id), [self, id](const Result<QString> &access) {
        if (!self)
            return;
        self->m_services.secrets->read(ConnectionKeys::refreshToken(id), [self, access](const Result<QString> &refresh) {
            if (!self)
                return;
            // The keychain has the newest tokens when another process refreshed; this
            // process's copies stand in when it cannot be read.
            self->revokeTokens(access ? access.value() : self->m_accessToken, refresh ? refresh.value() : self->m_refreshToken);
        });
    });
}

void DisconnectJob::revokeTokens(const QString &accessToken, const QString &refreshToken)
{
    if (!m_provider) {
        m_warnings.append(u"The provider %1 is no longer configured, so its tokens were not revoked there"_s.arg(m_record.provider));
        deleteSecrets(secretKeys());
        return;
    }

    // Revoking the refresh token first ends the grant at providers that tie the access
    // tokens to it (RFC 7009 section 2.1). The access token follows for those that do not.
    QList<std::pair<QString, QString>> tokens;
    if (!refreshToken.isEmpty())
        tokens.append({u"refresh_token"_s, refreshToken});
    if (!accessToken.isEmpty())
        tokens.append({u"access_token"_s, accessToken});

    QPointer<DisconnectJob> self(this);
    m_services.secrets->read(ProviderDirectory::clientSecretKey(m_provider->name), [self, tokens](const Result<QString> &secret) {
        if (!self)
            return;
        self->m_client = TokenClient::ClientCredentials{self->m_provider->clientId, secret ? secret.value() : QString()};
        self->revokeNext(tokens);
    });
}

void DisconnectJob::revokeNext(QList<std::pair<QString, QString>> tokens)
{
    if (tokens.isEmpty()) {
        deleteSecrets(secretKeys());
        return;
    }

    // Plain variables rather than a structured binding: clang before version 16 cannot
    // capture a binding in a lambda.
    const std::pair<QString, QString> next = tokens.takeFirst();
    const QString hint = next.first;
    const QString token = next.second;
    QPointer<DisconnectJob> self(this);
    m_services.tokenClient->revoke(*m_provider, m_client, token, hint, [self, tokens, hint](const Result<void> &revoked) {
        if (!self)
            return;
        if (!revoked) {
            qCWarning(lcDisconnect).noquote() << "Revoking the" << hint << "of" << self->m_record.id << "failed:" << revoked.error().code;
            self->m_warnings.append(revoked.error().message);
            // Without a revocation endpoint the second token would fail the same way.
            if (revoked.error().code == u"REVOCATION_NOT_SUPPORTED"_s) {
                self->deleteSecrets(self->secretKeys());
                return;
            }
        }
        self->revokeNext(tokens);
    });
}

QStringList DisconnectJob::secretKeys() const
{
    QStringList keys{ConnectionKeys::accessToken(m_record.id), ConnectionKeys::refreshToken(m_record.id)};
    for (const QByteArray &hash : m_sessionHashes)
        keys.append(ConnectionKeys::sessionId(hash));
    return keys;
}

void DisconnectJob::deleteSecrets(QStringList keys)
{
    if (keys.isEmpty()) {
        deleteMetadata();
        return;
    }

    const QString key = keys.takeFirst();
    QPointer<DisconnectJob> self(this);
    m_services.secrets->remove(key, [self, keys](const Result<void> &removed) {
        if (!self)
            return;
        if (!removed) {
            // The metadata stays, so the connection is still listed and the user can retry.
            // Deleting it would leave secrets in the keychain that nothing points to.
            const QString message = u"The connection was revoked but its secrets could not be deleted from the keychain (%1); "
                                    "disconnect it again once the keychain is available"_s.arg(removed.error().message);
            self->m_record.lastError = message;
            Result<bool> saved = self->m_services.metadata->updateConnection(self->m_record);
            if (!saved)
                qCWarning(lcDisconnect) << "Cannot save connection" << self->m_record.id << ":" << saved.error().message;
            self->finish(Error{u"DISCONNECT_INCOMPLETE"_s, message});
            return;
        }
        self->deleteSecrets(keys);
    });
}

void DisconnectJob::deleteMetadata()
{
    Result<void> removed = m_services.metadata->removeConnection(m_record.id);
    if (!removed) {
        finish(Error{u"DISCONNECT_INCOMPLETE"_s,
                     u"The connection's secrets were deleted but its record could not be: "_s + removed.error().message});
        return;
    }
    qCInfo(lcDisconnect) << "Disconnected connection" << m_record.id << "with" << m_warnings.size() << "warnings";
    finish(Error{});
}

void DisconnectJob::finish(const Error &error)
{
    m_lock->release();
    FinishedCallback finished = std::move(m_finished);
    m_finished = nullptr;
    if (finished)
        finished(Outcome{error, m_warnings});
}
