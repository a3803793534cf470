#include "audit/AuditLog.h"
#include "audit/AuditQuery.h"
#include "store/Database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

AuditEvent makeEvent(const QString &detail, const QDateTime &time = {})
{
    AuditEvent event;
    event.time = time;
    event.action = QLatin1String(AuditAction::TokenRead);
    event.outcome = QLatin1String(AuditOutcome::Ok);
    event.connectionId = u"conn-1"_s;
    event.detail = detail;
    return event;
}

qint64 rowCount(Database &database)
{
    QSqlQuery query(database.handle());
    if (!query.exec(u"SELECT COUNT(*) FROM audit_events"_s) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QStringList storedDetails(Database &database)
{
    QStringList details;
    QSqlQuery query(database.handle());
    query.exec(u"SELECT detail FROM audit_events ORDER BY id"_s);
    while (query.next())
        details.append(query.value(0).toString());
    return details;
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void recordsFromThreadsInOneFlush();
    void flushAssignsIds();
    void queueBoundDropsOldest();
    void failureFloodSummarized();
    void retention_data();
    void retention();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestAuditLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    const Result<void> opened = m_database->open(m_dir->filePath(u"audit.db"_s));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
}

void TestAuditLog::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestAuditLog::recordsFromThreadsInOneFlush()
{
    AuditLog log(*m_database);
    QSignalSpy written(&log, &AuditLog::eventsWritten);

    constexpr int Threads = 4;
    constexpr int PerThread = 500;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back(QThread::create([&log, t] {
            for (int i = 0; i < PerThread; ++i)
                log.record(makeEvent(u"%1-%2"_s.arg(t).arg(i)));
        }));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        QVERIFY(thread->wait(10000));

    log.flush();
    QCOMPARE(written.size(), 1);
    const auto batch = written.at(0).at(0).value<QList<AuditEvent>>();
    QCOMPARE(batch.size(), Threads * PerThread);
    QCOMPARE(rowCount(*m_database), qint64(Threads * PerThread));
    QCOMPARE(log.eventsWrittenTotal(), quint64(Threads * PerThread));
    QCOMPARE(log.eventsDroppedTotal(), quint64(0));

    // Each thread's events keep their order within the batch.
    for (int t = 0; t < Threads; ++t) {
        int expected = 0;
        for (const AuditEvent &event : batch) {
            if (event.detail.startsWith(u"%1-"_s.arg(t))) {
                QCOMPARE(event.detail, u"%1-%2"_s.arg(t).arg(expected));
                ++expected;
            }
        }
        QCOMPARE(expected, PerThread);
    }

    log.flush();
    QCOMPARE(written.size(), 1);
}

void TestAuditLog::flushAssignsIds()
{
    AuditLog log(*m_database);
    QSignalSpy written(&log, &AuditLog::eventsWritten);
    log.record(makeEvent(u"first"_s));
    log.record(makeEvent(u"second"_s));
    log.flush();

    QCOMPARE(written.size(), 1);
    const auto batch = written.at(0).at(0).value<QList<AuditEvent>>();
    QCOMPARE(batch.size(), 2);
    QVERIFY(batch.at(0).id > 0);
    QCOMPARE(batch.at(1).id, batch.at(0).id + 1);
    QVERIFY(batch.at(0).time.isValid());
}

void TestAuditLog::queueBoundDropsOldest()
{
    AuditLog log(*m_database);
    log.setQueueCapacity(10);
    for (int i = 0; i < 25; ++i)
        log.record(makeEvent(QString::number(i)));
    QCOMPARE(log.eventsDroppedTotal(), quint64(15));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Dropped 15 audit events because more than 10"_s));
    log.flush();

    QStringList expected;
    for (int i = 15; i < 25; ++i)
        expected.append(QString::number(i));
    QCOMPARE(storedDetails(*m_database), expected);
    QCOMPARE(log.eventsWrittenTotal(), quint64(10));
}

void TestAuditLog::failureFloodSummarized()
{
    AuditLog log(*m_database);
    // One second, so the per-second limit applies to all of them.
    const QDateTime second = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 500; ++i) {
        AuditEvent event = makeEvent(u"probe"_s, second);
        event.outcome = QLatin1String(AuditOutcome::NotFound);
        event.remoteAddress = u"127.0.0.1"_s;
        log.record(event);
    }
    // Successful reads are never left out.
    for (int i = 0; i < 300; ++i)
        log.record(makeEvent(u"read"_s, second));
    log.flush();

    const QStringList details = storedDetails(*m_database);
    QCOMPARE(details.count(u"probe"_s), AuditLog::FailuresPerSecond);
    QCOMPARE(details.count(u"read"_s), 300);
    const QStringList summaries = details.filter(u"more like this not recorded"_s);
    QCOMPARE(summaries.size(), 1);
    QVERIFY2(summaries.first().startsWith(QString::number(500 - AuditLog::FailuresPerSecond) + u' '), qPrintable(summaries.first()));
}

void TestAuditLog::retention_data()
{
    QTest::addColumn<int>("maxAgeDays");
    QTest::addColumn<qint64>("maxEvents");
    QTest::addColumn<QList<int>>("ageDaysOfEvents");
    QTest::addColumn<QStringList>("kept");

    // Events are recorded oldest first and named by their index.
    QTest::newRow("nothing to prune") << 90 << qint64(100) << QList<int>{10, 5, 0} << QStringList{u"0"_s, u"1"_s, u"2"_s};
    QTest::newRow("older than the age limit") << 30 << qint64(100) << QList<int>{120, 31, 29, 0}
                                              << QStringList{u"2"_s, u"3"_s};
    QTest::newRow("over the row limit keeps the newest") << 90 << qint64(2) << QList<int>{3, 2, 1, 0}
                                                         << QStringList{u"2"_s, u"3"_s};
    QTest::newRow("both limits") << 10 << qint64(2) << QList<int>{20, 15, 3, 2, 1}
                                 << QStringList{u"3"_s, u"4"_s};
    QTest::newRow("row limit of one") << 90 << qint64(1) << QList<int>{1, 0} << QStringList{u"1"_s};
}

void TestAuditLog::retention()
{
    QFETCH(int, maxAgeDays);
    QFETCH(qint64, maxEvents);
    QFETCH(QList<int>, ageDaysOfEvents);
    QFETCH(QStringList, kept);

    AuditLog log(*m_database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < ageDaysOfEvents.size(); ++i)
        log.record(makeEvent(QString::number(i), now.addDays(-ageDaysOfEvents.at(i)).addSecs(-60)));
    log.flush();
    QCOMPARE(rowCount(*m_database), qint64(ageDaysOfEvents.size()));

    log.setRetention(AuditLog::Retention{maxAgeDays, maxEvents});
    const Result<void> pruned = log.prune();
    QVERIFY2(pruned, qPrintable(pruned ? QString() : pruned.error().message));
    QCOMPARE(storedDetails(*m_database), kept);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
