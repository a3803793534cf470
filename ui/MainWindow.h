#pragma once

#include "ConnectionSummary.h"
#include "core/Error.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class ActivityPage;
class AgentsModel;
class AgentsPage;
class ApprovalPrompts;
class Broker;
class ConnectFlowDialog;
class ConnectionsModel;
class ConnectionsPage;
class DashboardPage;
class ProvidersModel;
class ProvidersPage;
class QLabel;
class QListWidget;
class QStackedWidget;
class SettingsPage;
class TrayIcon;

// The console: a navigation list of pages (Providers, Connections, Agents, Dashboard, Settings) and
// a status bar with the broker's state and API address. It calls the broker only through
// queued calls and the broker's signals, so it does not wait on the network or the keychain.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Page order in the navigation list. Ctrl+1 to Ctrl+6 select the pages.
    enum Page {
        ProvidersPageIndex,
        ConnectionsPageIndex,
        AgentsPageIndex,
        DashboardPageIndex,
        ActivityPageIndex,
        SettingsPageIndex,
        PageCount
    };

    // `settingsPath` is the settings.ini the daemon reads too; `dataDir` is shown on the
    // Settings page. With an empty `settingsPath` the Settings page is left out.
    explicit MainWindow(Broker *broker, const QString &settingsPath = QString(), const QString &dataDir = QString(),
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    ProvidersModel *providersModel() const { return m_providers; }
    ConnectionsModel *connectionsModel() const { return m_connections; }
    ProvidersPage *providersPage() const { return m_providersPage; }
    ConnectionsPage *connectionsPage() const { return m_connectionsPage; }
    AgentsPage *agentsPage() const { return m_agentsPage; }
    ApprovalPrompts *approvals() const { return m_approvals; }
    DashboardPage *dashboardPage() const { return m_dashboardPage; }
    ActivityPage *activityPage() const { return m_activityPage; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    // The open flow dialog of `providerName`, or nullptr.
    ConnectFlowDialog *flowDialog(const QString &providerName) const;
    QString brokerStateText() const;

Q_SIGNALS:
    // A connection moved to needs_reauth since the last update; the tray shows a notification.
    void connectionNeedsSignIn(const QString &connectionId, const QString &providerDisplayName, const QString &account);

public Q_SLOTS:
    void showPage(int page);
    // Brings the window forward, for the tray and a second start of the program.
    void bringToFront();
    // Starts a flow for the provider and shows its progress dialog.
    void startConnect(const QString &providerName);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createNavigation();
    void createMenus();
    void createTray();

    void handleStarted(quint16 port);
    void handleStartFailed(const Error &error);
    void handleFlowStarted(const QString &flowId, const QString &providerName, const QUrl &authorizationUrl);
    void handleFlowFinished(const QString &flowId, const QString &providerName, const QString &sessionId, const Error &error);
    void handleConnectionsChanged(const QList<ConnectionSummary> &connections);
    void handleDisconnected(const QString &connectionId, const QStringList &warnings);
    void showWarning(const QString &title, const QString &message);
    void updateBusyProviders();
    void updatePendingApprovals(int count);
    // Shows the flow dialog of the provider and starts its flow: a flow of the person's, or,
    // with `connectRequestId`, the flow of that agent's connect request.
    void openFlow(const QString &providerName, const QString &connectRequestId);
    void setBrokerState(const QString &text, bool running, bool failed);

    Broker *m_broker;
    QString m_settingsPath;
    ProvidersModel *m_providers;
    ConnectionsModel *m_connections;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    ProvidersPage *m_providersPage = nullptr;
    ConnectionsPage *m_connectionsPage = nullptr;
    AgentsModel *m_agents = nullptr;
    ApprovalPrompts *m_approvals = nullptr;
    AgentsPage *m_agentsPage = nullptr;
    DashboardPage *m_dashboardPage = nullptr;
    ActivityPage *m_activityPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    QLabel *m_brokerState = nullptr;
    QLabel *m_apiAddress = nullptr;
    TrayIcon *m_tray = nullptr;
    // Flow dialogs by provider name; a dialog outlives its flow to show the result.
    QHash<QString, QPointer<ConnectFlowDialog>> m_flowDialogs;
    // Status of each connection at the last update, to notice a move to needs_reauth.
    QHash<QString, QString> m_lastStatus;
    bool m_running = false;
    bool m_quitting = false;
};
