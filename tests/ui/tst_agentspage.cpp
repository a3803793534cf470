// Drives the Agents page against a real broker: an agent paired over real HTTP is listed with
// its permissions in words, the person narrows them and revokes the agent, and the agent's
// key changes and then stops working.

#include "AgentsModel.h"
#include "AgentsPage.h"
#include "ApprovalPrompts.h"
#include "Broker.h"
#include "BrokerFixture.h"
#include "ChildNamed.h"
#include "MainWindow.h"
#include "PairingPrompt.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QJsonArray>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject data(const BrokerFixture::HttpResult &result)
{
    return result.json.value(u"data"_s).toObject();
}

// Returns the open top-level widget of type T whose window title contains `title`.
template<typename T>
T *openWindow(const QString &title)
{
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (auto *typed = qobject_cast<T *>(window); typed && typed->isVisible() && typed->windowTitle().contains(title))
            return typed;
    }
    return nullptr;
}

} // namespace

class AgentsPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void permissionsText_data();
    void permissionsText();
    void editAndRevokeFromPage();

private:
    BrokerFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

void AgentsPageTest::initTestCase()
{
    m_fixture.setBeforeStart([this](Broker *broker) {
        m_window = std::make_unique<MainWindow>(broker);
        m_window->show();
    });
    const QString started = m_fixture.start(OidcServer::Options(), RefreshPolicy());
    QVERIFY2(started.isEmpty(), qPrintable(started));
}

void AgentsPageTest::cleanupTestCase()
{
    m_fixture.stopBroker();
    m_window.reset();
}

void AgentsPageTest::permissionsText_data()
{
    QTest::addColumn<QStringList>("connections");
    QTest::addColumn<bool>("tokenRead");
    QTest::addColumn<bool>("proxyOnly");
    QTest::addColumn<bool>("admin");
    QTest::addColumn<QString>("expected");

    QTest::newRow("tokens everywhere") << QStringList{u"*"_s} << true << false << false
                                       << u"Reads access tokens of every connection."_s;
    QTest::newRow("named connection") << QStringList{u"c1"_s} << true << false << false
                                      << u"Reads access tokens of GitHub (ada)."_s;
    QTest::newRow("unknown id") << QStringList{u"gone"_s} << true << false << false
                                << u"Reads access tokens of unknown connection gone."_s;
    QTest::newRow("proxy only wins over token read") << QStringList{u"*"_s} << true << true << false
                                                     << u"Calls the APIs of every connection through the proxy, never sees a token."_s;
    QTest::newRow("no connection, admin") << QStringList() << false << false << true
                                          << u"May use no connection, without reading tokens. Admin: reads the audit trail "
                                             "and manages other agents."_s;
    QTest::newRow("markup in an id stays text") << QStringList{u"<b>x</b>"_s} << true << false << false
                                                << u"Reads access tokens of unknown connection <b>x</b>."_s;
}

void AgentsPageTest::permissionsText()
{
    QFETCH(QStringList, connections);
    QFETCH(bool, tokenRead);
    QFETCH(bool, proxyOnly);
    QFETCH(bool, admin);
    QFETCH(QString, expected);

    ConnectionSummary github;
    github.id = u"c1"_s;
    github.providerDisplayName = u"GitHub"_s;
    github.account = u"ada"_s;
    AgentPermissions permissions;
    permissions.connections = connections;
    permissions.tokenRead = tokenRead;
    permissions.proxyOnly = proxyOnly;
    permissions.admin = admin;
    QCOMPARE(AgentsModel::permissionsText(permissions, {github}), expected);
}

