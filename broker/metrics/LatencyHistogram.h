#pragma once

#include <QtGlobal>

#include <array>
#include <cstddef>

// Request latencies counted in fixed log-scale buckets from 10 µs to 10 s (1, 1.5, 2, 3, 5
// and 7 times each power of ten, then 10 s), plus one bucket for anything slower. Fixed
// bounds let worker threads count without coordination and let histograms of several
// workers and seconds be added and subtracted bucket by bucket. Bucket i counts durations
// greater than bound i-1 and at most bound i, as a Prometheus `le` bucket does.
struct LatencyHistogram
{
    static constexpr std::size_t BoundCount = 37;
    static constexpr std::size_t BucketCount = BoundCount + 1;

    // Upper bounds in microseconds, ascending; the last bucket has no bound (+Inf).
    static const std::array<qint64, BoundCount> &upperBoundsUs();

    // The index of the bucket that counts a duration of `durationNs` nanoseconds.
    static std::size_t bucketIndex(qint64 durationNs);

    std::array<quint64, BucketCount> counts{};
    quint64 sumNs = 0;

    void add(qint64 durationNs);
    quint64 count() const;

    // The duration below which a fraction `quantile` (0..1) of the counted requests fell, in
    // milliseconds, interpolated linearly inside the bucket that contains it, as Prometheus's
    // histogram_quantile() does. Durations in the +Inf bucket count as 10 s. 0 when empty.
    double percentileMs(double quantile) const;

    LatencyHistogram &operator+=(const LatencyHistogram &other);
    // The counts added since `earlier`, a histogram of the same source taken before.
    LatencyHistogram since(const LatencyHistogram &earlier) const;
};
