#include "ApiHarness.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAuditRoutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void sessionTrailAccess_data();
    void sessionTrailAccess();
    void sessionTrailShowsTokenReads();
    void sessionTrailPaging();
    void hostileQueries_data();
    void hostileQueries();
    void analyticsAccess_data();
    void analyticsAccess();
    void analyticsCounts();

private:
    QString errorCode(const ApiHarness::Reply &reply) const
    {
        return reply.json.value(u"error"_s).toObject().value(u"code"_s).toString();
    }

    // The key of a caller named in a data row; "none" has no key, "bogus" a well-formed
    // unknown one.
    QByteArray keyOf(const QString &who) const
    {
        if (who == u"admin"_s)
            return m_adminKey;
        if (who == u"creator"_s)
            return m_creatorKey;
        if (who == u"other"_s)
            return m_otherKey;
        if (who == u"bogus"_s)
            return "scak_" + QByteArray(43, 'A');
        return {};
    }

    ApiHarness m_api;
    QByteArray m_adminKey;
    QByteArray m_creatorKey;
    QByteArray m_otherKey;
    QString m_session;          // created by agent "creator"
    QString m_consoleSession;   // created in the console, no agent
};

void TestAuditRoutes::initTestCase()
{
    const QString error = m_api.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_adminKey = m_api.addAgent(u"admin"_s, true);
    m_creatorKey = m_api.addAgent(u"creator"_s, false);
    m_otherKey = m_api.addAgent(u"other"_s, false);
    m_session = m_api.addSession(u"conn-1"_s, u"creator"_s);
    m_consoleSession = m_api.addSession(u"conn-2"_s, QString());

    // Two token reads of each session, recorded by the token route.
    for (const QString &session : {m_session, m_session, m_consoleSession, m_consoleSession}) {
        const ApiHarness::Reply reply = m_api.get(u"/api/tokens/"_s + session);
        QCOMPARE(reply.status, 200);
    }
}

void TestAuditRoutes::sessionTrailAccess_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("session");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("no key") << u"none"_s << u"own"_s << 401 << u"AGENT_KEY_REQUIRED"_s;
    QTest::newRow("unknown key") << u"bogus"_s << u"own"_s << 401 << u"AGENT_KEY_INVALID"_s;
    QTest::newRow("creator reads its session") << u"creator"_s << u"own"_s << 200 << QString();
    QTest::newRow("admin reads any session") << u"admin"_s << u"own"_s << 200 << QString();
    QTest::newRow("admin reads a console session") << u"admin"_s << u"console"_s << 200 << QString();
    QTest::newRow("other agent is denied") << u"other"_s << u"own"_s << 403 << u"PERMISSION_DENIED"_s;
    QTest::newRow("console session denied to agents") << u"creator"_s << u"console"_s << 403 << u"PERMISSION_DENIED"_s;
    QTest::newRow("unknown session") << u"creator"_s << u"unknown"_s << 404 << u"SESSION_NOT_FOUND"_s;
    QTest::newRow("unknown session, admin") << u"admin"_s << u"unknown"_s << 404 << u"SESSION_NOT_FOUND"_s;
    QTest::newRow("malformed id") << u"admin"_s << u"not-a-uuid"_s << 400 << u"INVALID_SESSION_ID_FORMAT"_s;
}

void TestAuditRoutes::sessionTrailAccess()
{
    QFETCH(QString, who);
    QFETCH(QString, session);
    QFETCH(int, status);
    QFETCH(QString, code);

    const QByteArray key = keyOf(who);
    QString id = session;
    if (session == u"own"_s)
        id = m_session;
    else if (session == u"console"_s)
        id = m_consoleSession;
    else if (session == u"unknown"_s)
        id = u"0b5c5d6e-1f2a-4b3c-8d4e-5f6a7b8c9d0e"_s;

    const ApiHarness::Reply reply = m_api.get(u"/api/audit/"_s + id, key);
    QCOMPARE(reply.status, status);
    QCOMPARE(errorCode(reply), code);
    if (status == 200) {
        const QJsonObject data = reply.json.value(u"data"_s).toObject();
        QCOMPARE(data.value(u"count"_s).toInt(), 2);
        QCOMPARE(data.value(u"events"_s).toArray().size(), 2);
    }
}

void TestAuditRoutes::sessionTrailShowsTokenReads()
{
    const ApiHarness::Reply reply = m_api.get(u"/api/audit/"_s + m_session, m_creatorKey);
    QCOMPARE(reply.status, 200);
    const QJsonArray events = reply.json.value(u"data"_s).toObject().value(u"events"_s).toArray();
    QCOMPARE(events.size(), 2);

    const QJsonObject newest = events.at(0).toObject();
    QCOMPARE(newest.value(u"action"_s).toString(), u"token_read"_s);
    QCOMPARE(newest.value(u"outcome"_s).toString(), u"ok"_s);
    QCOMPARE(newest.value(u"agent_id"_s).toString(), u"creator"_s);
    QCOMPARE(newest.value(u"connection_id"_s).toString(), u"conn-1"_s);
    QCOMPARE(newest.value(u"remote_address"_s).toString(), u"127.0.0.1"_s);
    QCOMPARE(newest.value(u"session"_s).toString(), m_session.left(8));
    QVERIFY(QDateTime::fromString(newest.value(u"time"_s).toString(), Qt::ISODateWithMs).isValid());
    QVERIFY(newest.value(u"id"_s).toInteger() > events.at(1).toObject().value(u"id"_s).toInteger());

    // Neither the whole session id nor the token appears anywhere in the reply.
    QVERIFY(!reply.body.contains(m_session.toLatin1()));
    QVERIFY(!reply.body.contains("access-conn-1"));
}

