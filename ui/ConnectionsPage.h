#pragma once

#include <QWidget>

class Broker;
class ConnectionsModel;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
class SessionsPanel;

// The connections: account, provider, status with its reason, granted scopes, the access
// token's countdown and last refresh; Reconnect, Copy session id and Disconnect. The lower
// area lists the selected connection's sessions.
class ConnectionsPage : public QWidget
{
    Q_OBJECT

public:
    ConnectionsPage(Broker *broker, ConnectionsModel *connections, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    SessionsPanel *sessionsPanel() const { return m_sessionsPanel; }
    // The plain-text reason shown for the selected connection; empty when it is healthy.
    QString detailText() const;
    void setBrokerRunning(bool running);

Q_SIGNALS:
    // Reconnect requests a new flow of the selected connection's provider.
    void connectRequested(const QString &providerName);
    void statusMessage(const QString &message);

private:
    void copySelectedSessionId();
    void disconnectSelected();
    void updateSelection();

    Broker *m_broker;
    ConnectionsModel *m_connections;
    QTableView *m_view;
    QLabel *m_detail;
    QPushButton *m_reconnect;
    QPushButton *m_copySession;
    QPushButton *m_disconnect;
    QGroupBox *m_sessions;
    SessionsPanel *m_sessionsPanel;
    bool m_running = false;
};
