#pragma once

#include <QWidget>

class AgentsModel;
class ApprovalPrompts;
class Broker;
class QLabel;
class QPushButton;
class QTableView;

// The paired agents: name, status, permissions in words, pairing date, key expiry and last
// use; Edit permissions and Revoke. A bar above the table counts the requests that wait for
// the person and opens their prompts.
class AgentsPage : public QWidget
{
    Q_OBJECT

public:
    AgentsPage(Broker *broker, AgentsModel *agents, ApprovalPrompts *approvals, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    void setBrokerRunning(bool running);

private:
    void updateSelection();
    void updatePending(int count);
    void editSelected();
    void revokeSelected();

    Broker *m_broker;
    AgentsModel *m_agents;
    QTableView *m_view;
    QLabel *m_pendingText;
    QPushButton *m_review;
    QPushButton *m_edit;
    QPushButton *m_revoke;
    bool m_running = false;
};
