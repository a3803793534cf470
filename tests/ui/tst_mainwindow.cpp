// Drives the main window as a person would, against a real broker: set up a provider's
// client in the dialog, press Connect, sign in at the OpenID Connect test server, copy the
// new session id, and use it as an agent would.

#include "Broker.h"
#include "ChildNamed.h"
#include "BrokerThread.h"
#include "AddProviderDialog.h"
#include "ConnectFlowDialog.h"
#include "ConnectionsModel.h"
#include "DashboardPage.h"
#include "ActivityPage.h"
#include "AgentsPage.h"
#include "MainWindow.h"
#include "OidcServer.h"
#include "ProvidersModel.h"
#include "ProvidersPage.h"
#include "SettingsPage.h"
#include "core/Random.h"
#include "oauth/SessionId.h"

#include <QApplication>
#include <QAbstractSpinBox>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QDesktopServices>
#include <QDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

int rowOfProvider(const ProvidersModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->providerAt(row)->name == name)
            return row;
    }
    return -1;
}

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    // Receives the URLs the window opens, in place of the system browser.
    void openUrl(const QUrl &url) { m_openedUrls.append(url); }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void setUpClientInDialog();
    void cancelStopsWaiting();
    void connectAndCopySessionId();
    void everyControlHasAccessibleName();
    void pageShortcutsSwitchPages();

private:
    QTableView *providerView() const;
    void selectProvider(const QString &name);

    QTemporaryDir m_dataDir;
    OidcServer m_oidc;
    QString m_clientSecret;
    quint16 m_apiPort = 0;
    std::unique_ptr<BrokerThread> m_brokerThread;
    std::unique_ptr<MainWindow> m_window;
    QList<QUrl> m_openedUrls;
};

void MainWindowTest::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    m_apiPort = freeLoopbackPort();
    m_clientSecret = QString::fromLatin1(Random::base64Url(24));
    const QString started = m_oidc.start(freeLoopbackPort(), u"securecontext-gui"_s, m_clientSecret,
                                         u"http://127.0.0.1:%1/oauth/localoidc/callback"_s.arg(m_apiPort));
    QVERIFY2(started.isEmpty(), qPrintable(started));

    QVERIFY(QDir(m_dataDir.path()).mkpath(u"providers"_s));
    QFile providerFile(m_dataDir.filePath(u"providers/localoidc.json"_s));
    QVERIFY(providerFile.open(QIODevice::WriteOnly));
    const QString issuer = m_oidc.issuer();
    providerFile.write(QJsonDocument(QJsonObject{
        {u"name"_s, u"localoidc"_s},
        {u"display_name"_s, u"Local OIDC"_s},
        {u"issuer"_s, issuer},
        {u"authorization_url"_s, QString(issuer + u"/auth"_s)},
        {u"token_url"_s, QString(issuer + u"/token"_s)},
        {u"userinfo_url"_s, QString(issuer + u"/me"_s)},
        {u"scopes"_s, QJsonArray{u"openid"_s, u"email"_s, u"offline_access"_s}},
        {u"extra_authorization_params"_s, QJsonObject{{u"prompt"_s, u"consent"_s}}},
    }).toJson());
    providerFile.close();

    QDesktopServices::setUrlHandler(u"http"_s, this, "openUrl");

    BrokerOptions options;
    options.dataDir = m_dataDir.path();
    options.apiPort = m_apiPort;
    m_brokerThread = std::make_unique<BrokerThread>(options);
    m_window = std::make_unique<MainWindow>(m_brokerThread->broker(), m_dataDir.filePath(u"settings.ini"_s), m_dataDir.path());
    m_window->show();
    QSignalSpy startedSpy(m_brokerThread->broker(), &Broker::started);
    m_brokerThread->start();
    QVERIFY(startedSpy.wait(30000));
    QTRY_VERIFY(rowOfProvider(m_window->providersModel(), u"localoidc"_s) >= 0);
}

