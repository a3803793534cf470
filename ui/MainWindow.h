#pragma once

#include "core/Error.h"

#include <QMainWindow>
#include <QUrl>

class Broker;
class ConnectionsModel;
class ProvidersModel;
class QLabel;
class QPushButton;
class QTableView;
class QWidget;

// The main window: providers with Connect, the connections with their session ids, and the
// progress of a running sign-in. It talks to the broker only through queued calls and the
// broker's signals, so it never waits on the network or the keychain.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Broker *broker, QWidget *parent = nullptr);

    ProvidersModel *providersModel() const { return m_providers; }
    ConnectionsModel *connectionsModel() const { return m_connections; }

private:
    QWidget *createProvidersGroup();
    QWidget *createFlowPanel();
    QWidget *createConnectionsGroup();

    void connectSelectedProvider();
    void configureSelectedProvider();
    void copySelectedSessionId();
    void disconnectSelectedConnection();
    void handleDisconnected(const QString &connectionId, const QStringList &warnings);
    void updateButtons();
    void showWarning(const QString &title, const QString &message);

    void handleStarted(quint16 port);
    void handleStartFailed(const Error &error);
    void handleFlowStarted(const QString &flowId, const QString &providerName, const QUrl &authorizationUrl);
    void handleFlowFinished(const QString &flowId, const QString &providerName, const QString &sessionId, const Error &error);

    Broker *m_broker;
    ProvidersModel *m_providers;
    ConnectionsModel *m_connections;
    QLabel *m_brokerStatus = nullptr;
    QTableView *m_providerView = nullptr;
    QTableView *m_connectionView = nullptr;
    QPushButton *m_connectButton = nullptr;
    QPushButton *m_configureButton = nullptr;
    QPushButton *m_copySessionButton = nullptr;
    QPushButton *m_disconnectButton = nullptr;
    QWidget *m_flowPanel = nullptr;
    QLabel *m_flowLabel = nullptr;
    QString m_flowId;
    QUrl m_flowUrl;
    bool m_running = false;
};
