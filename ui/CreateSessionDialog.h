#pragma once

#include "connections/SessionOptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

// Asks for a new session of one connection: the agent's name, the lifetime, the scopes (a
// subset of the granted ones) and whether the agent may see the refresh token. After the
// broker created it, the dialog shows the session id once, with Copy.
class CreateSessionDialog : public QDialog
{
    Q_OBJECT

public:
    // Lifetime choices in seconds; 0 = no expiry.
    static const QList<qint64> &lifetimeChoices();

    CreateSessionDialog(const QString &connectionId, const QString &connectionName, const QStringList &grantedScopes,
                        QWidget *parent = nullptr);

    QString connectionId() const { return m_connectionId; }
    // The options as entered. `scopes` is empty when every granted scope is checked.
    SessionOptions options() const;
    bool isWaiting() const { return m_waiting; }
    // The id shown after creation, or an empty string.
    QString sessionId() const;

public Q_SLOTS:
    void showCreated(const QString &sessionId);
    void showFailed(const QString &message);

Q_SIGNALS:
    void createRequested(const QString &connectionId, const SessionOptions &options);

private:
    void updateCreateButton();
    void requestCreate();

    QString m_connectionId;
    QStringList m_grantedScopes;
    QStackedWidget *m_stages;
    QLineEdit *m_agentName;
    QComboBox *m_lifetime;
    QList<QCheckBox *> m_scopes;
    QCheckBox *m_exposeRefreshToken;
    QLabel *m_refreshTokenWarning;
    QLabel *m_error;
    QLineEdit *m_sessionId;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
    bool m_waiting = false;
};