void AgentsPageTest::editAndRevokeFromPage()
{
    // An agent pairs over HTTP and the person allows it always in the prompt.
    const BrokerFixture::HttpResult paired = BrokerFixture::postJson(
        m_fixture.apiUrl(u"/api/agents/pair"_s),
        QJsonObject{{u"name"_s, u"Report builder"_s},
                    {u"permissions"_s, QJsonObject{{u"connections"_s, QJsonArray{u"*"_s}}, {u"token_read"_s, true}}}});
    QCOMPARE(paired.status, 202);
    const QString requestId = data(paired).value(u"request_id"_s).toString();
    const QByteArray pairingToken = data(paired).value(u"pairing_token"_s).toString().toLatin1();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->approvals()->pairingPrompt(requestId), 10000);
    childNamed<QPushButton>(m_window->approvals()->pairingPrompt(requestId), u"Allow always"_s)->click();
    // A key is returned only once, so the loop keeps the reply that carries it.
    const QUrl pollUrl = m_fixture.apiUrl(u"/api/agents/pair/"_s + requestId);
    BrokerFixture::HttpResult claimed = BrokerFixture::get(pollUrl, pairingToken);
    for (int attempt = 0; attempt < 100 && claimed.status == 202; ++attempt) {
        QTest::qWait(100);
        claimed = BrokerFixture::get(pollUrl, pairingToken);
    }
    QCOMPARE(claimed.status, 200);
    const QByteArray key = data(claimed).value(u"agent_key"_s).toString().toLatin1();
    QCOMPARE(BrokerFixture::get(m_fixture.apiUrl(u"/api/agents/me"_s), key).status, 200);

    // The page lists it with its permissions in words.
    m_window->showPage(MainWindow::AgentsPageIndex);
    AgentsPage *page = m_window->agentsPage();
    QAbstractItemModel *model = page->view()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
    QCOMPARE(model->index(0, AgentsModel::NameColumn).data().toString(), u"Report builder"_s);
    QTRY_COMPARE(model->index(0, AgentsModel::StatusColumn).data().toString(), u"Active"_s);
    QCOMPARE(model->index(0, AgentsModel::PermissionsColumn).data().toString(), u"Reads access tokens of every connection."_s);
    QCOMPARE(model->index(0, AgentsModel::ExpiresColumn).data().toString(), u"Never"_s);
    page->view()->selectRow(0);

    // Edit permissions: the person takes token reading away.
    QPushButton *edit = childNamed<QPushButton>(page, u"Edit the permissions of the selected agent"_s);
    QVERIFY(edit->isEnabled());
    edit->click();
    QDialog *editor = nullptr;
    QTRY_VERIFY((editor = openWindow<QDialog>(u"Permissions of Report builder"_s)));
    QCheckBox *tokenRead = childNamed<QCheckBox>(editor, u"Read access tokens"_s);
    QVERIFY(tokenRead->isChecked());
    tokenRead->setChecked(false);
    childNamed<QPushButton>(editor, u"Save the permissions"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, AgentsModel::PermissionsColumn).data().toString(),
                              u"May use every connection, without reading tokens."_s, 10000);
    const BrokerFixture::HttpResult me = BrokerFixture::get(m_fixture.apiUrl(u"/api/agents/me"_s), key);
    QCOMPARE(me.status, 200);
    QCOMPARE(data(me).value(u"permissions"_s).toObject().value(u"token_read"_s).toBool(), false);

    // Revoke shows a confirmation first, and Cancel keeps the agent.
    QPushButton *revoke = childNamed<QPushButton>(page, u"Revoke the selected agent"_s);
    revoke->click();
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = openWindow<QMessageBox>(u"Revoke Report builder"_s)));
    confirm->button(QMessageBox::Cancel)->click();
    QTest::qWait(300);
    QCOMPARE(BrokerFixture::get(m_fixture.apiUrl(u"/api/agents/me"_s), key).status, 200);

    revoke->click();
    QTRY_VERIFY((confirm = openWindow<QMessageBox>(u"Revoke Report builder"_s)));
    childNamed<QPushButton>(confirm, u"Revoke"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(BrokerFixture::get(m_fixture.apiUrl(u"/api/agents/me"_s), key).status, 401, 10000);
    QTRY_COMPARE(model->index(0, AgentsModel::StatusColumn).data().toString(), u"Revoked"_s);
    QVERIFY(!revoke->isEnabled());
}

QTEST_MAIN(AgentsPageTest)
#include "tst_agentspage.moc"
