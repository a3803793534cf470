#include "audit/AuditLog.h"
#include "audit/AuditQuery.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The fixed trail every test reads, oldest first; `detail` names each event.
const QDateTime Base = QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC);

struct Row
{
    const char *detail;
    int minutesAfterBase;
    const char *agent;
    const char *connection;
    const char *action;
    const char *outcome;
    const char *sessionHash;
};

const Row Rows[] = {
    {"e1", 0, "agent-a", "conn-1", AuditAction::TokenRead, AuditOutcome::Ok, "hash-1"},
    {"e2", 10, "agent-a", "conn-1", AuditAction::TokenRead, AuditOutcome::NotFound, "hash-1"},
    {"e3", 20, "agent-b", "conn-2", AuditAction::TokenRead, AuditOutcome::Ok, "hash-2"},
    {"e4", 70, "", "conn-1", AuditAction::TokenRefresh, AuditOutcome::Ok, ""},
    {"e5", 80, "agent-b", "conn-2", AuditAction::TokenRefresh, AuditOutcome::Failed, ""},
    {"e6", 130, "agent-a", "conn-2", AuditAction::SessionRevoke, AuditOutcome::Ok, "hash-2"},
};

} // namespace

class TestAuditQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void filters_data();
    void filters();
    void beforeIdPagesWithoutGaps();
    void invalidFilters_data();
    void invalidFilters();
    void analyticsCounts();
    void analyticsEmptyRange();

private:
    QTemporaryDir m_dir;
    Database m_database;
    std::unique_ptr<AuditQuery> m_query;
};

void TestAuditQuery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Result<void> opened = m_database.open(m_dir.filePath(u"audit.db"_s));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));

    AuditLog log(m_database);
    for (const Row &row : Rows) {
        AuditEvent event;
        event.time = Base.addSecs(row.minutesAfterBase * 60);
        event.agentId = QLatin1String(row.agent);
        event.connectionId = QLatin1String(row.connection);
        event.action = QLatin1String(row.action);
        event.outcome = QLatin1String(row.outcome);
        event.sessionHash = row.sessionHash;
        event.sessionPrefix = u"abcd1234"_s;
        event.remoteAddress = u"127.0.0.1"_s;
        event.detail = QLatin1String(row.detail);
        log.record(event);
    }
    log.flush();
    m_query = std::make_unique<AuditQuery>(m_database);
}

void TestAuditQuery::filters_data()
{
    QTest::addColumn<AuditFilter>("filter");
    QTest::addColumn<QStringList>("details");

    AuditFilter all;
    QTest::newRow("all, newest first") << all << QStringList{u"e6"_s, u"e5"_s, u"e4"_s, u"e3"_s, u"e2"_s, u"e1"_s};

    AuditFilter session;
    session.sessionHash = "hash-2";
    QTest::newRow("by session hash") << session << QStringList{u"e6"_s, u"e3"_s};

    AuditFilter connection;
    connection.connectionId = u"conn-1"_s;
    QTest::newRow("by connection") << connection << QStringList{u"e4"_s, u"e2"_s, u"e1"_s};

    AuditFilter agent;
    agent.agentId = u"agent-b"_s;
    QTest::newRow("by agent") << agent << QStringList{u"e5"_s, u"e3"_s};

    AuditFilter action;
    action.action = QLatin1String(AuditAction::TokenRefresh);
    QTest::newRow("by action") << action << QStringList{u"e5"_s, u"e4"_s};

    AuditFilter outcome;
    outcome.outcome = QLatin1String(AuditOutcome::Ok);
    outcome.action = QLatin1String(AuditAction::TokenRead);
    QTest::newRow("by action and outcome") << outcome << QStringList{u"e3"_s, u"e1"_s};

    AuditFilter range;
    range.since = Base.addSecs(10 * 60);
    range.until = Base.addSecs(80 * 60);
    QTest::newRow("time range: since inclusive, until exclusive") << range << QStringList{u"e4"_s, u"e3"_s, u"e2"_s};

    AuditFilter limited;
    limited.limit = 2;
    QTest::newRow("limit") << limited << QStringList{u"e6"_s, u"e5"_s};

    AuditFilter offset;
    offset.limit = 2;
    offset.offset = 2;
    QTest::newRow("offset") << offset << QStringList{u"e4"_s, u"e3"_s};

    AuditFilter pastEnd;
    pastEnd.offset = 100;
    QTest::newRow("offset past the end") << pastEnd << QStringList{};

    AuditFilter noMatch;
    noMatch.agentId = u"agent-a' OR '1'='1"_s;
    QTest::newRow("hostile: quote in a value matches nothing") << noMatch << QStringList{};
}

