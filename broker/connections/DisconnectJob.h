#pragma once

#include "connections/RefreshPolicy.h"
#include "core/Error.h"
#include "oauth/Provider.h"
#include "oauth/TokenClient.h"
#include "store/ConnectionRecord.h"

#include <QByteArrayList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class ConnectionLock;
class MetadataStore;
class SecretStore;

// Removes one connection: marks it revoked and its sessions revoked in the database, revokes
// its refresh token and then its access token at the provider (RFC 7009), deletes its tokens
// and session ids from the keychain, and deletes its metadata. A failed revocation becomes a
// warning, and the local deletion goes on. A failed keychain deletion stops before the metadata
// is deleted, so the connection stays listed as revoked and can be disconnected again.
// Broker thread only. The job reports exactly once.
class DisconnectJob : public QObject
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
        Error error;          // empty code when the connection is gone locally
        QStringList warnings; // revocation failures, in English
    };
    using FinishedCallback = std::function<void(const Outcome &)>;

    // `provider` is nullopt when the connection's provider is no longer configured, and the
    // tokens are then not revoked. `accessToken` and `refreshToken` are this process's copies,
    // used when the keychain has none. `sessionHashes` are the sessions in this process's
    // memory, and those in the database are added.
    DisconnectJob(const Services &services, const ConnectionRecord &record, const std::optional<Provider> &provider,
                  const QString &accessToken, const QString &refreshToken, const QByteArrayList &sessionHashes,
                  const RefreshPolicy &policy, const QString &lockDirectory, QObject *parent = nullptr);
    ~DisconnectJob() override;

    void start(FinishedCallback finished);

private:
    void markRevoked();
    void readTokens();
    void revokeTokens(const QString &accessToken, const QString &refreshToken);
    void revokeNext(QList<std::pair<QString, QString>> tokens);
    QStringList secretKeys() const;
    void deleteSecrets(QStringList keys);
    void deleteMetadata();
    void finish(const Error &error);

    Services m_services;
    ConnectionRecord m_record;
    std::optional<Provider> m_provider;
    QString m_accessToken;
    QString m_refreshToken;
    QByteArrayList m_sessionHashes;
    RefreshPolicy m_policy;
    ConnectionLock *m_lock;
    TokenClient::ClientCredentials m_client;
    QStringList m_warnings;
    FinishedCallback m_finished;
};
