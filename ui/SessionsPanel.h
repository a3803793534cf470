#pragma once

#include "SessionSummary.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class Broker;
class CreateSessionDialog;
class QLabel;
class QPushButton;
class QTableWidget;
struct ConnectionSummary;
struct Error;

// The sessions of the selected connection: holder, id prefix, scopes, created, expires and
// status; New session…, Revoke… and Refresh now. The full id of a session appears only in
// the New session dialog, once, right after the broker created it.
class SessionsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { AgentColumn, IdColumn, ScopesColumn, CreatedColumn, ExpiresColumn, StatusColumn, ColumnCount };

    explicit SessionsPanel(Broker *broker, QWidget *parent = nullptr);

    // Shows the sessions of `connection`, or none for nullptr.
    void setConnection(const ConnectionSummary *connection);
    void setBrokerRunning(bool running);
    QTableWidget *view() const { return m_view; }
    // The sessions in the table, in table order.
    const QList<SessionSummary> &shownSessions() const { return m_shown; }
    // The open New session dialog, or nullptr.
    CreateSessionDialog *createDialog() const;

    static QString statusText(const QString &status);

public Q_SLOTS:
    void setSessions(const QList<SessionSummary> &sessions);
    void openCreateDialog();
    // Asks for confirmation, then revokes the selected session.
    void revokeSelected();
    void refreshConnection();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void fillTable();
    void updateButtons();
    const SessionSummary *selectedSession() const;
    void handleCreated(const QString &connectionId, const QString &sessionId);
    void handleFailed(const Error &error);

    Broker *m_broker;
    QTableWidget *m_view;
    QLabel *m_placeholder;
    QPushButton *m_create;
    QPushButton *m_revoke;
    QPushButton *m_refresh;
    QString m_connectionId;
    QString m_connectionName;
    QStringList m_grantedScopes;
    QList<SessionSummary> m_sessions;
    QList<SessionSummary> m_shown;
    QPointer<CreateSessionDialog> m_dialog;
    bool m_running = false;
};
