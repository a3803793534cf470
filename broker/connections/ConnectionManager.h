#pragma once

#include "ConnectionSummary.h"
#include "connections/AccountIdentity.h"
#include "connections/DisconnectJob.h"
#include "connections/RefreshJob.h"
#include "connections/RefreshPolicy.h"
#include "connections/SessionEntry.h"
#include "connections/SessionOptions.h"
#include "connections/TokenSnapshot.h"
#include "core/Result.h"
#include "oauth/PendingFlow.h"
#include "oauth/TokenResponse.h"
#include "store/ConnectionRecord.h"
#include "store/SessionRecord.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

class AuditLog;
class MetadataStore;
class ProviderDirectory;
class QTimer;
class SecretStore;
class SessionManager;
class TokenCache;
class TokenClient;

// Owns the connections and, through its SessionManager, their sessions: stores new grants, keeps the TokenCache current,
// refreshes access tokens (on demand and shortly before they expire) with at most one refresh
// per connection in flight, and disconnects connections. Lives on the broker thread; every
// method and callback runs there.
class ConnectionManager : public QObject
{
    Q_OBJECT

public:
    using SnapshotCallback = std::function<void(const Result<TokenSnapshot> &)>;
    using SessionCallback = std::function<void(const Result<QString> &)>;
    using DoneCallback = std::function<void(const Result<void> &)>;
    // On success, the warnings of the disconnect (revocations that failed).
    using DisconnectCallback = std::function<void(const Result<QStringList> &)>;

    ConnectionManager(MetadataStore &metadata, SecretStore &secrets, TokenCache &cache, TokenClient &tokenClient,
                      const ProviderDirectory &providers, QObject *parent = nullptr);
    ~ConnectionManager() override;

    // Set both before load().
    void setRefreshPolicy(const RefreshPolicy &policy);
    const RefreshPolicy &refreshPolicy() const { return m_policy; }
    // The directory of the per-connection lock files that broker processes sharing one data
    // directory use to refresh one at a time. Empty (the default) takes no locks.
    void setLockDirectory(const QString &directory) { m_lockDirectory = directory; }
    // Where refreshes are recorded (AuditAction::TokenRefresh). Null records nothing.
    void setAuditLog(AuditLog *audit) { m_audit = audit; }

    // refresh_token grants sent to token endpoints since this manager was created, retries
    // included.
    quint64 refreshGrantsSent() const { return m_refreshGrantsSent; }

    // Loads connections and sessions from the database and their tokens from the keychain
    // into the TokenCache, and starts the proactive refresh timer. Calls `done` once every
    // read has finished.
    void load(DoneCallback done);

    // Stores the tokens of a completed authorization: merges a reconnect of the same account
    // into its connection, writes the tokens to the keychain, and creates a session with
    // `sessionOptions` (default: the person's session, no agent, refresh token hidden). Returns
    // the new session id.
    void storeGrant(const PendingFlow &flow, const TokenResponse &tokens, const AccountIdentity &identity,
                    SessionCallback callback);
    void storeGrant(const PendingFlow &flow, const TokenResponse &tokens, const AccountIdentity &identity,
                    const SessionOptions &sessionOptions, SessionCallback callback);

    // Returns the connection's tokens, refreshing the access token first if it expires within
    // the policy's onDemandMarginSeconds. Concurrent callers share one refresh, and each gets a
    // result within the policy's waiterDeadlineMs. Errors: CONNECTION_NOT_FOUND,
    // PROVIDER_NOT_FOUND, REAUTH_REQUIRED, REFRESH_FAILED, REFRESH_REJECTED, REFRESH_TIMEOUT,
    // CONNECTION_LOCK_TIMEOUT.
    void freshToken(const QString &connectionId, SnapshotCallback callback);
    // Refreshes the access token now, whatever its expiry, and returns the new tokens; joins a
    // refresh in flight. Errors as freshToken().
    void refreshNow(const QString &connectionId, SnapshotCallback callback);

    // Revokes the connection's tokens at the provider and deletes its tokens, session ids and
    // metadata. Its sessions stop working at once.
    void disconnectConnection(const QString &connectionId, DisconnectCallback callback);

    // Reads the id of the connection's newest active session from the keychain.
    void revealSessionId(const QString &connectionId, SessionCallback callback);

    QList<ConnectionSummary> summaries() const;
    SessionManager *sessions() const { return m_sessions; }
    bool isRefreshing(const QString &connectionId) const { return m_refreshes.contains(connectionId); }

    static QString accessTokenKey(const QString &connectionId);
    static QString refreshTokenKey(const QString &connectionId);
    static QString sessionIdKey(const QByteArray &idHash);

Q_SIGNALS:
    void connectionsChanged();

    // A refresh of the connection's access token finished; `errorCode` is empty on success.
    // `sessions` are the connection's sessions at that moment, for routing the news to agents.
    void refreshFinished(const QString &connectionId, const QString &errorCode, const QList<SessionEntry> &sessions);
    // The stored status of the connection changed (a ConnectionStatus value other than the
    // transient `refreshing`).
    void statusChanged(const QString &connectionId, const QString &status, const QList<SessionEntry> &sessions);
    // The connection and its sessions are gone: disconnected here, or by another broker
    // process that shares the data directory.
    void connectionRemoved(const QString &connectionId, const QList<SessionEntry> &sessions);

private:
    struct Waiter
    {
        quint64 id = 0;
        SnapshotCallback callback;
    };

    void loadTokens(const ConnectionRecord &record, DoneCallback done);
    void requestToken(const QString &connectionId, bool forceRefresh, SnapshotCallback callback);
    void startRefresh(const QString &connectionId);
    void finishRefresh(const QString &connectionId, const RefreshJob::Outcome &outcome);
    void recordRefresh(const QString &connectionId, const RefreshJob::Outcome &outcome, const Error &error);
    void expireWaiter(const QString &connectionId, quint64 waiterId);
    void refreshSoonExpiring();
    void startDisconnect(const QString &connectionId, const QString &accessToken, const QString &refreshToken,
                         DisconnectCallback callback);
    void finishDisconnect(const QString &connectionId, const DisconnectJob::Outcome &outcome, DisconnectCallback callback);
    void writeSecrets(QList<std::pair<QString, QString>> secrets, DoneCallback done);
    QList<SessionEntry> sessionsOf(const QString &connectionId) const;
    TokenSnapshot snapshotOf(const ConnectionRecord &record, const QString &accessToken, const QString &refreshToken) const;

    MetadataStore &m_metadata;
    SecretStore &m_secrets;
    TokenCache &m_cache;
    TokenClient &m_tokenClient;
    const ProviderDirectory &m_providers;
    RefreshPolicy m_policy;
    QString m_lockDirectory;
    AuditLog *m_audit = nullptr;
    quint64 m_refreshGrantsSent = 0;
    QTimer *m_proactiveTimer;
    SessionManager *m_sessions;

    QHash<QString, ConnectionRecord> m_connections;
    QHash<QString, RefreshJob *> m_refreshes;
    QHash<QString, QList<Waiter>> m_refreshWaiters;
    quint64 m_nextWaiterId = 1;
    // Connections being disconnected; a disconnect that waits for a refresh to finish first
    // keeps its callback here.
    QHash<QString, DisconnectCallback> m_disconnects;
};
