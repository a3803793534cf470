// Drives the Sessions panel of the Connections page against a real broker and the OpenID
// Connect test server. GET /api/tokens/<id> of a session made in the New session dialog
// returns its scope subset and no refresh token. Revoke ends it, and Refresh now sends a
// refresh grant.

#include "Broker.h"
#include "BrokerFixture.h"
#include "ChildNamed.h"
#include "ConnectionsModel.h"
#include "ConnectionsPage.h"
#include "CreateSessionDialog.h"
#include "MainWindow.h"
#include "SessionsPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class SessionsPanelTest : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void openUrl(const QUrl &) {}

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void createFromDialog_data();
    void createFromDialog();
    void revokeAsksFirst();
    void refreshNowSendsGrant();

private:
    SessionsPanel *panel() const { return m_window->connectionsPage()->sessionsPanel(); }
    // Selects the table row of the session whose id starts with the shown prefix of `sessionId`.
    bool selectSession(const QString &sessionId);

    BrokerFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
    QString m_sessionId;
};

void SessionsPanelTest::initTestCase()
{
    QDesktopServices::setUrlHandler(u"http"_s, this, "openUrl");
    m_fixture.setBeforeStart([this](Broker *broker) {
        m_window = std::make_unique<MainWindow>(broker);
        m_window->show();
    });
    const QString started = m_fixture.start(OidcServer::Options{}, RefreshPolicy{});
    QVERIFY2(started.isEmpty(), qPrintable(started));

    QString error;
    QVERIFY2(!m_fixture.connectAccount(BrokerFixture::ProviderName, u"dana"_s, &error).isEmpty(), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionsModel()->rowCount(), 1, 10000);
    m_window->showPage(MainWindow::ConnectionsPageIndex);
    m_window->connectionsPage()->view()->selectRow(0);
    // The flow made the connection's own session, which the person holds.
    QTRY_COMPARE_WITH_TIMEOUT(panel()->shownSessions().size(), 1, 10000);
    QCOMPARE(panel()->view()->item(0, SessionsPanel::AgentColumn)->text(), u"You"_s);
}

void SessionsPanelTest::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"http"_s);
    m_fixture.stopBroker();
    m_window.reset();
}

bool SessionsPanelTest::selectSession(const QString &sessionId)
{
    for (int row = 0; row < panel()->shownSessions().size(); ++row) {
        if (sessionId.startsWith(panel()->shownSessions().at(row).idPrefix)) {
            panel()->view()->selectRow(row);
            return true;
        }
    }
    return false;
}

void SessionsPanelTest::createFromDialog_data()
{
    QTest::addColumn<QStringList>("checkedScopes");
    QTest::addColumn<int>("lifetimeIndex");
    QTest::addColumn<QString>("expectedScope");

    QTest::newRow("one scope, one hour") << QStringList{u"email"_s} << 0 << u"email"_s;
    QTest::newRow("two scopes, seven days") << QStringList{u"openid"_s, u"profile"_s} << 3 << u"openid profile"_s;
    QTest::newRow("every scope, no expiry") << QStringList{u"openid"_s, u"email"_s, u"profile"_s, u"offline_access"_s} << 5
                                            << u"openid email profile offline_access"_s;
}

