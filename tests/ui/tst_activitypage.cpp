// Drives the Activity page and the dashboard against a real broker. An agent's token read
// over HTTP appears live and the filters narrow the rows. Export CSV writes the rows with
// RFC 4180 quoting, and the dashboard receives the broker's one-second samples.

#include "ActivityPage.h"
#include "AuditModel.h"
#include "Broker.h"
#include "BrokerFixture.h"
#include "ChildNamed.h"
#include "ConnectionsModel.h"
#include "DashboardPage.h"
#include "MainWindow.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class ActivityPageTest : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void openUrl(const QUrl &) {}

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void tokenReadAppearsLive();
    void actionFilterNarrowsRows();
    void csvQuotesFields_data();
    void csvQuotesFields();
    void csvExportsShownRows();
    void dashboardReceivesSamples();

private:
    ActivityPage *page() const { return m_window->activityPage(); }
    void chooseAction(const QString &action);
    int rowsWithAction(const QString &action) const;

    BrokerFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
    QString m_sessionId;
    QTemporaryDir m_exportDir;
};

void ActivityPageTest::initTestCase()
{
    QVERIFY(m_exportDir.isValid());
    QDesktopServices::setUrlHandler(u"http"_s, this, "openUrl");
    m_fixture.setBeforeStart([this](Broker *broker) {
        m_window = std::make_unique<MainWindow>(broker);
        m_window->show();
    });
    const QString started = m_fixture.start(OidcServer::Options{}, RefreshPolicy{});
    QVERIFY2(started.isEmpty(), qPrintable(started));

    QString error;
    m_sessionId = m_fixture.connectAccount(BrokerFixture::ProviderName, u"erin"_s, &error);
    QVERIFY2(!m_sessionId.isEmpty(), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionsModel()->rowCount(), 1, 10000);
}

void ActivityPageTest::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"http"_s);
    m_fixture.stopBroker();
    m_window.reset();
}

void ActivityPageTest::chooseAction(const QString &action)
{
    QComboBox *combo = childNamed<QComboBox>(page(), u"Filter by action"_s);
    QVERIFY(combo);
    const int index = combo->findData(action);
    QVERIFY2(index >= 0, qPrintable(action));
    combo->setCurrentIndex(index);
    // activated() is what a person's choice emits; setCurrentIndex() alone does not.
    Q_EMIT combo->activated(index);
}

int ActivityPageTest::rowsWithAction(const QString &action) const
{
    int count = 0;
    for (const AuditEvent &event : page()->model()->events())
        count += event.action == action ? 1 : 0;
    return count;
}

