// Maps the connect flow's error codes to the explanations the flow dialog shows.

#include "FlowErrorText.h"

#include <QTest>

using namespace Qt::StringLiterals;

class FlowErrorTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explainsCode_data();
    void explainsCode();
};

void FlowErrorTextTest::explainsCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expectedPart");

    QTest::newRow("access_denied at the callback") << u"AUTHORIZATION_DENIED"_s
                                                   << u"Authorization was cancelled at the provider"_s
                                                   << u"cancelled or refused at the provider"_s;
    QTest::newRow("invalid_client at the token endpoint") << u"OAUTH_INVALID_CLIENT"_s << u"x"_s
                                                          << u"client id or client secret"_s;
    QTest::newRow("invalid_scope") << u"PROVIDER_INVALID_SCOPE"_s
                                   << u"The provider returned the error invalid_scope: nope"_s << u"requested scopes"_s;
    QTest::newRow("invalid_client") << u"PROVIDER_INVALID_CLIENT"_s << u"x"_s << u"client id or client secret"_s;
    QTest::newRow("access_denied at the token endpoint") << u"OAUTH_ACCESS_DENIED"_s << u"x"_s
                                                         << u"cancelled or refused at the provider"_s;
    QTest::newRow("invalid_scope only in the message")
        << u"AUTHORIZATION_FAILED"_s << u"The provider returned the error invalid_scope: nope"_s << u"invalid_scope"_s;
    QTest::newRow("invalid_scope at the token endpoint") << u"OAUTH_INVALID_SCOPE"_s << u"x"_s << u"requested scopes"_s;
    QTest::newRow("other callback error keeps the message")
        << u"AUTHORIZATION_FAILED"_s << u"The provider returned the error login_required"_s << u"login_required"_s;
    QTest::newRow("timeout") << u"FLOW_TIMED_OUT"_s << u"x"_s << u"in time"_s;
    QTest::newRow("unknown code keeps the message") << u"SOMETHING_NEW"_s << u"Disk full"_s << u"Disk full"_s;
    QTest::newRow("message posing as another error")
        << u"AUTHORIZATION_FAILED"_s << u"error invalid_client; The provider returned the error x"_s
        << u"did not grant access"_s;
}

void FlowErrorTextTest::explainsCode()
{
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, expectedPart);

    const QString text = FlowErrorText::explain(Error{code, message});
    QVERIFY2(text.contains(expectedPart), qPrintable(text));
}

QTEST_MAIN(FlowErrorTextTest)
#include "tst_flowerrortext.moc"
