#include "connections/TokenCache.h"

#include <algorithm>

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

namespace {

void sortByCreation(QList<SessionEntry> &sessions)
{
    std::sort(sessions.begin(), sessions.end(), [](const SessionEntry &a, const SessionEntry &b) {
        return a.createdAt < b.createdAt;
    });
}

} // namespace

QList<SessionEntry> TokenCache::sessionsOfAgent(const QString &agentId) const
{
    QList<SessionEntry> result;
    if (agentId.isEmpty())
        return result;
    {
        QReadLocker locker(&m_lock);
        for (const SessionEntry &session : m_sessions) {
            if (session.agentId == agentId)
                result.append(session);
        }
    }
    sortByCreation(result);
    return result;
}

QList<SessionEntry> TokenCache::sessions() const
{
    QList<SessionEntry> result;
    {
        QReadLocker locker(&m_lock);
        result = m_sessions.values();
    }
    sortByCreation(result);
    return result;
}

QList<ConnectionState> TokenCache::connectionStates() const
{
    QList<ConnectionState> states;
    {
        QReadLocker locker(&m_lock);
        for (const TokenSnapshot &token : m_tokens)
            states.append(ConnectionState{token.connectionId, token.provider, token.status, token.lastError});
    }
    std::sort(states.begin(), states.end(), [](const ConnectionState &a, const ConnectionState &b) {
        return a.connectionId < b.connectionId;
    });
    return states;
}

void TokenCache::recordUse(const QString &connectionId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QMutexLocker locker(&m_useLock);
    m_lastUseMs.insert(connectionId, now);
}

QDateTime TokenCache::lastUse(const QString &connectionId) const
{
    QMutexLocker locker(&m_useLock);
    const auto it = m_lastUseMs.constFind(connectionId);
    if (it == m_lastUseMs.cend())
        return {};
    return QDateTime::fromMSecsSinceEpoch(*it, Qt::UTC);
}

void TokenCache::putSession(const SessionEntry &session)
{
    QWriteLocker locker(&m_lock);
    m_sessions.insert(session.idHash, session);
}

void TokenCache::removeSession(const QByteArray &idHash)
{
    QWriteLocker locker(&m_lock);
    m_sessions.remove(idHash);
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

void TokenCache::setState(const QString &connectionId, const QString &status, const QString &lastError)
{
    QWriteLocker locker(&m_lock);
    const auto it = m_tokens.find(connectionId);
    if (it != m_tokens.end()) {
        it->status = status;
        it->lastError = lastError;
    }
}

void TokenCache::removeConnection(const QString &connectionId)
{
    QWriteLocker locker(&m_lock);
    m_tokens.remove(connectionId);
    m_sessions.removeIf([&connectionId](const auto &it) { return it.value().connectionId == connectionId; });
    locker.unlock();

    QMutexLocker useLocker(&m_useLock);
    m_lastUseMs.remove(connectionId);
}