void MainWindowTest::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"http"_s);
    m_window.reset();
    m_brokerThread.reset();
    m_oidc.stop();
}

QTableView *MainWindowTest::providerView() const
{
    const QList<QTableView *> views = m_window->findChildren<QTableView *>();
    for (QTableView *view : views) {
        if (view->model() == m_window->providersModel())
            return view;
    }
    return nullptr;
}

void MainWindowTest::selectProvider(const QString &name)
{
    QTableView *view = providerView();
    QVERIFY(view);
    const int row = rowOfProvider(m_window->providersModel(), name);
    QVERIFY(row >= 0);
    view->selectRow(row);
}

void MainWindowTest::setUpClientInDialog()
{
    selectProvider(u"localoidc"_s);
    QPushButton *connectButton = childNamed<QPushButton>(m_window.get(), u"Connect the selected provider"_s);
    QPushButton *configureButton = childNamed<QPushButton>(m_window.get(), u"Set the OAuth client of the selected provider"_s);
    QVERIFY(connectButton && configureButton);
    QVERIFY(!connectButton->isEnabled());
    QVERIFY(configureButton->isEnabled());

    // The dialog is modal: fill it in once it is shown.
    bool filled = false;
    QTimer::singleShot(0, this, [this, &filled] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        for (QLineEdit *field : dialog->findChildren<QLineEdit *>()) {
            if (field->accessibleName() == u"Client id"_s)
                QTest::keyClicks(field, u"securecontext-gui"_s);
            else if (field->accessibleName() == u"Client secret"_s)
                QTest::keyClicks(field, m_clientSecret);
        }
        filled = true;
        dialog->accept();
    });
    QTest::mouseClick(configureButton, Qt::LeftButton);
    QVERIFY(filled);

    QTRY_VERIFY_WITH_TIMEOUT(m_window->providersModel()->providerAt(rowOfProvider(m_window->providersModel(), u"localoidc"_s))
                                 ->isConfigured(), 15000);
    selectProvider(u"localoidc"_s);
    QTRY_VERIFY(connectButton->isEnabled());
}

void MainWindowTest::cancelStopsWaiting()
{
    selectProvider(u"localoidc"_s);
    QPushButton *connectButton = childNamed<QPushButton>(m_window.get(), u"Connect the selected provider"_s);
    QVERIFY(connectButton);
    QVERIFY(connectButton->isEnabled());

    m_openedUrls.clear();
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_openedUrls.size(), 1, 15000);
    QPointer<ConnectFlowDialog> dialog = m_window->flowDialog(u"localoidc"_s);
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->stage(), ConnectFlowDialog::Stage::WaitingForBrowser);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->remainingText().isEmpty());
    QVERIFY(!connectButton->isEnabled());

    QPushButton *cancelButton = childNamed<QPushButton>(dialog, u"Cancel the sign-in"_s);
    QVERIFY(cancelButton);
    QTest::mouseClick(cancelButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 15000);
    QTRY_VERIFY(connectButton->isEnabled());

    // The cancelled flow's link no longer connects anything: the broker forgot the flow.
    QString error;
    const QByteArray result = OidcServer::authorize(m_openedUrls.first().toString(QUrl::FullyEncoded), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(QJsonDocument::fromJson(result).object().value(u"callback_status"_s).toInt(), 400);
    QCOMPARE(m_window->connectionsModel()->rowCount(), 0);
}

