#pragma once

#include "connections/ConnectionState.h"
#include "connections/SessionEntry.h"
#include "connections/TokenSnapshot.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QReadWriteLock>

#include <optional>

// The in-memory view of sessions and tokens that API worker threads read on every token
// request, so a read never waits on the keychain or the database. The broker thread is the
// only writer. Thread-safe.
class TokenCache
{
public:
    std::optional<SessionEntry> session(const QByteArray &idHash) const;
    std::optional<TokenSnapshot> token(const QString &connectionId) const;
    int connectionCount() const;
    int sessionCount() const;
    // The sessions the agent created, in any state, oldest first.
    QList<SessionEntry> sessionsOfAgent(const QString &agentId) const;
    // Every session in any state, oldest first; for counts and statistics.
    QList<SessionEntry> sessions() const;
    // The state of every connection, without tokens, sorted by connection id.
    QList<ConnectionState> connectionStates() const;

    // Records that an agent read the connection's token now. Called on every token request,
    // from any thread; proactive refresh reads it with lastUse().
    void recordUse(const QString &connectionId);
    // The time of the last recordUse(), or an invalid QDateTime when there was none.
    QDateTime lastUse(const QString &connectionId) const;

    void putSession(const SessionEntry &session);
    void removeSession(const QByteArray &idHash);
    void putToken(const TokenSnapshot &token);
    void setStatus(const QString &connectionId, const QString &status);
    void setState(const QString &connectionId, const QString &status, const QString &lastError);
    // Removes a connection's tokens and every session that grants it.
    void removeConnection(const QString &connectionId);

private:
    mutable QReadWriteLock m_lock;
    QHash<QByteArray, SessionEntry> m_sessions;
    QHash<QString, TokenSnapshot> m_tokens;

    // Separate from m_lock, so the write on every token request does not block readers.
    mutable QMutex m_useLock;
    QHash<QString, qint64> m_lastUseMs;
};
