#include "metrics/LatencyHistogram.h"

#include <QTest>

class TestLatencyHistogram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boundsAreAscending();
    void bucketIndex_data();
    void bucketIndex();
    void percentiles_data();
    void percentiles();
    void sinceSubtractsCounts();
};

void TestLatencyHistogram::boundsAreAscending()
{
    const auto &bounds = LatencyHistogram::upperBoundsUs();
    QCOMPARE(bounds.front(), qint64(10));
    QCOMPARE(bounds.back(), qint64(10'000'000));
    for (std::size_t i = 1; i < bounds.size(); ++i)
        QVERIFY2(bounds[i] > bounds[i - 1], qPrintable(QString::number(i)));
}

void TestLatencyHistogram::bucketIndex_data()
{
    QTest::addColumn<qint64>("durationNs");
    QTest::addColumn<int>("index");

    QTest::newRow("zero") << qint64(0) << 0;
    QTest::newRow("hostile: negative") << qint64(-5'000) << 0;
    QTest::newRow("exactly 10 us is in le=10us") << qint64(10'000) << 0;
    QTest::newRow("10.001 us is above") << qint64(10'001) << 1;
    QTest::newRow("15 us") << qint64(15'000) << 1;
    QTest::newRow("100 us") << qint64(100'000) << 6;
    QTest::newRow("1 ms") << qint64(1'000'000) << 12;
    QTest::newRow("10 s, the last bound") << qint64(10'000'000'000) << 36;
    QTest::newRow("just over 10 s is +Inf") << qint64(10'000'001'000) << 37;
    QTest::newRow("hostile: an hour") << qint64(3'600'000'000'000) << 37;
}

void TestLatencyHistogram::bucketIndex()
{
    QFETCH(qint64, durationNs);
    QFETCH(int, index);
    QCOMPARE(LatencyHistogram::bucketIndex(durationNs), std::size_t(index));
}

void TestLatencyHistogram::percentiles_data()
{
    QTest::addColumn<QList<qint64>>("durationsUs");
    QTest::addColumn<double>("quantile");
    QTest::addColumn<double>("expectedMs");

    QTest::newRow("empty is 0") << QList<qint64>{} << 0.5 << 0.0;

    // 100 requests of 100 us land in (70, 100]: the median interpolates to the middle.
    QList<qint64> uniform(100, 100);
    QTest::newRow("one bucket, median") << uniform << 0.5 << 0.085;
    QTest::newRow("one bucket, p99") << uniform << 0.99 << 0.0997;

    // 90 fast (<= 10 us) and 10 slow (in (1.5, 2] ms).
    QList<qint64> mixed(90, 5);
    mixed += QList<qint64>(10, 1'800);
    QTest::newRow("mixed, median in the first bucket") << mixed << 0.5 << 0.005556;
    QTest::newRow("mixed, p90 at the top of the first bucket") << mixed << 0.9 << 0.010;
    QTest::newRow("mixed, p95 halfway in the slow bucket") << mixed << 0.95 << 1.75;
    QTest::newRow("mixed, p99") << mixed << 0.99 << 1.95;

    QTest::newRow("beyond 10 s counts as 10 s") << QList<qint64>(5, 20'000'000) << 0.5 << 10'000.0;
    QTest::newRow("hostile: quantile above 1 is clamped") << uniform << 7.0 << 0.1;
}

void TestLatencyHistogram::percentiles()
{
    QFETCH(QList<qint64>, durationsUs);
    QFETCH(double, quantile);
    QFETCH(double, expectedMs);

    LatencyHistogram histogram;
    for (const qint64 us : durationsUs)
        histogram.add(us * 1000);
    QCOMPARE(histogram.count(), quint64(durationsUs.size()));

    const double actual = histogram.percentileMs(quantile);
    QVERIFY2(qAbs(actual - expectedMs) < 1e-4 * qMax(1.0, expectedMs),
             qPrintable(QStringLiteral("got %1 ms, expected %2 ms").arg(actual).arg(expectedMs)));
}

void TestLatencyHistogram::sinceSubtractsCounts()
{
    LatencyHistogram earlier;
    earlier.add(50'000);
    LatencyHistogram later = earlier;
    later.add(50'000);
    later.add(2'000'000);

    const LatencyHistogram second = later.since(earlier);
    QCOMPARE(second.count(), quint64(2));
    QCOMPARE(second.sumNs, quint64(2'050'000));
    QCOMPARE(second.counts[LatencyHistogram::bucketIndex(50'000)], quint64(1));

    // A source that restarted reports less than before; the difference stays at 0.
    const LatencyHistogram restarted = earlier.since(later);
    QCOMPARE(restarted.count(), quint64(0));

    LatencyHistogram merged = earlier;
    merged += later;
    QCOMPARE(merged.count(), quint64(4));
}

QTEST_GUILESS_MAIN(TestLatencyHistogram)
#include "tst_latencyhistogram.moc"
