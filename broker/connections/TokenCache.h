#pragma once

#include "connections/SessionEntry.h"
#include "connections/TokenSnapshot.h"

#include <QHash>
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

    void putSession(const SessionEntry &session);
    void putToken(const TokenSnapshot &token);
    void setStatus(const QString &connectionId, const QString &status);
    // Removes a connection's tokens and every session that grants it.
    void removeConnection(const QString &connectionId);

private:
    mutable QReadWriteLock m_lock;
    QHash<QByteArray, SessionEntry> m_sessions;
    QHash<QString, TokenSnapshot> m_tokens;
};
