// Opens every page of the console with realistic data and saves each page as a PNG, checking
// that the picture is not blank. The data are two connections made through the OpenID
// Connect test server, a session made for an agent in the Sessions panel, and that agent's
// token reads over HTTP, which the Activity page and the dashboard's live samples show.

#include "AboutDialog.h"
#include "ActivityPage.h"
#include "AddProviderDialog.h"
#include "Broker.h"
#include "BrokerFixture.h"
#include "ChildNamed.h"
#include "ConnectFlowDialog.h"
#include "ConnectionsModel.h"
#include "ConnectionsPage.h"
#include "CreateSessionDialog.h"
#include "DashboardPage.h"
#include "MainWindow.h"
#include "ProvidersModel.h"
#include "ProvidersPage.h"
#include "SessionsPanel.h"
#include "TranslationLoader.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QDesktopServices>
#include <QDir>
#include <QImage>
#include <QListWidget>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QScopeGuard>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace {

// Counts the distinct colours in a grid of sample points. A blank picture has one or two.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class ScreenshotsTest : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void openUrl(const QUrl &url) { m_openedUrls.append(url); }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void sessionFromPanel();
    void pages_data();
    void pages();
    void dialogs();
    void translatedWindow_data();
    void translatedWindow();

private:
    void save(QWidget *widget, const QString &name);

    BrokerFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
    QDir m_output;
    QList<QUrl> m_openedUrls;
    QString m_agentSessionId;
};

void ScreenshotsTest::initTestCase()
{
    QVERIFY(QDir().mkpath(QStringLiteral(SCREENSHOT_DIR)));
    m_output = QDir(QStringLiteral(SCREENSHOT_DIR));
    QDesktopServices::setUrlHandler(u"http"_s, this, "openUrl");

    m_fixture.setBeforeStart([this](Broker *broker) {
        m_window = std::make_unique<MainWindow>(broker, m_fixture.dataDir() + u"/settings.ini"_s, m_fixture.dataDir());
        m_window->resize(1180, 720);
        m_window->show();
    });
    const QString started = m_fixture.start(OidcServer::Options{}, RefreshPolicy{});
    QVERIFY2(started.isEmpty(), qPrintable(started));

    QString error;
    QVERIFY2(!m_fixture.connectAccount(BrokerFixture::ProviderName, u"alice"_s, &error).isEmpty(), qPrintable(error));
    QVERIFY2(!m_fixture.connectAccount(BrokerFixture::ProviderName, u"bob"_s, &error).isEmpty(), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionsModel()->rowCount(), 2, 15000);
}

void ScreenshotsTest::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"http"_s);
    m_fixture.stopBroker();
    m_window.reset();
}

void ScreenshotsTest::save(QWidget *widget, const QString &name)
{
    const QImage image = widget->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY2(image.save(m_output.filePath(name + u".png"_s)), qPrintable(name));
    const int colours = distinctColours(image);
    QVERIFY2(colours > 8, qPrintable(u"%1 has only %2 colours"_s.arg(name).arg(colours)));
}

void ScreenshotsTest::sessionFromPanel()
{
    // The person makes a session for an agent in the Sessions panel.
    m_window->showPage(MainWindow::ConnectionsPageIndex);
    m_window->connectionsPage()->view()->selectRow(0);
    SessionsPanel *panel = m_window->connectionsPage()->sessionsPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->shownSessions().size() >= 1, 10000);
    panel->openCreateDialog();
    CreateSessionDialog *dialog = panel->createDialog();
    QVERIFY(dialog);
    QLineEdit *agentName = childNamed<QLineEdit>(dialog, u"Agent name"_s);
    QVERIFY(agentName);
    agentName->setText(u"mail-summarizer"_s);
    const QList<QCheckBox *> checks = dialog->findChildren<QCheckBox *>();
    for (QCheckBox *check : checks) {
        if (check->text() == u"offline_access"_s || check->text() == u"profile"_s)
            check->setChecked(false);
    }
    QTest::qWait(200);
    save(dialog, u"new-session"_s);
    const QList<QPushButton *> buttons = dialog->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->accessibleName() == u"Create the session"_s)
            button->click();
    }
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->sessionId().isEmpty(), 10000);
    m_agentSessionId = dialog->sessionId();
    QTest::qWait(200);
    save(dialog, u"session-created"_s);
    dialog->close();

    // The agent reads its token for about ten seconds at a changing rate, with a few
    // requests for a session that does not exist, so the charts have live data.
    QElapsedTimer elapsed;
    elapsed.start();
    for (int second = 0; second < 10; ++second) {
        const int reads = 10 + int(25 * (0.5 + 0.5 * qSin(second / 1.5)));
        for (int i = 0; i < reads; ++i) {
            const BrokerFixture::HttpResult reply = BrokerFixture::get(m_fixture.apiUrl(u"/api/tokens/"_s + m_agentSessionId));
            QVERIFY2(reply.status == 200, reply.body.constData());
        }
        if (second % 4 == 1)
            BrokerFixture::get(m_fixture.apiUrl(u"/api/tokens/00000000-0000-4000-8000-000000000000"_s));
        const qint64 wait = (second + 1) * 1000 - elapsed.elapsed();
        if (wait > 0)
            QTest::qWait(int(wait));
    }
    QTest::qWait(1200);
}

