#include "agents/AgentDirectory.h"

std::optional<AgentEntry> AgentDirectory::byKeyHash(const QByteArray &keyHash) const
{
    QReadLocker locker(&m_lock);
    const auto it = m_byKeyHash.constFind(keyHash);
    if (it == m_byKeyHash.cend())
        return std::nullopt;
    return *it;
}

std::optional<AgentEntry> AgentDirectory::byId(const QString &agentId) const
{
    QReadLocker locker(&m_lock);
    const auto hash = m_keyHashById.constFind(agentId);
    if (hash == m_keyHashById.cend())
        return std::nullopt;
    return m_byKeyHash.value(*hash);
}

QList<AgentEntry> AgentDirectory::agents() const
{
    QReadLocker locker(&m_lock);
    return m_byKeyHash.values();
}

void AgentDirectory::recordUse(const QString &agentId)
{
    QMutexLocker locker(&m_useLock);
    m_uses.insert(agentId, QDateTime::currentDateTimeUtc());
}

QHash<QString, QDateTime> AgentDirectory::takeUses()
{
    QMutexLocker locker(&m_useLock);
    return std::exchange(m_uses, {});
}

void AgentDirectory::put(const QByteArray &keyHash, const AgentEntry &agent)
{
    QWriteLocker locker(&m_lock);
    if (const auto old = m_keyHashById.constFind(agent.id); old != m_keyHashById.cend())
        m_byKeyHash.remove(*old);
    m_byKeyHash.insert(keyHash, agent);
    m_keyHashById.insert(agent.id, keyHash);
}

void AgentDirectory::remove(const QString &agentId)
{
    QWriteLocker locker(&m_lock);
    const auto hash = m_keyHashById.constFind(agentId);
    if (hash == m_keyHashById.cend())
        return;
    m_byKeyHash.remove(*hash);
    m_keyHashById.erase(hash);
}

void AgentDirectory::clear()
{
    QWriteLocker locker(&m_lock);
    m_byKeyHash.clear();
    m_keyHashById.clear();
}