void TestAuditRoutes::sessionTrailPaging()
{
    const ApiHarness::Reply first = m_api.get(u"/api/audit/%1?limit=1"_s.arg(m_session), m_creatorKey);
    QCOMPARE(first.status, 200);
    const QJsonArray page = first.json.value(u"data"_s).toObject().value(u"events"_s).toArray();
    QCOMPARE(page.size(), 1);
    const qint64 newestId = page.at(0).toObject().value(u"id"_s).toInteger();

    const ApiHarness::Reply second = m_api.get(u"/api/audit/%1?limit=1&before=%2"_s.arg(m_session).arg(newestId), m_creatorKey);
    QCOMPARE(second.status, 200);
    const QJsonArray next = second.json.value(u"data"_s).toObject().value(u"events"_s).toArray();
    QCOMPARE(next.size(), 1);
    QVERIFY(next.at(0).toObject().value(u"id"_s).toInteger() < newestId);
}

void TestAuditRoutes::hostileQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("parameter");

    QTest::newRow("huge limit") << u"limit=1000000"_s << u"limit"_s;
    QTest::newRow("limit over 19 digits") << u"limit=99999999999999999999999"_s << u"limit"_s;
    QTest::newRow("limit 0") << u"limit=0"_s << u"limit"_s;
    QTest::newRow("negative limit") << u"limit=-5"_s << u"limit"_s;
    QTest::newRow("limit with a sign") << u"limit=+5"_s << u"limit"_s;
    QTest::newRow("limit not a number") << u"limit=ten"_s << u"limit"_s;
    QTest::newRow("empty limit") << u"limit="_s << u"limit"_s;
    QTest::newRow("negative before") << u"before=-1"_s << u"before"_s;
    QTest::newRow("before with SQL") << u"before=1%20OR%201=1"_s << u"before"_s;
}

void TestAuditRoutes::hostileQueries()
{
    QFETCH(QString, query);
    QFETCH(QString, parameter);

    const ApiHarness::Reply reply = m_api.get(u"/api/audit/%1?%2"_s.arg(m_session, query), m_creatorKey);
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), u"INVALID_QUERY_PARAMETER"_s);
    QCOMPARE(reply.json.value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"parameter"_s).toString(),
             parameter);
}

void TestAuditRoutes::analyticsAccess_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("no key") << u"none"_s << QString() << 401 << u"AGENT_KEY_REQUIRED"_s;
    QTest::newRow("agent without admin") << u"creator"_s << QString() << 403 << u"PERMISSION_DENIED"_s;
    QTest::newRow("admin, default range") << u"admin"_s << QString() << 200 << QString();
    QTest::newRow("admin, explicit range") << u"admin"_s << u"since=2020-01-01T00:00:00Z&until=2100-01-01T00:00:00Z"_s
                                           << 200 << QString();
    QTest::newRow("date without time") << u"admin"_s << u"since=2020-01-01"_s << 200 << QString();
    QTest::newRow("hostile: bad since") << u"admin"_s << u"since=yesterday"_s << 400 << u"INVALID_QUERY_PARAMETER"_s;
    QTest::newRow("hostile: bad until") << u"admin"_s << u"until=2025-13-45T99:00:00Z"_s << 400
                                        << u"INVALID_QUERY_PARAMETER"_s;
    QTest::newRow("hostile: empty since") << u"admin"_s << u"since="_s << 400 << u"INVALID_QUERY_PARAMETER"_s;
    QTest::newRow("hostile: since after until") << u"admin"_s << u"since=2025-02-01T00:00:00Z&until=2025-01-01T00:00:00Z"_s
                                                << 400 << u"INVALID_QUERY_PARAMETER"_s;
}

void TestAuditRoutes::analyticsAccess()
{
    QFETCH(QString, who);
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, code);

    const QByteArray key = keyOf(who);
    const QString path = query.isEmpty() ? u"/api/audit/analytics"_s : u"/api/audit/analytics?"_s + query;
    const ApiHarness::Reply reply = m_api.get(path, key);
    QCOMPARE(reply.status, status);
    QCOMPARE(errorCode(reply), code);
}

void TestAuditRoutes::analyticsCounts()
{
    const ApiHarness::Reply reply = m_api.get(u"/api/audit/analytics"_s, m_adminKey);
    QCOMPARE(reply.status, 200);
    const QJsonObject data = reply.json.value(u"data"_s).toObject();
    QCOMPARE(data.value(u"total"_s).toInteger(), 4);
    QCOMPARE(data.value(u"by_action"_s).toObject().value(u"token_read"_s).toInteger(), 4);
    QCOMPARE(data.value(u"by_outcome"_s).toObject().value(u"ok"_s).toInteger(), 4);
    QCOMPARE(data.value(u"by_agent"_s).toObject().value(u"creator"_s).toInteger(), 2);
    QCOMPARE(data.value(u"by_connection"_s).toObject().value(u"conn-2"_s).toInteger(), 2);
    qint64 hourly = 0;
    const QJsonObject byHour = data.value(u"by_hour"_s).toObject();
    for (const QJsonValue &count : byHour)
        hourly += count.toInteger();
    QCOMPARE(hourly, 4);
}

QTEST_GUILESS_MAIN(TestAuditRoutes)
#include "tst_auditroutes.moc"