void SessionsPanelTest::createFromDialog()
{
    QFETCH(QStringList, checkedScopes);
    QFETCH(int, lifetimeIndex);
    QFETCH(QString, expectedScope);

    QPushButton *newSession = childNamed<QPushButton>(panel(), u"New session of the selected connection"_s);
    QVERIFY(newSession);
    QTRY_VERIFY(newSession->isEnabled());
    QTest::mouseClick(newSession, Qt::LeftButton);
    CreateSessionDialog *dialog = panel()->createDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    QPushButton *create = childNamed<QPushButton>(dialog, u"Create the session"_s);
    QVERIFY(create);
    QVERIFY2(!create->isEnabled(), "Create needs an agent name");
    QTest::keyClicks(childNamed<QLineEdit>(dialog, u"Agent name"_s), u"mail, \"summarizer\""_s);
    childNamed<QComboBox>(dialog, u"Session lifetime"_s)->setCurrentIndex(lifetimeIndex);
    const QStringList granted = {u"openid"_s, u"email"_s, u"profile"_s, u"offline_access"_s};
    for (const QString &scope : granted) {
        QCheckBox *check = childNamed<QCheckBox>(dialog, u"Scope "_s + scope);
        QVERIFY2(check, qPrintable(scope));
        check->setChecked(checkedScopes.contains(scope));
    }
    QCheckBox *expose = childNamed<QCheckBox>(dialog, u"Let the agent see the refresh token"_s);
    QVERIFY(!expose->isChecked());
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!dialog->sessionId().isEmpty(), 10000);
    const QString sessionId = dialog->sessionId();
    QCOMPARE(childNamed<QLineEdit>(dialog, u"New session id"_s)->text(), sessionId);
    const qint64 lifetime = CreateSessionDialog::lifetimeChoices().at(lifetimeIndex);

    const BrokerFixture::HttpResult read = BrokerFixture::get(m_fixture.apiUrl(u"/api/tokens/"_s + sessionId));
    QCOMPARE(read.status, 200);
    const QJsonObject data = read.json.value(u"data"_s).toObject();
    QCOMPARE(data.value(u"scope"_s).toString(), expectedScope);
    QVERIFY(data.contains(u"refresh_token"_s));
    QCOMPARE(data.value(u"refresh_token"_s).toString(), QString());
    QVERIFY(!data.value(u"access_token"_s).toString().isEmpty());

    // The table lists the session by prefix and agent name, never the whole id.
    QTRY_VERIFY(selectSession(sessionId));
    const SessionSummary *shown = nullptr;
    for (const SessionSummary &session : panel()->shownSessions()) {
        if (sessionId.startsWith(session.idPrefix))
            shown = &session;
    }
    QVERIFY(shown);
    QVERIFY(shown->idPrefix.size() < sessionId.size());
    QCOMPARE(shown->agentName, u"mail, \"summarizer\""_s);
    if (lifetime == 0) {
        QVERIFY(!shown->expiresAt.isValid());
    } else {
        const qint64 secondsLeft = QDateTime::currentDateTimeUtc().secsTo(shown->expiresAt);
        QVERIFY2(secondsLeft > lifetime - 60 && secondsLeft <= lifetime, qPrintable(QString::number(secondsLeft)));
    }
    for (int row = 0; row < panel()->view()->rowCount(); ++row) {
        for (int column = 0; column < SessionsPanel::ColumnCount; ++column)
            QVERIFY(!panel()->view()->item(row, column)->text().contains(sessionId));
    }

    dialog->close();
    QTRY_VERIFY(!panel()->createDialog());
    m_sessionId = sessionId;
}

void SessionsPanelTest::revokeAsksFirst()
{
    QVERIFY(!m_sessionId.isEmpty());
    QVERIFY(selectSession(m_sessionId));
    QPushButton *revoke = childNamed<QPushButton>(panel(), u"Revoke the selected session"_s);
    QVERIFY(revoke->isEnabled());

    // Cancel keeps the session.
    QTest::mouseClick(revoke, Qt::LeftButton);
    QMessageBox *confirm = panel()->findChild<QMessageBox *>();
    QVERIFY(confirm);
    QTest::mouseClick(confirm->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!panel()->findChild<QMessageBox *>());
    QTest::qWait(300);
    QCOMPARE(BrokerFixture::get(m_fixture.apiUrl(u"/api/tokens/"_s + m_sessionId)).status, 200);

    QTest::mouseClick(revoke, Qt::LeftButton);
    confirm = panel()->findChild<QMessageBox *>();
    QVERIFY(confirm);
    QPushButton *confirmRevoke = childNamed<QPushButton>(confirm, u"Revoke"_s);
    QVERIFY(confirmRevoke);
    QTest::mouseClick(confirmRevoke, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(BrokerFixture::get(m_fixture.apiUrl(u"/api/tokens/"_s + m_sessionId)).status, 404, 5000);
    QTRY_VERIFY(selectSession(m_sessionId) && panel()->view()->item(panel()->view()->currentRow(), SessionsPanel::StatusColumn)->text() == u"Revoked"_s);
    QVERIFY(!revoke->isEnabled());
}

void SessionsPanelTest::refreshNowSendsGrant()
{
    const int before = m_fixture.oidc().grantCount(u"refresh_token"_s);
    QPushButton *refresh = childNamed<QPushButton>(panel(), u"Refresh the connection's access token now"_s);
    QVERIFY(refresh);
    QVERIFY(refresh->isEnabled());
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.oidc().grantCount(u"refresh_token"_s), before + 1, 10000);
}

QTEST_MAIN(SessionsPanelTest)
#include "tst_sessionspanel.moc"
