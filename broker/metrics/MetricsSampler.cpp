#include "metrics/MetricsSampler.h"

#include <QTimer>

#include <chrono>
#include <utility>

namespace {

double perSecond(quint64 now, quint64 before, double seconds)
{
    // A source that restarted (a new HTTP server) may report less than before.
    return now >= before ? static_cast<double>(now - before) / seconds : 0.0;
}

quint64 errorResponses(const HttpStats &stats)
{
    return stats.responsesByClass[3] + stats.responsesByClass[4];
}

} // namespace

MetricsSampler::MetricsSampler(Source source, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<MetricsSample>();
    qRegisterMetaType<QList<MetricsSample>>();
    m_timer->setInterval(IntervalMs);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &MetricsSampler::sampleNow);
}

void MetricsSampler::start()
{
    sampleNow();
    m_timer->start();
}

void MetricsSampler::stop()
{
    m_timer->stop();
}

MetricsTotals MetricsSampler::currentTotals() const
{
    return m_source ? m_source() : MetricsTotals();
}

void MetricsSampler::sampleNow()
{
    const qint64 nowNs =
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
    addTotals(currentTotals(), nowNs, QDateTime::currentDateTimeUtc());
}

std::optional<MetricsSample> MetricsSampler::addTotals(const MetricsTotals &totals, qint64 monotonicNs,
                                                       const QDateTime &time)
{
    const std::optional<MetricsTotals> previous = std::exchange(m_previous, totals);
    const qint64 previousNs = std::exchange(m_previousNs, monotonicNs);
    if (!previous || monotonicNs <= previousNs)
        return std::nullopt;

    // Rates use the measured interval, because a busy broker thread fires the timer late.
    const double seconds = static_cast<double>(monotonicNs - previousNs) / 1e9;
    const LatencyHistogram latency = totals.http.latency.since(previous->http.latency);
    const quint64 cacheHits = totals.tokenReadsFromCache - qMin(totals.tokenReadsFromCache, previous->tokenReadsFromCache);
    const quint64 brokerReads = totals.tokenReadsViaBroker - qMin(totals.tokenReadsViaBroker, previous->tokenReadsViaBroker);

    MetricsSample sample;
    sample.time = time.toUTC();
    sample.requestsPerSecond = perSecond(totals.http.requestsServed, previous->http.requestsServed, seconds);
    sample.errorsPerSecond = perSecond(errorResponses(totals.http), errorResponses(previous->http), seconds);
    sample.latencyP50Ms = latency.percentileMs(0.50);
    sample.latencyP95Ms = latency.percentileMs(0.95);
    sample.latencyP99Ms = latency.percentileMs(0.99);
    sample.openConnections = totals.http.openConnections;
    sample.refreshesPerSecond = perSecond(totals.refreshGrants, previous->refreshGrants, seconds);
    sample.cacheHitRate = cacheHits + brokerReads == 0
        ? 0.0
        : static_cast<double>(cacheHits) / static_cast<double>(cacheHits + brokerReads);
    sample.residentMemoryBytes = totals.residentMemoryBytes;

    m_history.push_back(sample);
    while (m_history.size() > static_cast<std::size_t>(HistorySize))
        m_history.pop_front();

    Q_EMIT sampled(sample);
    return sample;
}

QList<MetricsSample> MetricsSampler::history() const
{
    return QList<MetricsSample>(m_history.cbegin(), m_history.cend());
}