void TestAuditQuery::filters()
{
    QFETCH(AuditFilter, filter);
    QFETCH(QStringList, details);

    const Result<QList<AuditEvent>> events = m_query->events(filter);
    QVERIFY2(events, qPrintable(events ? QString() : events.error().message));
    QStringList actual;
    for (const AuditEvent &event : events.value())
        actual.append(event.detail);
    QCOMPARE(actual, details);
}

void TestAuditQuery::beforeIdPagesWithoutGaps()
{
    AuditFilter filter;
    filter.limit = 4;
    const Result<QList<AuditEvent>> first = m_query->events(filter);
    QVERIFY(first);
    QCOMPARE(first.value().size(), 4);

    filter.beforeId = first.value().last().id;
    const Result<QList<AuditEvent>> second = m_query->events(filter);
    QVERIFY(second);
    QCOMPARE(second.value().size(), 2);
    QCOMPARE(second.value().at(0).detail, u"e2"_s);
    QCOMPARE(second.value().at(1).detail, u"e1"_s);
    QCOMPARE(second.value().at(1).time, Base);
    QCOMPARE(second.value().at(1).sessionHash, QByteArray("hash-1"));
}

void TestAuditQuery::invalidFilters_data()
{
    QTest::addColumn<AuditFilter>("filter");
    QTest::addColumn<QString>("field");

    AuditFilter zero;
    zero.limit = 0;
    QTest::newRow("limit 0") << zero << u"limit"_s;
    AuditFilter huge;
    huge.limit = AuditFilter::MaxLimit + 1;
    QTest::newRow("limit over the maximum") << huge << u"limit"_s;
    AuditFilter negativeOffset;
    negativeOffset.offset = -1;
    QTest::newRow("negative offset") << negativeOffset << u"offset"_s;
    AuditFilter negativeBefore;
    negativeBefore.beforeId = -5;
    QTest::newRow("negative before") << negativeBefore << u"before"_s;
    AuditFilter reversed;
    reversed.since = Base.addDays(1);
    reversed.until = Base;
    QTest::newRow("since after until") << reversed << u"since"_s;
}

void TestAuditQuery::invalidFilters()
{
    QFETCH(AuditFilter, filter);
    QFETCH(QString, field);

    const Result<QList<AuditEvent>> events = m_query->events(filter);
    QVERIFY(!events);
    QCOMPARE(events.error().code, u"INVALID_AUDIT_FILTER"_s);
    QVERIFY2(events.error().message.startsWith(field), qPrintable(events.error().message));
}

void TestAuditQuery::analyticsCounts()
{
    const Result<AuditAnalytics> result = m_query->analytics(Base, Base.addSecs(120 * 60));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    const AuditAnalytics &analytics = result.value();

    QCOMPARE(analytics.total, qint64(5));
    QCOMPARE(analytics.byAction.value(u"token_read"_s), qint64(3));
    QCOMPARE(analytics.byAction.value(u"token_refresh"_s), qint64(2));
    QVERIFY(!analytics.byAction.contains(u"session_revoke"_s));
    QCOMPARE(analytics.byOutcome.value(u"ok"_s), qint64(3));
    QCOMPARE(analytics.byOutcome.value(u"not_found"_s), qint64(1));
    QCOMPARE(analytics.byOutcome.value(u"failed"_s), qint64(1));
    QCOMPARE(analytics.byAgent.value(u"agent-a"_s), qint64(2));
    QCOMPARE(analytics.byAgent.value(u"agent-b"_s), qint64(2));
    QCOMPARE(analytics.byAgent.value(QString()), qint64(1));
    QCOMPARE(analytics.byConnection.value(u"conn-1"_s), qint64(3));
    QCOMPARE(analytics.byConnection.value(u"conn-2"_s), qint64(2));
    QCOMPARE(analytics.byHour.value(u"2025-03-01T10:00:00Z"_s), qint64(3));
    QCOMPARE(analytics.byHour.value(u"2025-03-01T11:00:00Z"_s), qint64(2));
    QCOMPARE(analytics.byHour.size(), 2);
}

void TestAuditQuery::analyticsEmptyRange()
{
    const Result<AuditAnalytics> result = m_query->analytics(Base.addDays(-2), Base.addDays(-1));
    QVERIFY(result);
    QCOMPARE(result.value().total, qint64(0));
    QVERIFY(result.value().byAction.isEmpty());

    const Result<AuditAnalytics> reversed = m_query->analytics(Base, Base.addDays(-1));
    QVERIFY(!reversed);
    QCOMPARE(reversed.error().code, u"INVALID_AUDIT_FILTER"_s);
}

QTEST_GUILESS_MAIN(TestAuditQuery)
#include "tst_auditquery.moc"