void MainWindowTest::connectAndCopySessionId()
{
    selectProvider(u"localoidc"_s);
    QPushButton *connectButton = childNamed<QPushButton>(m_window.get(), u"Connect the selected provider"_s);
    QVERIFY(connectButton);

    m_openedUrls.clear();
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_openedUrls.size(), 1, 15000);
    QVERIFY(m_openedUrls.first().toString().startsWith(m_oidc.issuer() + u"/auth?"_s));

    QString error;
    const QByteArray result = OidcServer::authorize(m_openedUrls.first().toString(QUrl::FullyEncoded), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(QJsonDocument::fromJson(result).object().value(u"callback_status"_s).toInt(), 200);

    ConnectionsModel *connections = m_window->connectionsModel();
    QTRY_COMPARE_WITH_TIMEOUT(connections->rowCount(), 1, 15000);
    QVERIFY(m_window->flowDialog(u"localoidc"_s));
    QTRY_COMPARE(m_window->flowDialog(u"localoidc"_s)->stage(), ConnectFlowDialog::Stage::Connected);
    QCOMPARE(connections->connectionAt(0)->account, u"alice@example.test"_s);
    QCOMPARE(connections->connectionAt(0)->status, u"active"_s);
    QCOMPARE(connections->data(connections->index(0, ConnectionsModel::StatusColumn)).toString(), u"Active"_s);
    const QString shownSession = connections->data(connections->index(0, ConnectionsModel::SessionColumn)).toString();
    QCOMPARE(shownSession.size(), 9); // eight characters and an ellipsis, never the whole id

    QPushButton *copyButton = childNamed<QPushButton>(m_window.get(), u"Copy the session id of the selected connection"_s);
    QVERIFY(copyButton);
    QTRY_VERIFY(copyButton->isEnabled());
    QApplication::clipboard()->clear();
    QTest::mouseClick(copyButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(SessionId::isValid(QApplication::clipboard()->text()), 15000);
    const QString sessionId = QApplication::clipboard()->text();
    QVERIFY(sessionId.startsWith(shownSession.left(8)));

    // The copied id is what an agent uses.
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/api/tokens/%2"_s.arg(m_apiPort).arg(sessionId))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(15000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonObject data = QJsonDocument::fromJson(reply->readAll()).object().value(u"data"_s).toObject();
    QVERIFY(!data.value(u"access_token"_s).toString().isEmpty());
    QCOMPARE(data.value(u"provider"_s).toString(), u"localoidc"_s);
    reply->deleteLater();
}

void MainWindowTest::everyControlHasAccessibleName()
{
    // Screen readers announce a control by its accessible name. The check covers the window
    // with all its pages and the Add provider and flow dialogs.
    AddProviderDialog addDialog(m_brokerThread->broker(), m_window->providersModel(), m_window.get());
    QList<QWidget *> roots{m_window.get(), &addDialog};
    if (ConnectFlowDialog *flow = m_window->flowDialog(u"localoidc"_s))
        roots.append(flow);

    for (QWidget *root : roots) {
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
                || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
                || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QTabWidget *>(widget);
            // Qt's own parts of composite widgets (tab bar scrollers, a spin box's line edit,
            // header views) take their names from their owner.
            const bool internal = widget->objectName().startsWith(u"qt_"_s) || qobject_cast<QHeaderView *>(widget)
                || qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
                || qobject_cast<QComboBox *>(widget->parentWidget())
                || qobject_cast<QTabBar *>(widget->parentWidget())
                || qobject_cast<QAbstractItemView *>(widget->parentWidget());
            if (!control || internal)
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(),
                     qPrintable(u"%1 \"%2\" in %3 has no accessible name"_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                                                                              widget->property("text").toString(),
                                                                              QString::fromLatin1(root->metaObject()->className()))));
        }
    }
}

void MainWindowTest::pageShortcutsSwitchPages()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *stack = m_window->findChild<QStackedWidget *>();
    QVERIFY(stack);

    QTest::keyClick(m_window->windowHandle(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(m_window->agentsPage()));
    QTest::keyClick(m_window->windowHandle(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(m_window->dashboardPage()));
    QTest::keyClick(m_window->windowHandle(), Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(m_window->activityPage()));
    QTest::keyClick(m_window->windowHandle(), Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(m_window->settingsPage()));
    QTest::keyClick(m_window->windowHandle(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(m_window->providersPage()));
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
