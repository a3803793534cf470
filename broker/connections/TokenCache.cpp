#include "connections/TokenCache.h"

std::optional<SessionEntry> TokenCache::session(const QByteArray &idHash) const
{
    QReadLocker locker(&m_lock);
    const auto it = m_sessions.constFind(idHash);
    if (it == m_sessions.cend())
        return std::nullopt;
    return *it;
}

std::optional<TokenSnapshot> TokenCache::token(const QString &connectionId) const
{
    QReadLocker locker(&m_lock);
    const auto it = m_tokens.constFind(connectionId);
    if (it == m_tokens.cend())
        return std::nullopt;
    return *it;
}

int TokenCache::connectionCount() const
{
    QReadLocker locker(&m_lock);
    return int(m_tokens.size());
}

int TokenCache::sessionCount() const
{
    QReadLocker locker(&m_lock);
    return int(m_sessions.size());
}

void TokenCache::putSession(const SessionEntry &session)
{
    QWriteLocker locker(&m_lock);
    m_sessions.insert(session.idHash, session);
}

void TokenCache::putToken(const TokenSnapshot &token)
{
    QWriteLocker locker(&m_lock);
    m_tokens.insert(token.connectionId, token);
}

void TokenCache::setStatus(const QString &connectionId, const QString &status)
{
    QWriteLocker locker(&m_lock);
    const auto it = m_tokens.find(connectionId);
    if (it != m_tokens.end())
        it->status = status;
}

void TokenCache::removeConnection(const QString &connectionId)
{
    QWriteLocker locker(&m_lock);
    m_tokens.remove(connectionId);
    m_sessions.removeIf([&connectionId](const auto &it) { return it.value().connectionId == connectionId; });
}
