#include "connections/RefreshJob.h"

#include "connections/ConnectionKeys.h"
#include "connections/ConnectionLock.h"
#include "connections/ProviderDirectory.h"
#include "core/Random.h"
#include "oauth/TokenResponse.h"
#include "store/MetadataStore.h"
#include "store/SecretStore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRefresh, "securecontext.connections.refresh")

RefreshJob::RefreshJob(const Services &services, const ConnectionRecord &record, const TokenSnapshot &current,
                       const Provider &provider, const RefreshPolicy &policy, const QString &lockDirectory,
                       QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_record(record)
    , m_current(current)
    , m_provider(provider)
    , m_policy(policy)
    , m_lock(new ConnectionLock(lockDirectory, record.id, policy.staleLockMs, this))
{
}

RefreshJob::~RefreshJob() = default;

void RefreshJob::start(FinishedCallback finished)
{
    m_finished = std::move(finished);

    QPointer<RefreshJob> self(this);
    m_lock->acquire(m_policy.lockWaitMs, m_policy.lockPollIntervalMs, [self](const Result<void> &locked) {
        if (!self)
            return;
        if (!locked) {
            self->finish(self->failure(locked.error().code, locked.error().message, self->m_record.status));
            return;
        }
        self->readStored();
    });
}

// Reads the tokens and the metadata as they are stored now. Another process may have
// refreshed (or rotated the refresh token) since this process loaded them.
void RefreshJob::readStored()
{
    const QString id = m_record.id;
    QPointer<RefreshJob> self(this);
    m_services.secrets->read(ConnectionKeys::accessToken(id), [self, id](const Result<QString> &access) {
        if (!self)
            return;
        self->m_services.secrets->read(ConnectionKeys::refreshToken(id), [self, access](const Result<QString> &refresh) {
            if (!self)
                return;
            // A keychain that cannot be read leaves this process with its own copies.
            if (!refresh && refresh.error().code != SecretStore::NotFound)
                self->m_keychainError = refresh.error();
            self->useStored(access ? access.value() : QString(), refresh ? refresh.value() : QString());
        });
    });
}

void RefreshJob::useStored(const QString &accessToken, const QString &refreshToken)
{
    Result<std::optional<ConnectionRecord>> stored = m_services.metadata->loadConnection(m_record.id);
    if (stored && !stored.value()) {
        qCInfo(lcRefresh) << "Connection" << m_record.id << "was removed by another process";
        Outcome removed = failure(u"CONNECTION_NOT_FOUND"_s, u"The connection was disconnected"_s, ConnectionStatus::Revoked);
        removed.removed = true;
        finish(removed);
        return;
    }
    if (stored)
        m_record = *stored.value();

    if (m_record.status == ConnectionStatus::NeedsReauth || m_record.status == ConnectionStatus::Revoked) {
        finish(failure(u"REAUTH_REQUIRED"_s,
                       u"The connection to %1 needs the user to sign in again in SecureContext"_s.arg(m_provider.displayName),
                       m_record.status));
        return;
    }

    // Another process refreshed while this one waited for the lock: take its result.
    TokenSnapshot storedSnapshot = m_current;
    storedSnapshot.expiresAt = m_record.accessTokenExpiresAt;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!accessToken.isEmpty() && accessToken != m_current.accessToken
        && storedSnapshot.isFresh(now, m_policy.onDemandMarginSeconds)) {
        qCInfo(lcRefresh) << "Connection" << m_record.id << "was refreshed by another process; using its tokens";
        Outcome adopted;
        adopted.record = m_record;
        adopted.accessToken = accessToken;
        adopted.refreshToken = refreshToken.isEmpty() ? m_current.refreshToken : refreshToken;
        adopted.adopted = true;
        finish(adopted);
        return;
    }

    m_refreshToken = refreshToken.isEmpty() ? m_current.refreshToken : refreshToken;
    if (m_refreshToken.isEmpty() && !m_keychainError.code.isEmpty()) {
        // The keychain may be locked for now, which tells nothing about the grant, so the
        // connection keeps its status and the next request tries again.
        qCWarning(lcRefresh) << "Cannot read the refresh token of" << m_record.id << ":" << m_keychainError.code;
        finish(failure(u"REFRESH_FAILED"_s,
                       u"The refresh token cannot be read from the keychain: %1"_s.arg(m_keychainError.message),
                       m_record.status));
        return;
    }
    if (m_refreshToken.isEmpty()) {
        // Empty keychain entries read as missing, so a connection whose entries were deleted
        // or emptied outside SecureContext ends here too, and never serves an empty token.
        const bool noTokens = m_current.accessToken.isEmpty() && accessToken.isEmpty();
        const QString reason = noTokens ? u"The keychain holds no tokens for this connection"_s
                                        : u"The access token expired and the provider issued no refresh token"_s;
        Outcome noToken = failure(u"REAUTH_REQUIRED"_s,
                                  u"%1; sign in to %2 again in SecureContext"_s.arg(reason, m_provider.displayName),
                                  ConnectionStatus::NeedsReauth);
        noToken.record.lastError = reason;
        saveAndFinish(noToken);
        return;
    }
    if (m_record.refreshTokenExpiresAt.isValid() && m_record.refreshTokenExpiresAt <= now) {
        // The provider announced this lifetime in refresh_token_expires_in, so a request with
        // the token now could only return invalid_grant.
        qCInfo(lcRefresh) << "The refresh token of" << m_record.id << "expired at"
                          << m_record.refreshTokenExpiresAt.toString(Qt::ISODate);
        const QString reason = u"The refresh token expired at %1"_s.arg(m_record.refreshTokenExpiresAt.toString(Qt::ISODate));
        Outcome expired = failure(u"REAUTH_REQUIRED"_s,
                                  u"%1; sign in to %2 again in SecureContext"_s.arg(reason, m_provider.displayName),
                                  ConnectionStatus::NeedsReauth);
        expired.record.lastError = reason;
        saveAndFinish(expired);
        return;
    }
    readClientSecret();
}

