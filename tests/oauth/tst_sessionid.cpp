#include "oauth/SessionId.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestSessionId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedIdsAreValidAndDistinct();
    void isValid_data();
    void isValid();
    void normalizedLowerCases();
    void hashIsStableHexSha256();
    void hashIgnoresLetterCase();
    void hashDiffersBetweenIds();
    void prefix_data();
    void prefix();
};

void TestSessionId::generatedIdsAreValidAndDistinct()
{
    QSet<QString> ids;
    for (int i = 0; i < 100; ++i) {
        const QString id = SessionId::generate();
        QVERIFY2(SessionId::isValid(id), qPrintable(id));
        QCOMPARE(id, id.toLower());
        ids.insert(id);
    }
    QCOMPARE(ids.size(), 100);
}

void TestSessionId::isValid_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");

    QTest::newRow("version 4 lower-case") << u"f47ac10b-58cc-4372-a567-0e02b2c3d479"_s << true;
    QTest::newRow("version 4 upper-case") << u"F47AC10B-58CC-4372-A567-0E02B2C3D479"_s << true;
    QTest::newRow("version 4 mixed case") << u"f47AC10b-58cC-4372-a567-0E02b2c3D479"_s << true;
    QTest::newRow("variant 8") << u"f47ac10b-58cc-4372-8567-0e02b2c3d479"_s << true;
    QTest::newRow("variant 9") << u"f47ac10b-58cc-4372-9567-0e02b2c3d479"_s << true;
    QTest::newRow("variant b") << u"f47ac10b-58cc-4372-b567-0e02b2c3d479"_s << true;
    QTest::newRow("variant upper-case B") << u"f47ac10b-58cc-4372-B567-0e02b2c3d479"_s << true;

    QTest::newRow("version 1") << u"c232ab00-9414-11ec-b3c8-9f6bdeced846"_s << false;
    QTest::newRow("version 7") << u"017f22e2-79b0-7cc3-98c4-dc0c0c07398f"_s << false;
    QTest::newRow("nil uuid") << u"00000000-0000-0000-0000-000000000000"_s << false;
    QTest::newRow("variant c") << u"f47ac10b-58cc-4372-c567-0e02b2c3d479"_s << false;
    QTest::newRow("variant 7") << u"f47ac10b-58cc-4372-7567-0e02b2c3d479"_s << false;
    QTest::newRow("braces") << u"{f47ac10b-58cc-4372-a567-0e02b2c3d479}"_s << false;
    QTest::newRow("urn prefix") << u"urn:uuid:f47ac10b-58cc-4372-a567-0e02b2c3d479"_s << false;
    QTest::newRow("35 characters") << u"f47ac10b-58cc-4372-a567-0e02b2c3d47"_s << false;
    QTest::newRow("37 characters") << u"f47ac10b-58cc-4372-a567-0e02b2c3d4790"_s << false;
    QTest::newRow("leading space") << u" f47ac10b-58cc-4372-a567-0e02b2c3d479"_s << false;
    QTest::newRow("trailing newline") << u"f47ac10b-58cc-4372-a567-0e02b2c3d479\n"_s << false;
    QTest::newRow("space inside, 36 characters") << u"f47ac10b-58cc-4372-a567-0e02b2c3d 79"_s << false;
    QTest::newRow("no dashes") << u"f47ac10b58cc4372a5670e02b2c3d479"_s << false;
    QTest::newRow("dashes moved, 36 characters") << u"f47ac10b5-8cc-4372-a567-0e02b2c3d479"_s << false;
    QTest::newRow("non-hex letter") << u"g47ac10b-58cc-4372-a567-0e02b2c3d479"_s << false;
    QTest::newRow("full-width digit") << u"\uff14" "47ac10b-58cc-4372-a567-0e02b2c3d479"_s << false;
    QTest::newRow("NUL byte, 36 characters") << QString(u"f47ac10b-58cc-4372-a567-0e02b2c3d47"_s + QChar(0)) << false;
    QTest::newRow("path traversal") << u"../../etc/passwd"_s << false;
    QTest::newRow("10000 characters") << QString(10000, u'a') << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSessionId::isValid()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);

    QCOMPARE(SessionId::isValid(id), valid);
}

void TestSessionId::normalizedLowerCases()
{
    QCOMPARE(SessionId::normalized(u"F47AC10B-58CC-4372-A567-0E02B2C3D479"), u"f47ac10b-58cc-4372-a567-0e02b2c3d479"_s);
    QCOMPARE(SessionId::normalized(u"f47ac10b-58cc-4372-a567-0e02b2c3d479"), u"f47ac10b-58cc-4372-a567-0e02b2c3d479"_s);
}

void TestSessionId::hashIsStableHexSha256()
{
    static const QRegularExpression lowerHex(u"^[0-9a-f]{64}$"_s);
    const QString id = u"f47ac10b-58cc-4372-a567-0e02b2c3d479"_s;

    const QByteArray hash = SessionId::hash(id);
    QVERIFY(lowerHex.match(QString::fromLatin1(hash)).hasMatch());
    QCOMPARE(SessionId::hash(id), hash);
    // SHA-256 of the UTF-8 id, computed with Python's hashlib.
    QCOMPARE(hash, "8f400c257611ed5d30c0e6607ac61074307dfa24cf70a8e92c3e8147d67d2c70"_ba);
}

void TestSessionId::hashIgnoresLetterCase()
{
    QCOMPARE(SessionId::hash(u"F47AC10B-58CC-4372-A567-0E02B2C3D479"),
             SessionId::hash(u"f47ac10b-58cc-4372-a567-0e02b2c3d479"));
}

void TestSessionId::hashDiffersBetweenIds()
{
    const QString first = SessionId::generate();
    const QString second = SessionId::generate();

    QVERIFY(SessionId::hash(first) != SessionId::hash(second));
    QVERIFY(!SessionId::hash(first).contains(first.toLatin1()));
}

void TestSessionId::prefix_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("prefix");

    QTest::newRow("valid id") << u"f47ac10b-58cc-4372-a567-0e02b2c3d479"_s << u"f47ac10b"_s;
    QTest::newRow("upper-case id") << u"F47AC10B-58CC-4372-A567-0E02B2C3D479"_s << u"f47ac10b"_s;
    QTest::newRow("short input") << u"ab"_s << u"ab"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("path traversal") << u"../../etc/passwd"_s << u"??????e?"_s;
    QTest::newRow("log line injection") << u"ab\r\nFAKE: entry"_s << u"ab??fa?e"_s;
    QTest::newRow("dotted capital I") << u"\u0130\u0130\u0130\u0130\u0130\u0130\u0130\u0130\u0130"_s << u"????????"_s;
}

void TestSessionId::prefix()
{
    QFETCH(QString, id);
    QFETCH(QString, prefix);

    QCOMPARE(SessionId::prefix(id), prefix);
}

QTEST_GUILESS_MAIN(TestSessionId)
#include "tst_sessionid.moc"
