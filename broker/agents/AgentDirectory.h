#pragma once

#include "agents/AgentEntry.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QReadWriteLock>

#include <optional>

// The approved agents that API worker threads authenticate against on every request, keyed by
// the hash of their key. The broker thread is the only writer. Thread-safe.
class AgentDirectory
{
public:
    // The agent whose key hashes to `keyHash`, also when expired; callers check isExpired().
    std::optional<AgentEntry> byKeyHash(const QByteArray &keyHash) const;
    std::optional<AgentEntry> byId(const QString &agentId) const;
    QList<AgentEntry> agents() const;

    // Records that the agent made a request now. Called from any thread; the broker thread
    // writes the times to the database in batches through takeUses().
    void recordUse(const QString &agentId);
    // Returns and clears the last-use times recorded since the previous call.
    QHash<QString, QDateTime> takeUses();

    void put(const QByteArray &keyHash, const AgentEntry &agent);
    void remove(const QString &agentId);
    void clear();

private:
    mutable QReadWriteLock m_lock;
    QHash<QByteArray, AgentEntry> m_byKeyHash;
    QHash<QString, QByteArray> m_keyHashById;

    QMutex m_useLock;
    QHash<QString, QDateTime> m_uses;
};
