#include "MainWindow.h"

#include "AboutDialog.h"
#include "ActivityPage.h"
#include "AgentsModel.h"
#include "AgentsPage.h"
#include "ApprovalPrompts.h"
#include "Broker.h"
#include "ConnectFlowDialog.h"
#include "ConnectionsModel.h"
#include "ConnectionsPage.h"
#include "DashboardPage.h"
#include "ProvidersModel.h"
#include "ProvidersPage.h"
#include "SettingsPage.h"
#include "TrayIcon.h"
#include "oauth/OAuthStateStore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMainWindow, "securecontext.ui.mainwindow")

MainWindow::MainWindow(Broker *broker, const QString &settingsPath, const QString &dataDir, QWidget *parent)
    : QMainWindow(parent)
    , m_broker(broker)
    , m_settingsPath(settingsPath)
    , m_providers(new ProvidersModel(this))
    , m_connections(new ConnectionsModel(this))
{
    setWindowTitle(tr("SecureContext"));
    setWindowIcon(QIcon(u":/icons/securecontext.svg"_s));

    m_providersPage = new ProvidersPage(broker, m_providers, this);
    m_connectionsPage = new ConnectionsPage(broker, m_connections, this);
    m_agents = new AgentsModel(this);
    m_approvals = new ApprovalPrompts(broker, m_connections, m_providers, this);
    m_agentsPage = new AgentsPage(broker, m_agents, m_approvals, this);
    m_dashboardPage = new DashboardPage(this);
    m_activityPage = new ActivityPage(broker, m_connections, this);
    if (!settingsPath.isEmpty())
        m_settingsPage = new SettingsPage(settingsPath, dataDir, this);
    createNavigation();
    createMenus();

    m_brokerState = new QLabel(this);
    m_brokerState->setAccessibleName(tr("Broker state"));
    m_apiAddress = new QLabel(this);
    m_apiAddress->setAccessibleName(tr("API address"));
    m_apiAddress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_apiAddress);
    statusBar()->addPermanentWidget(m_brokerState);
    setBrokerState(tr("Starting…", "broker state"), false, false);

    connect(m_providersPage, &ProvidersPage::connectRequested, this, &MainWindow::startConnect);
    connect(m_connectionsPage, &ConnectionsPage::connectRequested, this, &MainWindow::startConnect);
    connect(m_connectionsPage, &ConnectionsPage::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });

    connect(broker, &Broker::started, this, &MainWindow::handleStarted);
    connect(broker, &Broker::startFailed, this, &MainWindow::handleStartFailed);
    connect(broker, &Broker::stopped, this, [this] { setBrokerState(tr("Stopped", "broker state"), false, false); });
    connect(broker, &Broker::providersChanged, m_providers, &ProvidersModel::setProviders);
    connect(broker, &Broker::connectionsChanged, this, &MainWindow::handleConnectionsChanged);
    connect(broker, &Broker::flowStarted, this, &MainWindow::handleFlowStarted);
    connect(broker, &Broker::flowFinished, this, &MainWindow::handleFlowFinished);
    connect(broker, &Broker::flowExchanging, this, [this](const QString &flowId, const QString &providerName) {
        if (ConnectFlowDialog *dialog = m_flowDialogs.value(providerName); dialog && dialog->flowId() == flowId)
            dialog->showExchangingCode();
    });
    connect(broker, &Broker::agentsChanged, m_agents, &AgentsModel::setAgents);
    connect(broker, &Broker::connectionsChanged, m_agents, &AgentsModel::setConnections);
    connect(m_approvals, &ApprovalPrompts::pendingChanged, this, &MainWindow::updatePendingApprovals);
    connect(m_approvals, &ApprovalPrompts::connectAllowed, this, [this](const ConnectRequest &request) {
        openFlow(request.provider, request.id);
    });
    connect(broker, &Broker::sessionIdRevealed, this, [this](const QString &, const QString &sessionId) {
        QApplication::clipboard()->setText(sessionId);
        statusBar()->showMessage(tr("Session id copied to the clipboard"), 5000);
    });
    connect(broker, &Broker::metricsSampled, m_dashboardPage, &DashboardPage::addSample);
    connect(broker, &Broker::metricsHistory, m_dashboardPage, &DashboardPage::setHistory);
    connect(m_dashboardPage, &DashboardPage::historyRequested, this, [this] {
        QMetaObject::invokeMethod(m_broker, [broker = m_broker] { broker->requestMetricsHistory(); });
    });
    connect(broker, &Broker::connectionDisconnected, this, &MainWindow::handleDisconnected);
    connect(broker, &Broker::operationFailed, this, [this](const Error &error) {
        // An open Add provider dialog shows its own errors.
        if (!QApplication::activeModalWidget())
            showWarning(tr("SecureContext"), error.message);
    });

    createTray();
    resize(1040, 700);
}

