#include "metrics/LatencyHistogram.h"

#include <algorithm>

namespace {

constexpr std::array<qint64, LatencyHistogram::BoundCount> makeBounds()
{
    constexpr std::array<qint64, 6> steps{10, 15, 20, 30, 50, 70};
    std::array<qint64, LatencyHistogram::BoundCount> bounds{};
    qint64 decade = 1;
    std::size_t index = 0;
    for (int power = 0; power < 6; ++power) {
        for (const qint64 step : steps)
            bounds[index++] = step * decade;
        decade *= 10;
    }
    bounds[index] = 10 * decade;
    return bounds;
}

constexpr std::array<qint64, LatencyHistogram::BoundCount> BoundsUs = makeBounds();
static_assert(BoundsUs.front() == 10 && BoundsUs.back() == 10'000'000);

} // namespace

const std::array<qint64, LatencyHistogram::BoundCount> &LatencyHistogram::upperBoundsUs()
{
    return BoundsUs;
}

std::size_t LatencyHistogram::bucketIndex(qint64 durationNs)
{
    // Compare in nanoseconds, rounding the duration up, so that 10.4 µs lands above the
    // 10 µs bound as Prometheus's `le` semantics require.
    const qint64 durationUs = durationNs <= 0 ? 0 : (durationNs + 999) / 1000;
    const auto bound = std::lower_bound(BoundsUs.cbegin(), BoundsUs.cend(), durationUs);
    return static_cast<std::size_t>(bound - BoundsUs.cbegin());
}

void LatencyHistogram::add(qint64 durationNs)
{
    ++counts[bucketIndex(durationNs)];
    sumNs += static_cast<quint64>(qMax<qint64>(0, durationNs));
}

quint64 LatencyHistogram::count() const
{
    quint64 total = 0;
    for (const quint64 bucket : counts)
        total += bucket;
    return total;
}

double LatencyHistogram::percentileMs(double quantile) const
{
    const quint64 total = count();
    if (total == 0)
        return 0;

    const double rank = qBound(0.0, quantile, 1.0) * static_cast<double>(total);
    quint64 below = 0;
    for (std::size_t i = 0; i < BucketCount; ++i) {
        const quint64 inBucket = counts[i];
        if (inBucket == 0 || static_cast<double>(below + inBucket) < rank) {
            below += inBucket;
            continue;
        }
        if (i == BoundCount)
            return static_cast<double>(BoundsUs.back()) / 1000.0;

        const double lowerUs = i == 0 ? 0.0 : static_cast<double>(BoundsUs[i - 1]);
        const double upperUs = static_cast<double>(BoundsUs[i]);
        const double fraction = (rank - static_cast<double>(below)) / static_cast<double>(inBucket);
        return (lowerUs + (upperUs - lowerUs) * fraction) / 1000.0;
    }
    return static_cast<double>(BoundsUs.back()) / 1000.0;
}

LatencyHistogram &LatencyHistogram::operator+=(const LatencyHistogram &other)
{
    for (std::size_t i = 0; i < BucketCount; ++i)
        counts[i] += other.counts[i];
    sumNs += other.sumNs;
    return *this;
}

LatencyHistogram LatencyHistogram::since(const LatencyHistogram &earlier) const
{
    // Counters only grow, except when a source restarts; a negative difference counts as 0.
    LatencyHistogram difference;
    for (std::size_t i = 0; i < BucketCount; ++i)
        difference.counts[i] = counts[i] >= earlier.counts[i] ? counts[i] - earlier.counts[i] : 0;
    difference.sumNs = sumNs >= earlier.sumNs ? sumNs - earlier.sumNs : 0;
    return difference;
}
