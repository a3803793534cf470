#include "metrics/MetricsSampler.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 SecondNs = 1'000'000'000;
const QDateTime Start = QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC);

MetricsTotals totalsWith(quint64 requests, quint64 errors, quint64 refreshes, quint64 cacheHits, quint64 brokerReads)
{
    MetricsTotals totals;
    totals.http.requestsServed = requests;
    totals.http.responsesByClass[1] = requests - errors;
    totals.http.responsesByClass[3] = errors;
    totals.refreshGrants = refreshes;
    totals.tokenReadsFromCache = cacheHits;
    totals.tokenReadsViaBroker = brokerReads;
    return totals;
}

} // namespace

class TestMetricsSampler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstTotalsAreTheBaseline();
    void rates_data();
    void rates();
    void latencyOfTheIntervalOnly();
    void historyKeepsTheLast600();
    void timerSamplesTheSource();
};

void TestMetricsSampler::firstTotalsAreTheBaseline()
{
    MetricsSampler sampler({});
    QSignalSpy sampled(&sampler, &MetricsSampler::sampled);
    QVERIFY(!sampler.addTotals(totalsWith(500, 0, 0, 0, 0), 5 * SecondNs, Start));
    QCOMPARE(sampled.size(), 0);
    QVERIFY(sampler.history().isEmpty());

    // A clock that did not advance gives no sample instead of a division by zero.
    QVERIFY(!sampler.addTotals(totalsWith(600, 0, 0, 0, 0), 5 * SecondNs, Start));
}

void TestMetricsSampler::rates_data()
{
    QTest::addColumn<MetricsTotals>("after");
    QTest::addColumn<qint64>("elapsedNs");
    QTest::addColumn<double>("requestsPerSecond");
    QTest::addColumn<double>("errorsPerSecond");
    QTest::addColumn<double>("refreshesPerSecond");
    QTest::addColumn<double>("cacheHitRate");

    // The baseline is totalsWith(1000, 10, 2, 800, 100).
    QTest::newRow("one second") << totalsWith(1100, 15, 3, 890, 110) << SecondNs << 100.0 << 5.0 << 1.0 << 0.9;
    QTest::newRow("a late tick uses the real interval") << totalsWith(1300, 10, 2, 800, 100) << 2 * SecondNs << 150.0
                                                        << 0.0 << 0.0 << 0.0;
    QTest::newRow("only broker reads") << totalsWith(1004, 10, 2, 800, 104) << SecondNs << 4.0 << 0.0 << 0.0 << 0.0;
    QTest::newRow("hostile: counters went back (new server)") << totalsWith(5, 0, 0, 1, 0) << SecondNs << 0.0 << 0.0
                                                              << 0.0 << 0.0;
}

void TestMetricsSampler::rates()
{
    QFETCH(MetricsTotals, after);
    QFETCH(qint64, elapsedNs);
    QFETCH(double, requestsPerSecond);
    QFETCH(double, errorsPerSecond);
    QFETCH(double, refreshesPerSecond);
    QFETCH(double, cacheHitRate);

    MetricsSampler sampler({});
    QSignalSpy sampled(&sampler, &MetricsSampler::sampled);
    sampler.addTotals(totalsWith(1000, 10, 2, 800, 100), 10 * SecondNs, Start);
    after.http.openConnections = 7;
    after.residentMemoryBytes = 123456;
    const std::optional<MetricsSample> sample = sampler.addTotals(after, 10 * SecondNs + elapsedNs, Start.addSecs(1));

    QVERIFY(sample);
    QCOMPARE(sample->time, Start.addSecs(1));
    QCOMPARE(sample->requestsPerSecond, requestsPerSecond);
    QCOMPARE(sample->errorsPerSecond, errorsPerSecond);
    QCOMPARE(sample->refreshesPerSecond, refreshesPerSecond);
    QCOMPARE(sample->cacheHitRate, cacheHitRate);
    QCOMPARE(sample->openConnections, 7);
    QCOMPARE(sample->residentMemoryBytes, qint64(123456));
    QCOMPARE(sampled.size(), 1);
    QCOMPARE(sampled.at(0).at(0).value<MetricsSample>().requestsPerSecond, requestsPerSecond);
}

void TestMetricsSampler::latencyOfTheIntervalOnly()
{
    MetricsSampler sampler({});
    MetricsTotals before;
    for (int i = 0; i < 1000; ++i)
        before.http.latency.add(5'000'000); // 5 ms, before the interval
    sampler.addTotals(before, 0, Start);

    MetricsTotals after = before;
    for (int i = 0; i < 100; ++i)
        after.http.latency.add(100'000); // 100 us, in the interval
    const std::optional<MetricsSample> sample = sampler.addTotals(after, SecondNs, Start.addSecs(1));
    QVERIFY(sample);
    QCOMPARE(sample->latencyP50Ms, 0.085);
    QVERIFY(sample->latencyP99Ms <= 0.1);
    QVERIFY(sample->latencyP95Ms >= sample->latencyP50Ms);

    // An interval without requests has no latency.
    const std::optional<MetricsSample> idle = sampler.addTotals(after, 2 * SecondNs, Start.addSecs(2));
    QVERIFY(idle);
    QCOMPARE(idle->latencyP99Ms, 0.0);
}

void TestMetricsSampler::historyKeepsTheLast600()
{
    MetricsSampler sampler({});
    for (int i = 0; i <= MetricsSampler::HistorySize + 50; ++i)
        sampler.addTotals(totalsWith(quint64(i) * 10, 0, 0, 0, 0), i * SecondNs, Start.addSecs(i));

    const QList<MetricsSample> history = sampler.history();
    QCOMPARE(history.size(), MetricsSampler::HistorySize);
    QCOMPARE(history.first().time, Start.addSecs(51));
    QCOMPARE(history.last().time, Start.addSecs(MetricsSampler::HistorySize + 50));
    QCOMPARE(history.last().requestsPerSecond, 10.0);
}

void TestMetricsSampler::timerSamplesTheSource()
{
    int calls = 0;
    MetricsSampler sampler([&calls] {
        ++calls;
        return totalsWith(quint64(calls) * 3, 0, 0, 0, 0);
    });
    QSignalSpy sampled(&sampler, &MetricsSampler::sampled);
    sampler.start();
    QCOMPARE(calls, 1);
    QVERIFY(sampled.wait(3 * MetricsSampler::IntervalMs));
    sampler.stop();
    QCOMPARE(calls, 2);
    const auto sample = sampled.at(0).at(0).value<MetricsSample>();
    // 3 requests in about one second.
    QVERIFY2(sample.requestsPerSecond > 2.0 && sample.requestsPerSecond < 4.0, qPrintable(QString::number(sample.requestsPerSecond)));
    QCOMPARE(sampler.history().size(), 1);
}

QTEST_GUILESS_MAIN(TestMetricsSampler)
#include "tst_metricssampler.moc"