MainWindow::~MainWindow()
{
    // A flow dialog updates the pages when it is destroyed, so delete the dialogs first.
    const QList<QPointer<ConnectFlowDialog>> dialogs = m_flowDialogs.values();
    for (const QPointer<ConnectFlowDialog> &dialog : dialogs)
        delete dialog.data();
}

void MainWindow::createNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_stack = new QStackedWidget(this);

    struct Entry
    {
        QString title;
        QString icon;
        QWidget *page;
    };
    const QList<Entry> entries = {
        {tr("Providers"), u":/icons/providers.svg"_s, m_providersPage},
        {tr("Connections"), u":/icons/connections.svg"_s, m_connectionsPage},
        {tr("Agents"), u":/icons/agents.svg"_s, m_agentsPage},
        {tr("Dashboard"), u":/icons/dashboard.svg"_s, m_dashboardPage},
        {tr("Activity"), u":/icons/activity.svg"_s, m_activityPage},
        {tr("Settings"), u":/icons/settings.svg"_s, m_settingsPage},
    };
    for (int i = 0; i < entries.size(); ++i) {
        if (!entries.at(i).page)
            continue;
        auto *item = new QListWidgetItem(QIcon(entries.at(i).icon), entries.at(i).title, m_navigation);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(entries.at(i).title).arg(i + 1));
        entries.at(i).page->setAccessibleName(entries.at(i).title);
        m_stack->addWidget(entries.at(i).page);
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { showPage(i); });
    }
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 40);
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    setTabOrder(m_navigation, m_stack);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *closeWindow = file->addAction(tr("&Close window"), this, &QWidget::close);
    closeWindow->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(tr("&Quit"), this, [this] {
        m_quitting = true;
        QApplication::quit();
    });
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About SecureContext"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createTray()
{
    if (!TrayIcon::isAvailable())
        return;
    m_tray = new TrayIcon(this);
    connect(m_tray, &TrayIcon::showRequested, this, &MainWindow::bringToFront);
    connect(m_tray, &TrayIcon::connectRequested, this, &MainWindow::startConnect);
    connect(m_tray, &TrayIcon::quitRequested, this, [this] {
        m_quitting = true;
        QApplication::quit();
    });
    connect(m_broker, &Broker::providersChanged, m_tray, &TrayIcon::setProviders);
    connect(m_tray, &TrayIcon::approvalRequested, m_approvals, &ApprovalPrompts::showPrompt);
    connect(m_approvals, &ApprovalPrompts::approvalArrived, m_tray, [this](const QString &title, const QString &message) {
        if (!isVisible() || isMinimized())
            m_tray->showMessage(title, message);
    });
    connect(this, &MainWindow::connectionNeedsSignIn, m_tray,
            [this](const QString &, const QString &providerDisplayName, const QString &account) {
                m_tray->showMessage(tr("%1 needs you to sign in again").arg(providerDisplayName),
                                    tr("Agents cannot use %1 until you reconnect it.").arg(account));
            });
}

