#pragma once

#include <QtGlobal>

#include <atomic>

// Token reads by where their reply came from: straight from the TokenCache on the worker
// thread, or from the broker thread because the access token needed a refresh or was
// missing. Every worker thread increments them, so the increments are relaxed atomic adds:
// no lock, and no ordering with other memory is needed for counters.
class TokenReadCounters
{
public:
    void countCacheHit() { m_fromCache.fetch_add(1, std::memory_order_relaxed); }
    void countBrokerRead() { m_viaBroker.fetch_add(1, std::memory_order_relaxed); }

    quint64 cacheHits() const { return m_fromCache.load(std::memory_order_relaxed); }
    quint64 brokerReads() const { return m_viaBroker.load(std::memory_order_relaxed); }

private:
    std::atomic<quint64> m_fromCache{0};
    std::atomic<quint64> m_viaBroker{0};
};
