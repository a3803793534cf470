#pragma once

#include <QWidget>

class Broker;
class ProvidersModel;
class QPushButton;
class QTableView;

// The providers: presets and the user's own, with their status, Connect, Set up client and
// Add provider. Starting a flow is left to the owner, which shows its progress.
class ProvidersPage : public QWidget
{
    Q_OBJECT

public:
    ProvidersPage(Broker *broker, ProvidersModel *providers, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // Selects the provider named `name`; returns false when there is none.
    bool selectProvider(const QString &name);
    // Enables the buttons that need a running broker.
    void setBrokerRunning(bool running);
    // Disables Connect while a flow of the selected provider runs.
    void setBusyProviders(const QStringList &names);

Q_SIGNALS:
    void connectRequested(const QString &providerName);

private:
    void configureSelected();
    void addProvider();
    void updateButtons();

    Broker *m_broker;
    ProvidersModel *m_providers;
    QTableView *m_view;
    QPushButton *m_connect;
    QPushButton *m_configure;
    QPushButton *m_add;
    QStringList m_busy;
    bool m_running = false;
};
