// The connection list of the main window against a real broker and the OpenID Connect test
// server: the status column shows a connection that needs a new sign-in, with the reason in
// its tool tip, and the Disconnect button requires a confirmation before removing it.

#include "BrokerFixture.h"

#include "Broker.h"
#include "ConnectionsModel.h"
#include "MainWindow.h"
#include "connections/ConnectionKeys.h"

#include <QApplication>
#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

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

QPushButton *buttonNamed(QWidget *window, const QString &accessibleName)
{
    for (QPushButton *button : window->findChildren<QPushButton *>()) {
        if (button->accessibleName() == accessibleName)
            return button;
    }
    return nullptr;
}

// Presses the button with `text` in the message box that the click opens.
void answerConfirmation(QObject *context, const QString &text, bool *answered)
{
    QTimer::singleShot(0, context, [text, answered] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == text) {
                *answered = true;
                button->click();
                return;
            }
        }
    });
}

} // namespace

class ConnectionsWindowTest : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    // Receives the sign-in URLs the window opens, in place of the system browser.
    void openUrl(const QUrl &) {}

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void statusShowsNeedsReauthWithReason();
    void disconnectAsksForConfirmation();

private:
    QTableView *connectionView() const;

    BrokerFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
    QString m_sessionId;
    QString m_connectionId;
};

void ConnectionsWindowTest::initTestCase()
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

    QString error;
    m_sessionId = m_fixture.connectAccount(BrokerFixture::ProviderName, u"alice"_s, &error);
    QVERIFY2(!m_sessionId.isEmpty(), qPrintable(error));
    m_connectionId = m_fixture.storedConnectionIds().first();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionsModel()->rowCount(), 1, 10000);
}

void ConnectionsWindowTest::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"http"_s);
    m_fixture.stopBroker();
    m_window.reset();
}

QTableView *ConnectionsWindowTest::connectionView() const
{
    for (QTableView *view : m_window->findChildren<QTableView *>()) {
        if (view->model() == m_window->connectionsModel())
            return view;
    }
    return nullptr;
}

void ConnectionsWindowTest::statusShowsNeedsReauthWithReason()
{
    ConnectionsModel *model = m_window->connectionsModel();
    const QModelIndex status = model->index(0, ConnectionsModel::StatusColumn);
    QCOMPARE(model->data(status).toString(), u"Active"_s);
    QCOMPARE(model->data(status, Qt::ToolTipRole).toString(), QString());

    // The grant is revoked at the provider; the next refresh gets invalid_grant.
    const QString refreshToken = BrokerFixture::readKeychain(ConnectionKeys::refreshToken(m_connectionId));
    const BrokerFixture::HttpResult revoked = BrokerFixture::postForm(
        QUrl(m_fixture.oidc().issuer() + u"/token/revocation"_s),
        {{u"token"_s, refreshToken}, {u"client_id"_s, BrokerFixture::ClientId}, {u"client_secret"_s, m_fixture.clientSecret()}});
    QCOMPARE(revoked.status, 200);
    QTest::qWait((AccessTokenTtlSeconds - testPolicy().onDemandMarginSeconds) * 1000 + 500);
    QCOMPARE(BrokerFixture::get(m_fixture.apiUrl(u"/api/tokens/"_s + m_sessionId)).status, 401);

    QTRY_COMPARE_WITH_TIMEOUT(model->data(model->index(0, ConnectionsModel::StatusColumn)).toString(), u"Sign-in needed"_s, 10000);
    const QString toolTip = model->data(model->index(0, ConnectionsModel::StatusColumn), Qt::ToolTipRole).toString();
    QVERIFY2(toolTip.contains(u"Connect Local OIDC (localoidc) again"_s), qPrintable(toolTip));
    QVERIFY2(toolTip.contains(u"rejected the refresh token"_s), qPrintable(toolTip));
}

void ConnectionsWindowTest::disconnectAsksForConfirmation()
{
    QTableView *view = connectionView();
    QVERIFY(view);
    view->selectRow(0);
    QPushButton *disconnectButton = buttonNamed(m_window.get(), u"Disconnect the selected connection"_s);
    QVERIFY(disconnectButton);
    QTRY_VERIFY(disconnectButton->isEnabled());

    // Cancel keeps the connection.
    bool answered = false;
    answerConfirmation(this, u"Cancel"_s, &answered);
    QTest::mouseClick(disconnectButton, Qt::LeftButton);
    QVERIFY(answered);
    QTest::qWait(500);
    QCOMPARE(m_window->connectionsModel()->rowCount(), 1);
    QVERIFY(m_fixture.storedConnectionIds().contains(m_connectionId));

    // Confirming removes it from the list, the database and the keychain.
    answered = false;
    answerConfirmation(this, u"Disconnect"_s, &answered);
    QTest::mouseClick(disconnectButton, Qt::LeftButton);
    QVERIFY(answered);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionsModel()->rowCount(), 0, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.storedConnectionIds().contains(m_connectionId), 15000);
    bool found = true;
    BrokerFixture::readKeychain(ConnectionKeys::accessToken(m_connectionId), &found);
    QVERIFY(!found);
    QVERIFY(!disconnectButton->isEnabled());
}

QTEST_MAIN(ConnectionsWindowTest)
#include "tst_connectionswindow.moc"
