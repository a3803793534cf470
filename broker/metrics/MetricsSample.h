#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QtGlobal>

// The broker's activity over one second, as the dashboard charts and GET /metrics show it.
// Rates are per second over the sampled second; latencies are of requests answered in it.
struct MetricsSample
{
    QDateTime time; // UTC, end of the sampled second
    double requestsPerSecond = 0;
    double errorsPerSecond = 0;      // responses with status 4xx or 5xx
    double latencyP50Ms = 0;
    double latencyP95Ms = 0;
    double latencyP99Ms = 0;
    int openConnections = 0;
    double refreshesPerSecond = 0;   // refresh grants sent to providers
    double cacheHitRate = 0;         // token reads served from memory, 0..1; 0 when none
    qint64 residentMemoryBytes = 0;  // 0 where the platform does not say
};

Q_DECLARE_METATYPE(MetricsSample)