void ActivityPageTest::tokenReadAppearsLive()
{
    // Showing the page queries the audit trail.
    QSignalSpy queried(m_fixture.broker(), &Broker::auditQueried);
    m_window->showPage(MainWindow::ActivityPageIndex);
    QTRY_COMPARE_WITH_TIMEOUT(queried.size(), 1, 10000);
    const int readsBefore = rowsWithAction(QLatin1String(AuditAction::TokenRead));

    QCOMPARE(BrokerFixture::get(m_fixture.apiUrl(u"/api/tokens/"_s + m_sessionId)).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(rowsWithAction(QLatin1String(AuditAction::TokenRead)), readsBefore + 1, 10000);
    const AuditEvent *newest = page()->model()->eventAt(0);
    QVERIFY(newest);
    QCOMPARE(newest->action, QLatin1String(AuditAction::TokenRead));
    QCOMPARE(newest->outcome, QLatin1String(AuditOutcome::Ok));
    QVERIFY(m_sessionId.startsWith(newest->sessionPrefix));
    QVERIFY(newest->sessionPrefix.size() < m_sessionId.size());
    QCOMPARE(newest->remoteAddress, u"127.0.0.1"_s);
    // The table shows the connection by account and provider, not by id.
    QCOMPARE(page()->model()->index(0, AuditModel::ConnectionColumn).data().toString(), u"erin@example.test (Local OIDC (localoidc))"_s);
}

void ActivityPageTest::actionFilterNarrowsRows()
{
    m_window->showPage(MainWindow::ActivityPageIndex);
    chooseAction(QLatin1String(AuditAction::TokenRead));
    QTRY_VERIFY_WITH_TIMEOUT(page()->model()->rowCount() >= 1
                                 && rowsWithAction(QLatin1String(AuditAction::TokenRead)) == page()->model()->rowCount(),
                             10000);
    QCOMPARE(page()->filter().action, QLatin1String(AuditAction::TokenRead));

    // With a filter on agent_revoke, which nothing recorded, a live token read is not added.
    QSignalSpy queried(m_fixture.broker(), &Broker::auditQueried);
    chooseAction(QLatin1String(AuditAction::AgentRevoke));
    QTRY_VERIFY_WITH_TIMEOUT(!queried.isEmpty(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(page()->model()->rowCount(), 0, 10000);
    const int rows = page()->model()->rowCount();
    QSignalSpy written(m_fixture.broker(), &Broker::auditEventsWritten);
    QCOMPARE(BrokerFixture::get(m_fixture.apiUrl(u"/api/tokens/"_s + m_sessionId)).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty(), 10000);
    QTest::qWait(100);
    QCOMPARE(page()->model()->rowCount(), rows);

    // A session id that does not exist is a denied read, which the outcome filter finds.
    chooseAction(QString());
    QComboBox *outcome = childNamed<QComboBox>(page(), u"Filter by outcome"_s);
    QVERIFY(outcome);
    const int index = outcome->findData(QLatin1String(AuditOutcome::NotFound));
    QVERIFY(index >= 0);
    outcome->setCurrentIndex(index);
    Q_EMIT outcome->activated(index);
    QTest::qWait(200);
    const int notFoundBefore = page()->model()->rowCount();
    QCOMPARE(BrokerFixture::get(m_fixture.apiUrl(u"/api/tokens/00000000-0000-4000-8000-000000000000"_s)).status, 404);
    QTRY_COMPARE_WITH_TIMEOUT(page()->model()->rowCount(), notFoundBefore + 1, 10000);
    QCOMPARE(page()->model()->eventAt(0)->outcome, QLatin1String(AuditOutcome::NotFound));
    outcome->setCurrentIndex(0);
    Q_EMIT outcome->activated(0);
}

void ActivityPageTest::csvQuotesFields_data()
{
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QByteArray>("expectedField");

    QTest::newRow("plain") << u"INVALID_SCOPE"_s << QByteArray("INVALID_SCOPE");
    QTest::newRow("comma") << u"a,b"_s << QByteArray("\"a,b\"");
    QTest::newRow("double quote") << u"say \"hi\""_s << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("line break") << u"one\r\ntwo"_s << QByteArray("\"one\r\ntwo\"");
    QTest::newRow("formula") << u"=HYPERLINK(\"x\")"_s << QByteArray("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("non-ASCII") << u"Zoë 名前"_s << u"Zoë 名前"_s.toUtf8();
}

void ActivityPageTest::csvQuotesFields()
{
    QFETCH(QString, detail);
    QFETCH(QByteArray, expectedField);

    // A standalone model and page, so the hostile rows do not mix with the live ones.
    ActivityPage standalone(m_fixture.broker(), m_window->connectionsModel());
    AuditEvent event;
    event.id = 7;
    event.time = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
    event.action = QLatin1String(AuditAction::TokenRead);
    event.outcome = QLatin1String(AuditOutcome::Failed);
    event.sessionPrefix = u"abcd1234"_s;
    event.remoteAddress = u"127.0.0.1"_s;
    event.detail = detail;
    standalone.model()->setEvents({event});

    const QString path = m_exportDir.filePath(u"hostile.csv"_s);
    const Result<void> written = standalone.exportCsv(path);
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QCOMPARE(csv, QByteArray("id,time,action,outcome,agent_id,session,connection_id,remote_address,detail\r\n"
                             "7,2026-03-01T09:30:00.000Z,token_read,failed,,abcd1234,,127.0.0.1,")
                      + expectedField + "\r\n");
}

void ActivityPageTest::csvExportsShownRows()
{
    m_window->showPage(MainWindow::ActivityPageIndex);
    chooseAction(QLatin1String(AuditAction::TokenRead));
    QTRY_VERIFY_WITH_TIMEOUT(page()->model()->rowCount() >= 2
                                 && rowsWithAction(QLatin1String(AuditAction::TokenRead)) == page()->model()->rowCount(),
                             10000);
    QVERIFY(childNamed<QPushButton>(page(), u"Export the events shown as CSV"_s)->isEnabled());

    const QString path = m_exportDir.filePath(u"reads.csv"_s);
    const Result<void> written = page()->exportCsv(path);
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // A header, one line per row, and the empty piece after the last CRLF.
    QCOMPARE(lines.size(), page()->model()->rowCount() + 2);
    QVERIFY(lines.first().startsWith("id,time,action"));
    const QByteArray prefix = page()->model()->eventAt(0)->sessionPrefix.toUtf8();
    for (int i = 1; i < lines.size() - 1; ++i) {
        QVERIFY2(lines.at(i).contains(",token_read,"), lines.at(i).constData());
        QVERIFY(lines.at(i).endsWith('\r'));
        QVERIFY2(!lines.at(i).contains(m_sessionId.toUtf8()), "the export holds a whole session id");
    }
    // Oldest first, as a log reads: the newest row of the table is the last line.
    QVERIFY(lines.at(lines.size() - 2).contains(QByteArray("," + prefix + ",")));
    QVERIFY(!QFile::exists(m_exportDir.filePath(u"missing/dir/x.csv"_s)));
    QVERIFY(!page()->exportCsv(m_exportDir.filePath(u"missing/dir/x.csv"_s)).ok());
}

void ActivityPageTest::dashboardReceivesSamples()
{
    DashboardPage *dashboard = m_window->dashboardPage();
    QSignalSpy sampled(m_fixture.broker(), &Broker::metricsSampled);
    m_window->showPage(MainWindow::DashboardPageIndex);
    // Showing the page requests the history of the last 10 minutes.
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->history().size() >= 3, 10000);

    for (int i = 0; i < 20; ++i)
        QCOMPARE(BrokerFixture::get(m_fixture.apiUrl(u"/api/tokens/"_s + m_sessionId)).status, 200);
    const auto busySecond = [dashboard] {
        const QList<MetricsSample> &history = dashboard->history();
        return std::any_of(history.cbegin(), history.cend(), [](const MetricsSample &s) { return s.requestsPerSecond >= 5; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(busySecond(), 5000);
    double busiest = 0;
    for (const MetricsSample &sample : dashboard->history())
        busiest = qMax(busiest, sample.requestsPerSecond);
    QVERIFY2(busiest >= 5, qPrintable(QString::number(busiest)));
    QVERIFY(dashboard->headerText(u"latency"_s).endsWith(u" ms"_s));

    // One sample a second, whatever the number of requests.
    sampled.clear();
    QTest::qWait(2500);
    QVERIFY2(sampled.size() >= 2 && sampled.size() <= 3, qPrintable(QString::number(sampled.size())));
}

QTEST_MAIN(ActivityPageTest)
#include "tst_activitypage.moc"
