#pragma once

#include "connections/RefreshPolicy.h"
#include "connections/TokenSnapshot.h"
#include "core/Error.h"
#include "oauth/Provider.h"
#include "oauth/TokenClient.h"
#include "store/ConnectionRecord.h"

#include <QObject>

#include <functional>

class ConnectionLock;
class MetadataStore;
class SecretStore;
struct TokenResponse;

// One refresh of one connection's access token, from taking the connection's lock file to
// storing the result. Inside the lock it first reads the stored tokens and metadata again, so
// when another broker process on the same data directory has just refreshed, it takes that
// result and sends nothing. Transient failures are retried with backoff. invalid_grant is
// final only when the stored refresh token is still the one that was sent, because a changed
// one means another process rotated it. Broker thread only; the job reports exactly once.
class RefreshJob : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        MetadataStore *metadata = nullptr;
        SecretStore *secrets = nullptr;
        TokenClient *tokenClient = nullptr;
    };

    struct Outcome
    {
        // Empty code on success. Otherwise REAUTH_REQUIRED, REFRESH_FAILED (transient),
        // REFRESH_REJECTED (the provider refused the request but not the refresh token),
        // CONNECTION_NOT_FOUND (removed by another process) or CONNECTION_LOCK_TIMEOUT.
        Error error;
        // The connection as stored after the job, with status and last error set.
        ConnectionRecord record;
        QString accessToken;
        QString refreshToken;
        // True when the connection no longer exists in the database.
        bool removed = false;
        // True when another process had refreshed already and its tokens were taken.
        bool adopted = false;
        // Requests sent to the token endpoint.
        int requests = 0;
    };
    using FinishedCallback = std::function<void(const Outcome &)>;

    // `current` contains the tokens this process has in memory.
    RefreshJob(const Services &services, const ConnectionRecord &record, const TokenSnapshot &current,
               const Provider &provider, const RefreshPolicy &policy, const QString &lockDirectory,
               QObject *parent = nullptr);
    ~RefreshJob() override;

    void start(FinishedCallback finished);

private:
    void readStored();
    void useStored(const QString &accessToken, const QString &refreshToken);
    void readClientSecret();
    void attempt();
    void handleFailure(const Error &error);
    void recheckStoredRefreshToken(const Error &error);
    void store(const TokenResponse &tokens);
    void saveAndFinish(Outcome outcome);
    void finish(Outcome outcome);
    Outcome failure(const QString &code, const QString &message, const QString &status) const;
    int backoffMs() const;

    Services m_services;
    ConnectionRecord m_record;
    TokenSnapshot m_current;
    Provider m_provider;
    RefreshPolicy m_policy;
    ConnectionLock *m_lock;
    TokenClient::ClientCredentials m_client;
    QString m_refreshToken;
    // The error of reading the stored refresh token, empty when it was read or is missing.
    Error m_keychainError;
    int m_attempts = 0;
    int m_rereads = 0;
    int m_requests = 0;
    FinishedCallback m_finished;
};