void RefreshJob::readClientSecret()
{
    QPointer<RefreshJob> self(this);
    m_services.secrets->read(ProviderDirectory::clientSecretKey(m_provider.name), [self](const Result<QString> &secret) {
        if (!self)
            return;
        if (!secret && secret.error().code != SecretStore::NotFound) {
            self->finish(self->failure(u"REFRESH_FAILED"_s,
                                       u"The client secret of %1 cannot be read from the keychain: %2"_s.arg(self->m_provider.displayName, secret.error().message),
                                       ConnectionStatus::Active));
            return;
        }
        self->m_client = TokenClient::ClientCredentials{self->m_provider.clientId, secret ? secret.value() : QString()};
        self->attempt();
    });
}

void RefreshJob::attempt()
{
    ++m_attempts;
    ++m_requests;
    QPointer<RefreshJob> self(this);
    m_services.tokenClient->refresh(m_provider, m_client, m_refreshToken, m_policy.attemptTimeoutMs,
                                    [self](const Result<TokenResponse> &tokens) {
        if (!self)
            return;
        if (tokens)
            self->store(tokens.value());
        else
            self->handleFailure(tokens.error());
    });
}

void RefreshJob::handleFailure(const Error &error)
{
    switch (TokenClient::classify(error)) {
    case TokenClient::FailureKind::InvalidGrant:
        recheckStoredRefreshToken(error);
        return;

    case TokenClient::FailureKind::Rejected: {
        qCWarning(lcRefresh) << "The token endpoint of" << m_provider.name << "rejected the refresh of" << m_record.id << ":" << error.code;
        saveAndFinish(failure(u"REFRESH_REJECTED"_s,
                              u"%1 rejected the refresh request (%2); check the OAuth client settings of the provider"_s.arg(m_provider.displayName, error.message),
                              ConnectionStatus::Active));
        return;
    }

    case TokenClient::FailureKind::Transient:
        break;
    }

    if (m_attempts >= m_policy.maxAttempts) {
        qCWarning(lcRefresh) << "Refresh of" << m_record.id << "failed after" << m_attempts << "attempts:" << error.code;
        saveAndFinish(failure(u"REFRESH_FAILED"_s,
                              u"Refreshing the access token at %1 failed after %2 (%3); the refresh token is kept and the next request tries again"_s
                                  .arg(m_provider.displayName,
                                       m_attempts == 1 ? u"1 attempt"_s : u"%1 attempts"_s.arg(m_attempts),
                                       error.message),
                              ConnectionStatus::Active));
        return;
    }

    const int delayMs = backoffMs();
    qCInfo(lcRefresh) << "Refresh of" << m_record.id << "failed with" << error.code << "; attempt" << m_attempts + 1
                      << "in" << delayMs << "ms";
    QPointer<RefreshJob> self(this);
    QTimer::singleShot(delayMs, this, [self] {
        if (self)
            self->attempt();
    });
}

// invalid_grant for a refresh token that another process has already replaced is no verdict
// on the connection, so the stored token is tried before the user is asked to sign in.
void RefreshJob::recheckStoredRefreshToken(const Error &error)
{
    QPointer<RefreshJob> self(this);
    m_services.secrets->read(ConnectionKeys::refreshToken(m_record.id), [self, error](const Result<QString> &stored) {
        if (!self)
            return;
        constexpr int MaxRereads = 2;
        if (stored && stored.value() != self->m_refreshToken && self->m_rereads < MaxRereads) {
            ++self->m_rereads;
            qCInfo(lcRefresh) << "The refresh token of" << self->m_record.id << "changed in the keychain; retrying with it";
            self->m_refreshToken = stored.value();
            self->attempt();
            return;
        }

        qCWarning(lcRefresh) << "The provider rejected the refresh token of" << self->m_record.id;
        Outcome rejected = self->failure(u"REAUTH_REQUIRED"_s,
                                         u"The provider rejected the refresh token; sign in to %1 again in SecureContext (%2)"_s
                                             .arg(self->m_provider.displayName, error.message),
                                         ConnectionStatus::NeedsReauth);
        rejected.record.lastError = u"The provider rejected the refresh token: "_s + error.message;
        self->saveAndFinish(rejected);
    });
}

