#pragma once

#include "ConnectionSummary.h"
#include "connections/AccountIdentity.h"
#include "connections/TokenSnapshot.h"
#include "core/Result.h"
#include "oauth/PendingFlow.h"
#include "oauth/TokenResponse.h"
#include "store/ConnectionRecord.h"
#include "store/SessionRecord.h"

#include <QHash>
#include <QObject>

#include <functional>

class MetadataStore;
class ProviderDirectory;
class SecretStore;
class TokenCache;
class TokenClient;

// Owns the connections and their sessions: stores new grants, keeps the TokenCache current,
// and refreshes access tokens with at most one refresh per connection in flight. Lives on the
// broker thread; every method and callback runs there.
class ConnectionManager : public QObject
{
    Q_OBJECT

public:
    using SnapshotCallback = std::function<void(const Result<TokenSnapshot> &)>;
    using SessionCallback = std::function<void(const Result<QString> &)>;
    using DoneCallback = std::function<void(const Result<void> &)>;

    // Access tokens that expire within this many seconds are refreshed before they are served.
    static constexpr int RefreshMarginSeconds = 60;

    ConnectionManager(MetadataStore &metadata, SecretStore &secrets, TokenCache &cache, TokenClient &tokenClient,
                      const ProviderDirectory &providers, QObject *parent = nullptr);

    // Loads connections and sessions from the database and their tokens from the keychain
    // into the TokenCache. Calls `done` once every read has finished.
    void load(DoneCallback done);

    // Stores the tokens of a completed authorization: merges a reconnect of the same account
    // into its connection, writes the tokens to the keychain, and creates a session. Returns
    // the new session id.
    void storeGrant(const PendingFlow &flow, const TokenResponse &tokens, const AccountIdentity &identity,
                    SessionCallback callback);

    // Returns the connection's tokens, refreshing the access token first if it expires
    // within RefreshMarginSeconds. Concurrent callers share one refresh.
    void freshToken(const QString &connectionId, SnapshotCallback callback);

    // Reads the newest session id of a connection from the keychain.
    void revealSessionId(const QString &connectionId, SessionCallback callback);

    QList<ConnectionSummary> summaries() const;

    static QString accessTokenKey(const QString &connectionId);
    static QString refreshTokenKey(const QString &connectionId);
    static QString sessionIdKey(const QByteArray &idHash);

Q_SIGNALS:
    void connectionsChanged();

private:
    void loadTokens(const ConnectionRecord &record, DoneCallback done);
    void refresh(const QString &connectionId);
    void finishRefresh(const QString &connectionId, const Result<TokenSnapshot> &result);
    void applyRefresh(const QString &connectionId, const TokenResponse &tokens);
    void createSession(const QString &connectionId, SessionCallback callback);
    void writeSecrets(QList<std::pair<QString, QString>> secrets, DoneCallback done);
    void saveRecord(const ConnectionRecord &record);
    TokenSnapshot snapshotOf(const ConnectionRecord &record, const QString &accessToken, const QString &refreshToken) const;

    MetadataStore &m_metadata;
    SecretStore &m_secrets;
    TokenCache &m_cache;
    TokenClient &m_tokenClient;
    const ProviderDirectory &m_providers;

    QHash<QString, ConnectionRecord> m_connections;
    QList<SessionRecord> m_sessions;
    QHash<QString, QList<SnapshotCallback>> m_refreshWaiters;
};
