#pragma once

#include "SessionSummary.h"
#include "connections/SessionEntry.h"
#include "connections/SessionOptions.h"
#include "core/Result.h"
#include "store/SessionRecord.h"

#include <QList>
#include <QObject>

#include <functional>

class MetadataStore;
class SecretStore;
class TokenCache;

// Owns the sessions: grants of one connection to the person or to one agent, each found by the
// hash of its id. Creates them (the id goes to the keychain first, then the metadata, then the
// TokenCache), revokes, extends and removes them, and reads an id back from the keychain on the
// person's request. Lives on the broker thread; every method and callback runs there.
class SessionManager : public QObject
{
    Q_OBJECT

public:
    using SessionIdCallback = std::function<void(const Result<QString> &)>;

    // The latest expiry an extension may reach, in days from the session's creation. The
    // setting `sessions/max_lifetime_days` replaces it.
    static constexpr int DefaultMaxLifetimeDays = 30;
    // The range POST /api/agent/sessions/<id>/extend accepts, in seconds.
    static constexpr qint64 MinExtendSeconds = 60;
    static constexpr qint64 MaxExtendSeconds = 86400;

    SessionManager(MetadataStore &metadata, SecretStore &secrets, TokenCache &cache, QObject *parent = nullptr);

    void setMaxLifetimeDays(int days) { m_maxLifetimeDays = days; }

    // Takes the sessions loaded from the database and puts them into the TokenCache.
    void load(const QList<SessionRecord> &sessions);

    // Creates a session of the connection and returns its id. Errors: CONNECTION_NOT_FOUND,
    // INVALID_SCOPE (a scope the connection was not granted, named in the message),
    // INVALID_LIFETIME, and keychain or database failures.
    void createSession(const QString &connectionId, const SessionOptions &options, SessionIdCallback callback);

    // Marks the session revoked; its id stops working at once. The keychain copy of the id is
    // deleted in the background. Errors: SESSION_NOT_FOUND (also for a session revoked before).
    Result<SessionRecord> revokeSession(const QByteArray &idHash);

    // Moves the expiry `seconds` later, from the current expiry or from now when the session has
    // none or has expired. Errors: SESSION_NOT_FOUND, INVALID_EXTEND_SECONDS, EXTENSION_LIMIT
    // (the new expiry would pass maxExpiresAt).
    Result<SessionRecord> extendSession(const QByteArray &idHash, qint64 seconds);

    // Deletes the agent's expired and revoked sessions and returns how many went.
    Result<int> removeInactiveSessions(const QString &agentId);

    // Forgets the sessions of a connection that was disconnected; the database rows went with it.
    void forgetConnection(const QString &connectionId);

    // Reads the id of the connection's newest active session from the keychain.
    void revealSessionId(const QString &connectionId, SessionIdCallback callback);

    QList<QByteArray> sessionHashesOf(const QString &connectionId) const;
    // The connection's sessions as the API sees them, revoked ones included.
    QList<SessionEntry> entriesOf(const QString &connectionId) const;
    // The prefix of the connection's newest unrevoked session, or an empty string.
    QString newestPrefix(const QString &connectionId) const;
    QList<SessionSummary> summaries() const;

Q_SIGNALS:
    void sessionsChanged();
    // One session was created or revoked; for the event stream.
    void sessionCreated(const SessionEntry &session);
    void sessionRevoked(const SessionEntry &session);

private:
    SessionRecord *find(const QByteArray &idHash);

    MetadataStore &m_metadata;
    SecretStore &m_secrets;
    TokenCache &m_cache;
    int m_maxLifetimeDays = DefaultMaxLifetimeDays;
    QList<SessionRecord> m_sessions;
};
