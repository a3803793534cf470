#pragma once

#include "api/HttpStats.h"

#include <array>
#include <atomic>

// The counters of one worker thread. Only that thread writes them, so each update is a relaxed
// load and store without a read-modify-write or a lock. Any thread may call snapshot(), which
// reads each counter's latest value but not a consistent state across counters.
class HttpCounters
{
public:
    void connectionOpened();
    void connectionClosed();

    // Counts a written response. `forRequest` is false for responses to input that never
    // became a request, which count in responsesByClass only. `latencyNs` is the time since
    // the request was parsed and goes to the latency histogram for requests only.
    void responseWritten(int status, bool forRequest, qint64 latencyNs);

    HttpStats snapshot() const;

private:
    template <typename T>
    static void add(std::atomic<T> &counter, T amount)
    {
        counter.store(counter.load(std::memory_order_relaxed) + amount, std::memory_order_relaxed);
    }

    std::atomic<quint64> m_requestsServed{0};
    std::array<std::atomic<quint64>, 5> m_responsesByClass{};
    std::atomic<int> m_openConnections{0};
    std::array<std::atomic<quint64>, LatencyHistogram::BucketCount> m_latencyBuckets{};
    std::atomic<quint64> m_latencySumNs{0};
};
