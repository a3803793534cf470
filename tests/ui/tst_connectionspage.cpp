// Drives the Connections page through a connection that needs a new sign-in: the reason,
// the notification signal, Reconnect, and the access token's countdown text.

#include "Broker.h"
#include "ChildNamed.h"
#include "BrokerFixture.h"
#include "ConnectFlowDialog.h"
#include "ConnectionsModel.h"
#include "ConnectionsPage.h"
#include "MainWindow.h"
#include "connections/ConnectionKeys.h"

#include <QDesktopServices>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int AccessTokenTtlSeconds = 4;

RefreshPolicy testPolicy()
{
    RefreshPolicy policy;
    policy.onDemandMarginSeconds = 2;
    policy.proactiveCheckIntervalMs = 3600 * 1000;
    return policy;
}

} // namespace

class ConnectionsPageTest : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void openUrl(const QUrl &url) { m_openedUrls.append(url); }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void expiryText_data();
    void expiryText();
    void needsReauthOffersReconnect();
    void deniedSignInIsExplained();

private:
    BrokerFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
    QList<QUrl> m_openedUrls;
};

void ConnectionsPageTest::initTestCase()
{
    QDesktopServices::setUrlHandler(u"http"_s, this, "openUrl");
    m_fixture.setBeforeStart([this](Broker *broker) {
        m_window = std::make_unique<MainWindow>(broker);
        m_window->show();
    });
    OidcServer::Options options;
    options.accessTokenTtlSeconds = AccessTokenTtlSeconds;
    const QString started = m_fixture.start(options, testPolicy());
    QVERIFY2(started.isEmpty(), qPrintable(started));
}

void ConnectionsPageTest::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"http"_s);
    m_fixture.stopBroker();
    m_window.reset();
}

void ConnectionsPageTest::expiryText_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unknown") << qint64(-1000000) << u"Not stated"_s;
    QTest::newRow("expired") << qint64(-5) << u"Expired"_s;
    QTest::newRow("expires now") << qint64(0) << u"Expired"_s;
    QTest::newRow("one second") << qint64(1) << u"in 0:01"_s;
    QTest::newRow("under an hour") << qint64(59 * 60 + 7) << u"in 59:07"_s;
    // Without a translator, Qt leaves the %n plural in its source form.
    QTest::newRow("hours") << qint64(3 * 3600 + 20) << u"in 3 hour(s)"_s;
}

void ConnectionsPageTest::expiryText()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(QString, expected);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expiresAt = secondsLeft == -1000000 ? QDateTime() : now.addSecs(secondsLeft);
    QCOMPARE(ConnectionsModel::expiryText(expiresAt, now), expected);
}

void ConnectionsPageTest::needsReauthOffersReconnect()
{
    QString error;
    const QString sessionId = m_fixture.connectAccount(BrokerFixture::ProviderName, u"carol"_s, &error);
    QVERIFY2(!sessionId.isEmpty(), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionsModel()->rowCount(), 1, 10000);
    const QString connectionId = m_window->connectionsModel()->connectionAt(0)->id;

    ConnectionsPage *page = m_window->connectionsPage();
    m_window->showPage(MainWindow::ConnectionsPageIndex);
    page->view()->selectRow(0);
    QCOMPARE(page->detailText(), QString());
    QPushButton *reconnect = childNamed<QPushButton>(page, u"Reconnect the selected connection"_s);
    QVERIFY(reconnect);
    QVERIFY(!reconnect->isDefault());
    QSignalSpy needsSignIn(m_window.get(), &MainWindow::connectionNeedsSignIn);

    // The grant is revoked at the provider, so the next refresh gets invalid_grant.
    const QString refreshToken = BrokerFixture::readKeychain(ConnectionKeys::refreshToken(connectionId));
    const BrokerFixture::HttpResult revoked = BrokerFixture::postForm(
        QUrl(m_fixture.oidc().issuer() + u"/token/revocation"_s),
        {{u"token"_s, refreshToken}, {u"client_id"_s, BrokerFixture::ClientId}, {u"client_secret"_s, m_fixture.clientSecret()}});
    QCOMPARE(revoked.status, 200);
    QTest::qWait((AccessTokenTtlSeconds - testPolicy().onDemandMarginSeconds) * 1000 + 500);
    QCOMPARE(BrokerFixture::get(m_fixture.apiUrl(u"/api/tokens/"_s + sessionId)).status, 401);

    QTRY_COMPARE_WITH_TIMEOUT(needsSignIn.size(), 1, 10000);
    QCOMPARE(needsSignIn.first().at(0).toString(), connectionId);
    QCOMPARE(needsSignIn.first().at(2).toString(), u"carol@example.test"_s);
    QTRY_VERIFY(page->detailText().contains(u"Connect Local OIDC (localoidc) again"_s));
    QVERIFY(reconnect->isEnabled());
    QVERIFY(reconnect->isDefault());

    m_openedUrls.clear();
    QTest::mouseClick(reconnect, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_openedUrls.size(), 1, 10000);
    QVERIFY(m_openedUrls.first().toString().startsWith(m_fixture.oidc().issuer() + u"/auth?"_s));
    ConnectFlowDialog *flow = m_window->flowDialog(BrokerFixture::ProviderName);
    QVERIFY(flow);
    QTRY_COMPARE(flow->stage(), ConnectFlowDialog::Stage::WaitingForBrowser);

    // Signing in again brings the connection back to active.
    const QByteArray result = OidcServer::authorize(m_openedUrls.first().toString(QUrl::FullyEncoded),
                                                    {u"--login"_s, u"carol"_s}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(flow->stage(), ConnectFlowDialog::Stage::Connected, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionsModel()->connectionAt(0)->status, u"active"_s, 10000);
    QTRY_COMPARE(page->detailText(), QString());
}

void ConnectionsPageTest::deniedSignInIsExplained()
{
    m_openedUrls.clear();
    m_window->startConnect(BrokerFixture::ProviderName);
    QTRY_COMPARE_WITH_TIMEOUT(m_openedUrls.size(), 1, 10000);
    ConnectFlowDialog *flow = m_window->flowDialog(BrokerFixture::ProviderName);
    QVERIFY(flow);

    // The user presses "No" on the provider's consent page: access_denied on the callback.
    QString error;
    OidcServer::authorize(m_openedUrls.first().toString(QUrl::FullyEncoded), {u"--deny"_s}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(flow->stage(), ConnectFlowDialog::Stage::Failed, 10000);
    QVERIFY2(flow->message().contains(u"cancelled or refused at the provider"_s), qPrintable(flow->message()));
    QVERIFY(childNamed<QPushButton>(flow, u"Start the sign-in again"_s)->isVisible());
    QVERIFY(!childNamed<QPushButton>(flow, u"Cancel the sign-in"_s)->isVisible());
}

QTEST_MAIN(ConnectionsPageTest)
#include "tst_connectionspage.moc"
