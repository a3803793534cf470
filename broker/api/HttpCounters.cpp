#include "api/HttpCounters.h"

void HttpCounters::connectionOpened()
{
    add(m_openConnections, 1);
}

void HttpCounters::connectionClosed()
{
    add(m_openConnections, -1);
}

void HttpCounters::responseWritten(int status, bool forRequest, qint64 latencyNs)
{
    if (forRequest) {
        add<quint64>(m_requestsServed, 1);
        add<quint64>(m_latencyBuckets[LatencyHistogram::bucketIndex(latencyNs)], 1);
        add<quint64>(m_latencySumNs, static_cast<quint64>(qMax<qint64>(0, latencyNs)));
    }

    const int statusClass = qBound(1, status / 100, 5);
    add<quint64>(m_responsesByClass[static_cast<std::size_t>(statusClass - 1)], 1);
}

HttpStats HttpCounters::snapshot() const
{
    HttpStats stats;
    stats.requestsServed = m_requestsServed.load(std::memory_order_relaxed);
    for (std::size_t i = 0; i < m_responsesByClass.size(); ++i)
        stats.responsesByClass[i] = m_responsesByClass[i].load(std::memory_order_relaxed);
    stats.openConnections = m_openConnections.load(std::memory_order_relaxed);
    for (std::size_t i = 0; i < m_latencyBuckets.size(); ++i)
        stats.latency.counts[i] = m_latencyBuckets[i].load(std::memory_order_relaxed);
    stats.latency.sumNs = m_latencySumNs.load(std::memory_order_relaxed);
    return stats;
}
