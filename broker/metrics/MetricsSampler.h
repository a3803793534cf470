#pragma once

#include "metrics/MetricsSample.h"
#include "metrics/MetricsTotals.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <deque>
#include <functional>
#include <optional>

class QTimer;

// Turns the broker's counters into one MetricsSample per second and keeps the last
// HistorySize samples (10 minutes) for dashboards that open later. Lives on the broker thread.
// The counters come from a source function that the owner supplies, so the sampler reads the
// workers' counters once a second and never touches the request path.
class MetricsSampler : public QObject
{
    Q_OBJECT

public:
    using Source = std::function<MetricsTotals()>;

    static constexpr int HistorySize = 600;
    static constexpr int IntervalMs = 1000;

    explicit MetricsSampler(Source source, QObject *parent = nullptr);

    // Takes the first totals as the baseline and samples every IntervalMs from then on.
    void start();
    void stop();

    // The counters and gauges now, from the source.
    MetricsTotals currentTotals() const;

    // Computes the sample of the interval since the previous call from `totals` taken at
    // `monotonicNs` (a steady clock) and wall-clock `time`, stores it and emits sampled().
    // The first call only sets the baseline and returns nullopt. The timer calls this; tests
    // call it with their own clock.
    std::optional<MetricsSample> addTotals(const MetricsTotals &totals, qint64 monotonicNs, const QDateTime &time);

    // The stored samples, oldest first.
    QList<MetricsSample> history() const;

Q_SIGNALS:
    void sampled(const MetricsSample &sample);

private:
    void sampleNow();

    Source m_source;
    QTimer *m_timer;
    std::optional<MetricsTotals> m_previous;
    qint64 m_previousNs = 0;
    std::deque<MetricsSample> m_history;
};