void MainWindow::showPage(int page)
{
    if (page >= 0 && page < m_navigation->count())
        m_navigation->setCurrentRow(page);
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_quitting || !m_tray) {
        event->accept();
        return;
    }

    // With a tray, closing the window hides it and the broker keeps serving agents.
    hide();
    event->ignore();
    if (m_settingsPath.isEmpty())
        return;
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    if (!settings.value(u"ui/trayNoticeShown"_s, false).toBool()) {
        m_tray->showMessage(tr("SecureContext is still running"),
                            tr("Agents can still use your connections. Quit from the tray icon's menu."));
        settings.setValue(u"ui/trayNoticeShown"_s, true);
    }
}

ConnectFlowDialog *MainWindow::flowDialog(const QString &providerName) const
{
    return m_flowDialogs.value(providerName).data();
}

QString MainWindow::brokerStateText() const
{
    return m_brokerState->text();
}

void MainWindow::setBrokerState(const QString &text, bool running, bool failed)
{
    m_running = running;
    m_brokerState->setText(text);
    // The accent colour reads on light and dark palettes, and the text carries the meaning.
    m_brokerState->setStyleSheet(failed ? u"color: #c62828; font-weight: bold;"_s : QString());
    m_providersPage->setBrokerRunning(running);
    m_connectionsPage->setBrokerRunning(running);
    m_agentsPage->setBrokerRunning(running);
    if (m_tray)
        m_tray->setState(text, failed);
}

void MainWindow::handleStarted(quint16 port)
{
    m_apiAddress->setText(tr("API: http://127.0.0.1:%1").arg(port));
    setBrokerState(tr("Running", "broker state"), true, false);
}

void MainWindow::handleStartFailed(const Error &error)
{
    m_apiAddress->clear();
    setBrokerState(tr("Not running", "broker state"), false, true);
    showWarning(tr("The broker could not start"), error.message);
}

void MainWindow::startConnect(const QString &providerName)
{
    openFlow(providerName, QString());
}

void MainWindow::openFlow(const QString &providerName, const QString &connectRequestId)
{
    ConnectFlowDialog *dialog = m_flowDialogs.value(providerName);
    if (!dialog) {
        const ProviderSummary *provider = m_providers->provider(providerName);
        dialog = new ConnectFlowDialog(providerName, provider ? provider->displayName : providerName, this);
        m_flowDialogs.insert(providerName, dialog);
        connect(dialog, &ConnectFlowDialog::cancelRequested, this, [this](const QString &flowId) {
            QMetaObject::invokeMethod(m_broker, [broker = m_broker, flowId] { broker->cancelFlow(flowId); });
        });
        connect(dialog, &ConnectFlowDialog::retryRequested, this, [this](const QString &name) {
            QMetaObject::invokeMethod(this, [this, name] { startConnect(name); }, Qt::QueuedConnection);
        });
        connect(dialog, &ConnectFlowDialog::closing, this, [this, providerName, dialog] {
            // A newer dialog of the same provider may have taken the entry already, so compare
            // the pointer.
            const auto entry = m_flowDialogs.constFind(providerName);
            if (entry != m_flowDialogs.cend() && (entry.value().isNull() || entry.value().data() == dialog))
                m_flowDialogs.remove(providerName);
            updateBusyProviders();
        });
    } else if (dialog->stage() != ConnectFlowDialog::Stage::Connected && dialog->stage() != ConnectFlowDialog::Stage::Failed) {
        // A flow of this provider is running, so show it instead of starting a second one.
        dialog->show();
        dialog->raise();
        return;
    } else {
        m_flowDialogs.remove(providerName);
        dialog->close();
        openFlow(providerName, connectRequestId);
        return;
    }

    dialog->show();
    updateBusyProviders();
    if (!connectRequestId.isEmpty()) {
        QMetaObject::invokeMethod(m_broker, [broker = m_broker, connectRequestId] { broker->approveConnectRequest(connectRequestId); });
        return;
    }
    QMetaObject::invokeMethod(m_broker, [broker = m_broker, providerName] { broker->startFlow(providerName); });
}