void RefreshJob::store(const TokenResponse &tokens)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ConnectionRecord record = m_record;
    record.status = ConnectionStatus::Active;
    record.lastError.clear();
    record.accessTokenExpiresAt = TokenResponse::expiryFrom(tokens.expiresIn, now);
    if (tokens.grantedScopes)
        record.grantedScopes = *tokens.grantedScopes;
    if (!tokens.tokenType.isEmpty())
        record.tokenType = tokens.tokenType;
    // A rotated refresh token has its own lifetime, unknown when the response names none.
    if (!tokens.refreshToken.isEmpty() && (tokens.refreshTokenExpiresIn || tokens.refreshToken != m_refreshToken))
        record.refreshTokenExpiresAt = TokenResponse::expiryFrom(tokens.refreshTokenExpiresIn, now);
    record.lastRefreshAt = now;
    record.updatedAt = now;

    Outcome outcome;
    outcome.record = record;
    outcome.accessToken = tokens.accessToken;
    // A response without refresh_token keeps the stored one; a new one replaces it (rotation).
    outcome.refreshToken = tokens.refreshToken.isEmpty() ? m_refreshToken : tokens.refreshToken;

    // The rotated refresh token goes first: once the provider has issued it, the old one may
    // be dead, and a crash between the two writes must not leave only the old one stored.
    const QString id = m_record.id;
    const bool rotated = !tokens.refreshToken.isEmpty() && tokens.refreshToken != m_refreshToken;
    QPointer<RefreshJob> self(this);
    auto writeAccessToken = [self, id, outcome](const Result<void> &refreshWritten) {
        if (!self)
            return;
        self->m_services.secrets->write(ConnectionKeys::accessToken(id), outcome.accessToken,
                                        [self, outcome, refreshWritten](const Result<void> &accessWritten) {
            if (!self)
                return;
            Outcome written = outcome;
            const Result<void> &firstWrite = !refreshWritten ? refreshWritten : accessWritten;
            if (!firstWrite) {
                // The new tokens stay in memory, so this process keeps working. The failure is
                // shown, so the user can fix the keychain before the next restart.
                written.record.lastError = u"The refreshed tokens could not be saved to the keychain: "_s + firstWrite.error().message;
                qCWarning(lcRefresh) << "Keeping refreshed tokens of" << written.record.id << "in memory only:" << firstWrite.error().code;
            }
            qCInfo(lcRefresh) << "Refreshed the access token of connection" << written.record.id;
            self->saveAndFinish(written);
        });
    };

    if (rotated)
        m_services.secrets->write(ConnectionKeys::refreshToken(id), tokens.refreshToken, writeAccessToken);
    else
        writeAccessToken(Result<void>());
}

void RefreshJob::saveAndFinish(Outcome outcome)
{
    Result<bool> updated = m_services.metadata->updateConnection(outcome.record);
    if (!updated) {
        qCWarning(lcRefresh) << "Cannot save connection" << outcome.record.id << ":" << updated.error().message;
    } else if (!updated.value()) {
        // Disconnected by another process during the refresh: what was just written to the
        // keychain belongs to no connection any more.
        qCInfo(lcRefresh) << "Connection" << outcome.record.id << "was removed during its refresh";
        m_services.secrets->remove(ConnectionKeys::accessToken(outcome.record.id), [](const Result<void> &) {});
        m_services.secrets->remove(ConnectionKeys::refreshToken(outcome.record.id), [](const Result<void> &) {});
        outcome = failure(u"CONNECTION_NOT_FOUND"_s, u"The connection was disconnected"_s, ConnectionStatus::Revoked);
        outcome.removed = true;
    }
    finish(outcome);
}

void RefreshJob::finish(Outcome outcome)
{
    // Release before reporting, so another process can go on while this one serves waiters.
    m_lock->release();
    outcome.requests = m_requests;
    FinishedCallback finished = std::move(m_finished);
    m_finished = nullptr;
    if (finished)
        finished(outcome);
}

RefreshJob::Outcome RefreshJob::failure(const QString &code, const QString &message, const QString &status) const
{
    Outcome outcome;
    outcome.error = Error{code, message};
    outcome.record = m_record;
    outcome.record.status = status;
    outcome.record.lastError = message;
    outcome.record.updatedAt = QDateTime::currentDateTimeUtc();
    outcome.accessToken = m_current.accessToken;
    outcome.refreshToken = m_refreshToken.isEmpty() ? m_current.refreshToken : m_refreshToken;
    return outcome;
}

int RefreshJob::backoffMs() const
{
    // The wait doubles per failed attempt; a random factor in [0.5, 1] spreads the retries
    // of many brokers that failed at the same moment.
    const qint64 base = qMin<qint64>(m_policy.maxBackoffMs, qint64(m_policy.initialBackoffMs) << qMin(m_attempts - 1, 20));
    const QByteArray random = Random::bytes(2);
    const int fraction = (quint8(random.at(0)) << 8) | quint8(random.at(1));
    return int(base / 2 + base * fraction / 65535 / 2);
}
