// AgentKey: the form of generated and presented agent keys, and their hash.

#include "agents/AgentKey.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class AgentKeyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedKeyIsWellFormed();
    void generatedKeysDiffer();
    void isWellFormed_data();
    void isWellFormed();
    void hashIsHexSha256();
};

void AgentKeyTest::generatedKeyIsWellFormed()
{
    const QString key = AgentKey::generate();
    QVERIFY(key.startsWith(u"scak_"_s));
    QCOMPARE(key.size(), 5 + 43);
    QVERIFY(AgentKey::isWellFormed(key.toLatin1()));
}

void AgentKeyTest::generatedKeysDiffer()
{
    QSet<QString> keys;
    for (int i = 0; i < 1000; ++i)
        keys.insert(AgentKey::generate());
    QCOMPARE(keys.size(), 1000);
}

void AgentKeyTest::isWellFormed_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("wellFormed");

    const QByteArray body(43, 'A');
    QTest::newRow("prefix and 43 characters") << QByteArray("scak_" + body) << true;
    QTest::newRow("base64url alphabet") << QByteArray("scak_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN-_0") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("prefix only") << QByteArray("scak_") << false;
    QTest::newRow("42 characters") << QByteArray("scak_" + body.left(42)) << false;
    QTest::newRow("44 characters") << QByteArray("scak_" + body + 'A') << false;
    QTest::newRow("upper-case prefix") << QByteArray("SCAK_" + body) << false;
    QTest::newRow("other prefix") << QByteArray("sk_x_" + body) << false;
    QTest::newRow("standard base64 plus") << QByteArray("scak_" + body.left(42) + '+') << false;
    QTest::newRow("padding") << QByteArray("scak_" + body.left(42) + '=') << false;
    QTest::newRow("space inside") << QByteArray("scak_" + body.left(20) + ' ' + body.left(22)) << false;
    QTest::newRow("NUL inside") << QByteArray("scak_" + body.left(20) + '\0' + body.left(22)) << false;
    QTest::newRow("non-ASCII byte") << QByteArray("scak_" + body.left(42) + '\xc3') << false;
}

void AgentKeyTest::isWellFormed()
{
    QFETCH(QByteArray, key);
    QFETCH(bool, wellFormed);
    QCOMPARE(AgentKey::isWellFormed(key), wellFormed);
}

void AgentKeyTest::hashIsHexSha256()
{
    // SHA-256 of "abc" (FIPS 180-2, appendix B.1).
    QCOMPARE(AgentKey::hash("abc"), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    const QString key = AgentKey::generate();
    QCOMPARE(AgentKey::hash(key.toLatin1()), AgentKey::hash(key.toLatin1()));
    QVERIFY(AgentKey::hash(key.toLatin1()) != AgentKey::hash(AgentKey::generate().toLatin1()));
}

QTEST_GUILESS_MAIN(AgentKeyTest)
#include "tst_agentkey.moc"
