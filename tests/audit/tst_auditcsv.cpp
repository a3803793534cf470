#include "audit/AuditCsv.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestAuditCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void field_data();
    void field();
    void formatWritesHeaderAndRows();
};

void TestAuditCsv::field_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << u"token_read"_s << QByteArray("token_read");
    QTest::newRow("empty") << QString() << QByteArray("");
    QTest::newRow("comma") << u"a,b"_s << QByteArray("\"a,b\"");
    QTest::newRow("double quote") << u"say \"hi\""_s << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("line feed") << u"one\ntwo"_s << QByteArray("\"one\ntwo\"");
    QTest::newRow("carriage return") << u"one\rtwo"_s << QByteArray("\"one\rtwo\"");
    QTest::newRow("non-ASCII as UTF-8") << u"Grüße"_s << QByteArray("Gr\xc3\xbc\xc3\x9f" "e");
    QTest::newRow("hostile: formula =") << u"=HYPERLINK(\"http://x\")"_s << QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("hostile: formula +") << u"+1+1"_s << QByteArray("'+1+1");
    QTest::newRow("hostile: formula -") << u"-2+3"_s << QByteArray("'-2+3");
    QTest::newRow("hostile: formula @") << u"@SUM(A1)"_s << QByteArray("'@SUM(A1)");
    QTest::newRow("hostile: formula with comma") << u"=1,2"_s << QByteArray("\"'=1,2\"");
    QTest::newRow("formula sign inside is kept") << u"a=b"_s << QByteArray("a=b");
    QTest::newRow("IPv6 address") << u"::1"_s << QByteArray("::1");
}

void TestAuditCsv::field()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(AuditCsv::field(value), expected);
}

void TestAuditCsv::formatWritesHeaderAndRows()
{
    AuditEvent event;
    event.id = 7;
    event.time = QDateTime(QDate(2025, 3, 1), QTime(10, 0, 0, 5), Qt::UTC);
    event.action = u"token_read"_s;
    event.outcome = u"ok"_s;
    event.agentId = u"agent-a"_s;
    event.sessionHash = "secret-hash-not-exported";
    event.sessionPrefix = u"abcd1234"_s;
    event.connectionId = u"conn-1"_s;
    event.remoteAddress = u"127.0.0.1"_s;
    event.detail = u"line one\nline \"two\""_s;

    const QByteArray csv = AuditCsv::format({event});
    const QByteArray expected =
        "id,time,action,outcome,agent_id,session,connection_id,remote_address,detail\r\n"
        "7,2025-03-01T10:00:00.005Z,token_read,ok,agent-a,abcd1234,conn-1,127.0.0.1,\"line one\nline \"\"two\"\"\"\r\n";
    QCOMPARE(csv, expected);
    QVERIFY(!csv.contains("secret-hash"));

    QCOMPARE(AuditCsv::format({}), QByteArray("id,time,action,outcome,agent_id,session,connection_id,remote_address,detail\r\n"));
}

QTEST_GUILESS_MAIN(TestAuditCsv)
#include "tst_auditcsv.moc"
