// Feeds the dashboard synthetic one-second samples and checks the header figures, the
// chart data, the 10-minute window and pause/resume.

#include "DashboardPage.h"
#include "MetricsChart.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

MetricsSample sampleAt(const QDateTime &time, double requests)
{
    MetricsSample sample;
    sample.time = time;
    sample.requestsPerSecond = requests;
    sample.errorsPerSecond = 3;
    sample.latencyP50Ms = 0.25;
    sample.latencyP95Ms = 1.5;
    sample.latencyP99Ms = 12.75;
    sample.openConnections = 17;
    sample.refreshesPerSecond = 0.5;
    sample.residentMemoryBytes = 48 * 1024 * 1024;
    return sample;
}

} // namespace

class DashboardPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale::c()); }

    void headerShowsCurrentSecond();
    void chartsKeepTenMinutes();
    void pauseStopsRedrawing();
    void historyReplacesData();
};

void DashboardPageTest::headerShowsCurrentSecond()
{
    DashboardPage page;
    const QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    page.addSample(sampleAt(start, 100));
    page.addSample(sampleAt(start.addSecs(1), 4321));

    QCOMPARE(page.headerText(u"requests"_s), u"4321"_s);
    QCOMPARE(page.headerText(u"latency"_s), u"0.25 / 1.50 / 12.75 ms"_s);
    QCOMPARE(page.headerText(u"errors"_s), u"3"_s);
    QCOMPARE(page.headerText(u"connections"_s), u"17"_s);
    QCOMPARE(page.headerText(u"refreshes"_s), u"0.5"_s);
    QCOMPARE(page.headerText(u"memory"_s), QLocale().formattedDataSize(48 * 1024 * 1024));
}

void DashboardPageTest::chartsKeepTenMinutes()
{
    DashboardPage page;
    const QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    for (int second = 0; second < 700; ++second)
        page.addSample(sampleAt(start.addSecs(second), second));

    QCOMPARE(page.history().size(), DashboardPage::WindowSeconds);
    QCOMPARE(page.history().first().requestsPerSecond, 100.0);
    QCOMPARE(page.chart(0)->pointCount(0), qsizetype(DashboardPage::WindowSeconds));
    // The latency chart has one series per percentile.
    QCOMPARE(page.chart(1)->seriesCount(), 3);
    QCOMPARE(page.chart(1)->pointCount(2), qsizetype(DashboardPage::WindowSeconds));
}

void DashboardPageTest::pauseStopsRedrawing()
{
    DashboardPage page;
    const QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    page.addSample(sampleAt(start, 1));
    page.setPaused(true);
    page.addSample(sampleAt(start.addSecs(1), 2));
    page.addSample(sampleAt(start.addSecs(2), 3));

    QVERIFY(page.isPaused());
    QCOMPARE(page.chart(0)->pointCount(0), qsizetype(1));
    // The header keeps showing the current second while the charts stand still.
    QCOMPARE(page.headerText(u"requests"_s), u"3"_s);

    page.setPaused(false);
    QCOMPARE(page.chart(0)->pointCount(0), qsizetype(3));
}

void DashboardPageTest::historyReplacesData()
{
    DashboardPage page;
    const QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    QList<MetricsSample> samples;
    for (int second = 0; second < 900; ++second)
        samples.append(sampleAt(start.addSecs(second), second));
    page.setHistory(samples);
    QCOMPARE(page.history().size(), DashboardPage::WindowSeconds);
    QCOMPARE(page.headerText(u"requests"_s), u"899"_s);

    page.setHistory({});
    QCOMPARE(page.chart(0)->pointCount(0), qsizetype(0));
    QCOMPARE(page.headerText(u"memory"_s), u"n/a"_s);
}

QTEST_MAIN(DashboardPageTest)
#include "tst_dashboardpage.moc"