void ScreenshotsTest::pages_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("name");

    QTest::newRow("providers") << int(MainWindow::ProvidersPageIndex) << u"providers"_s;
    QTest::newRow("connections") << int(MainWindow::ConnectionsPageIndex) << u"connections"_s;
    QTest::newRow("dashboard") << int(MainWindow::DashboardPageIndex) << u"dashboard"_s;
    QTest::newRow("activity") << int(MainWindow::ActivityPageIndex) << u"activity"_s;
    QTest::newRow("settings") << int(MainWindow::SettingsPageIndex) << u"settings"_s;
}

void ScreenshotsTest::pages()
{
    QFETCH(int, page);
    QFETCH(QString, name);

    m_window->showPage(page);
    if (page == MainWindow::ProvidersPageIndex)
        m_window->providersPage()->selectProvider(BrokerFixture::ProviderName);
    if (page == MainWindow::ConnectionsPageIndex)
        m_window->connectionsPage()->view()->selectRow(0);
    // The dashboard requests its history and the Activity page queries the audit trail
    // when shown; both answers arrive queued.
    QTest::qWait(page == MainWindow::DashboardPageIndex || page == MainWindow::ActivityPageIndex ? 1500 : 300);
    save(m_window.get(), name);
}

void ScreenshotsTest::dialogs()
{
    m_window->showPage(MainWindow::ProvidersPageIndex);
    m_window->startConnect(BrokerFixture::ProviderName);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->flowDialog(BrokerFixture::ProviderName)
                                 && m_window->flowDialog(BrokerFixture::ProviderName)->stage()
                                     == ConnectFlowDialog::Stage::WaitingForBrowser,
                             15000);
    ConnectFlowDialog *flow = m_window->flowDialog(BrokerFixture::ProviderName);
    QTest::qWait(200);
    save(flow, u"connect-flow"_s);
    flow->showFinished(Error{u"OAUTH_INVALID_CLIENT"_s, u"client authentication failed"_s});
    QTest::qWait(100);
    save(flow, u"connect-flow-failed"_s);
    flow->close();

    AddProviderDialog add(m_fixture.broker(), m_window->providersModel(), m_window.get());
    add.setMode(AddProviderDialog::ManualMode);
    add.show();
    QTest::qWait(200);
    save(&add, u"add-provider"_s);

    AboutDialog about(m_window.get());
    about.show();
    QTest::qWait(100);
    save(&about, u"about"_s);
}

void ScreenshotsTest::translatedWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expectedTitle");

    QTest::newRow("German") << u"de"_s << u"Anbieter"_s;
    QTest::newRow("Simplified Chinese") << u"zh_CN"_s << u"提供方"_s;
}

void ScreenshotsTest::translatedWindow()
{
    QFETCH(QString, language);
    QFETCH(QString, expectedTitle);

    // Widgets translate their texts when they are built and models when they paint, so a
    // second window shows the language while the translator stays installed.
    QTranslator translator;
    QVERIFY(TranslationLoader::load(translator, TranslationLoader::localeFor(language)));
    QCoreApplication::installTranslator(&translator);
    const auto removeTranslator = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    MainWindow window(m_fixture.broker());

    // The broker announced its lists before this window existed; copy them from the first.
    window.providersModel()->setProviders(m_window->providersModel()->providers());
    window.connectionsModel()->setConnections(m_window->connectionsModel()->connections());
    window.resize(1180, 720);
    window.show();
    auto *navigation = window.findChild<QListWidget *>();
    QVERIFY(navigation);
    QCOMPARE(navigation->item(0)->text(), expectedTitle);
    window.showPage(MainWindow::ConnectionsPageIndex);
    QTest::qWait(200);
    save(&window, u"connections-"_s + language);
}

QTEST_MAIN(ScreenshotsTest)
#include "tst_screenshots.moc"