void MainWindow::updatePendingApprovals(int count)
{
    // The navigation entry carries the count as a badge, in its text so screen readers read it out.
    if (QListWidgetItem *item = m_navigation->item(AgentsPageIndex))
        item->setText(count > 0 ? tr("Agents (%1)", "navigation entry with pending requests").arg(count) : tr("Agents"));
    if (!m_tray)
        return;
    QList<std::pair<QString, QString>> requests;
    for (const ApprovalPrompts::Pending &pending : m_approvals->pending())
        requests.append({pending.id, pending.label});
    m_tray->setPendingApprovals(requests);
}

void MainWindow::updateBusyProviders()
{
    QStringList busy;
    for (auto it = m_flowDialogs.cbegin(); it != m_flowDialogs.cend(); ++it) {
        if (it.value() && it.value()->stage() != ConnectFlowDialog::Stage::Connected
            && it.value()->stage() != ConnectFlowDialog::Stage::Failed)
            busy.append(it.key());
    }
    m_providersPage->setBusyProviders(busy);
}

void MainWindow::handleFlowStarted(const QString &flowId, const QString &providerName, const QUrl &authorizationUrl)
{
    ConnectFlowDialog *dialog = m_flowDialogs.value(providerName);
    if (!dialog)
        return;

    const bool opened = QDesktopServices::openUrl(authorizationUrl);
    if (!opened)
        qCWarning(lcMainWindow) << "No browser opened for the flow" << flowId;
    const QDateTime expiresAt = QDateTime::currentDateTimeUtc().addSecs(
        std::chrono::duration_cast<std::chrono::seconds>(OAuthStateStore::Lifetime).count());
    dialog->showStarted(flowId, authorizationUrl, expiresAt, opened);
}

void MainWindow::handleFlowFinished(const QString &flowId, const QString &providerName, const QString &,
                                    const Error &error)
{
    ConnectFlowDialog *dialog = m_flowDialogs.value(providerName);
    if (dialog && !flowId.isEmpty() && !dialog->flowId().isEmpty() && dialog->flowId() != flowId)
        return;

    if (error.code == u"FLOW_CANCELLED"_s) {
        if (dialog)
            dialog->close();
        return;
    }
    const ProviderSummary *provider = m_providers->provider(providerName);
    const QString displayName = provider ? provider->displayName : providerName;
    if (error.code.isEmpty())
        statusBar()->showMessage(tr("Connected %1").arg(displayName), 8000);
    if (dialog) {
        dialog->showFinished(error);
        dialog->show();
    } else if (!error.code.isEmpty()) {
        showWarning(tr("Connecting %1 failed").arg(displayName), error.message);
    }
    updateBusyProviders();
}

void MainWindow::handleConnectionsChanged(const QList<ConnectionSummary> &connections)
{
    QHash<QString, QString> statuses;
    for (const ConnectionSummary &connection : connections) {
        statuses.insert(connection.id, connection.status);
        const QString previous = m_lastStatus.value(connection.id);
        if (connection.status == u"needs_reauth"_s && !previous.isEmpty() && previous != connection.status)
            Q_EMIT connectionNeedsSignIn(connection.id, connection.providerDisplayName, connection.account);
    }
    m_lastStatus = statuses;
    m_connections->setConnections(connections);
}

void MainWindow::handleDisconnected(const QString &, const QStringList &warnings)
{
    if (warnings.isEmpty()) {
        statusBar()->showMessage(tr("Disconnected. The tokens were revoked at the provider and deleted."), 8000);
        return;
    }
    statusBar()->showMessage(tr("Disconnected, with warnings"), 8000);
    showWarning(tr("Disconnected"), tr("The connection was deleted from this computer, but not everything was revoked "
                                       "at the provider:\n\n%1")
                                        .arg(warnings.join(u'\n')));
}

void MainWindow::showWarning(const QString &title, const QString &message)
{
    // The message may contain a provider's error text, so it is shown as plain text. open()
    // returns at once, so no broker signal waits on the box.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
