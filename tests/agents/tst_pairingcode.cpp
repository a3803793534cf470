// PairingCode: the code a person compares and types to approve a pairing request.

#include "agents/PairingCode.h"

#include "core/Random.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class PairingCodeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codeHasDisplayForm();
    void codeFollowsRequestId();
    void normalized_data();
    void normalized();
};

void PairingCodeTest::codeHasDisplayForm()
{
    const QRegularExpression form(u"^[3467ACDEFGHJKMNPQRTWXY9]{4}-[3467ACDEFGHJKMNPQRTWXY9]{4}$"_s);
    for (int i = 0; i < 200; ++i) {
        const QString code = PairingCode::fromRequestId(Random::uuid4());
        QVERIFY2(form.match(code).hasMatch(), qPrintable(code));
        QCOMPARE(PairingCode::normalized(code), code);
    }
}

void PairingCodeTest::codeFollowsRequestId()
{
    const QString id = Random::uuid4();
    QCOMPARE(PairingCode::fromRequestId(id), PairingCode::fromRequestId(id));
    QVERIFY(PairingCode::fromRequestId(id) != PairingCode::fromRequestId(Random::uuid4()));
}

void PairingCodeTest::normalized_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("display form") << u"ACDE-FG34"_s << u"ACDE-FG34"_s;
    QTest::newRow("lower case") << u"acde-fg34"_s << u"ACDE-FG34"_s;
    QTest::newRow("without dash") << u"ACDEFG34"_s << u"ACDE-FG34"_s;
    QTest::newRow("spaces") << u" ACDE FG34 "_s << u"ACDE-FG34"_s;
    QTest::newRow("look-alike zero") << u"ACDE-FG30"_s << QString();
    QTest::newRow("look-alike O") << u"OCDE-FG34"_s << QString();
    QTest::newRow("seven characters") << u"ACDE-FG3"_s << QString();
    QTest::newRow("nine characters") << u"ACDE-FG344"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("non-ASCII letter") << u"ÄCDE-FG34"_s << QString();
    QTest::newRow("SQL wildcard") << u"ACDE-FG3%"_s << QString();
    QTest::newRow("newline between halves") << u"ACDE\nFG34"_s << u"ACDE-FG34"_s;
}

void PairingCodeTest::normalized()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(PairingCode::normalized(input), expected);
}

QTEST_GUILESS_MAIN(PairingCodeTest)
#include "tst_pairingcode.moc"
