#include "oauth/Pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestPkce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void challengeS256_data();
    void challengeS256();
    void methodIsS256();
    void generatedPairIsConsistent();
    void generatedVerifierFormat();
    void generatedVerifiersDiffer();
};

void TestPkce::challengeS256_data()
{
    QTest::addColumn<QByteArray>("verifier");
    QTest::addColumn<QByteArray>("challenge");

    QTest::newRow("RFC 7636 appendix B")
        << "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_ba
        << "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_ba;
    // SHA-256 of the empty string, which also shows that no padding is appended.
    QTest::newRow("empty verifier") << QByteArray() << "47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU"_ba;
}

void TestPkce::challengeS256()
{
    QFETCH(QByteArray, verifier);
    QFETCH(QByteArray, challenge);

    QCOMPARE(Pkce::challengeS256(verifier), challenge);
}

void TestPkce::methodIsS256()
{
    QCOMPARE(Pkce::method(), "S256"_ba);
}

void TestPkce::generatedPairIsConsistent()
{
    const Pkce pkce = Pkce::generate();

    QCOMPARE(pkce.challenge, Pkce::challengeS256(pkce.verifier));
    QCOMPARE(pkce.challenge.size(), 43);
    QVERIFY(pkce.challenge != pkce.verifier);
}

void TestPkce::generatedVerifierFormat()
{
    // RFC 7636 section 4.1 allows [A-Za-z0-9-._~], and base64url uses a subset of it.
    static const QRegularExpression base64Url(u"^[A-Za-z0-9_-]{43}$"_s);

    for (int i = 0; i < 50; ++i) {
        const QByteArray verifier = Pkce::generate().verifier;
        QCOMPARE(verifier.size(), 43);
        QVERIFY2(base64Url.match(QString::fromLatin1(verifier)).hasMatch(), verifier.constData());
    }
}

void TestPkce::generatedVerifiersDiffer()
{
    QSet<QByteArray> verifiers;
    for (int i = 0; i < 100; ++i)
        verifiers.insert(Pkce::generate().verifier);

    QCOMPARE(verifiers.size(), 100);
}

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
