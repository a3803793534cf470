#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

// Non-modal progress of one connect flow: waiting for the browser, exchanging the code, done
// or failed with a plain explanation. It only shows state; the owner forwards Cancel to the
// broker and reports the flow's result.
class ConnectFlowDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Stage { Starting, WaitingForBrowser, ExchangingCode, Connected, Failed };
    Q_ENUM(Stage)

    ConnectFlowDialog(const QString &providerName, const QString &providerDisplayName, QWidget *parent = nullptr);
    ~ConnectFlowDialog() override;

    QString providerName() const { return m_providerName; }
    QString flowId() const { return m_flowId; }
    Stage stage() const { return m_stage; }
    QUrl authorizationUrl() const { return m_url; }
    // The text under the progress steps: the state, or the explanation of a failure.
    QString message() const;
    // The time left until the sign-in link expires, as shown; empty once the flow ended.
    QString remainingText() const;

    // Shows that the broker started the flow. With `browserOpened` false the link is shown
    // for the user to open by hand.
    void showStarted(const QString &flowId, const QUrl &authorizationUrl, const QDateTime &expiresAt, bool browserOpened);
    // Shows that the browser returned and the code is being exchanged (Broker::flowExchanging).
    void showExchangingCode();
    void showFinished(const Error &error);

Q_SIGNALS:
    // Emitted from the destructor while the object is still a ConnectFlowDialog. Unlike
    // QObject::destroyed(), a receiver may still use a QPointer to it.
    void closing();
    // The user pressed Cancel while the flow was running.
    void cancelRequested(const QString &flowId);
    // The user asked for a new flow of the same provider after a failure.
    void retryRequested(const QString &providerName);

private:
    void setStage(Stage stage);
    void updateRemaining();

    QString m_providerName;
    QString m_providerDisplayName;
    QString m_flowId;
    QUrl m_url;
    QDateTime m_expiresAt;
    Stage m_stage = Stage::Starting;
    QLabel *m_steps[3] = {};
    QLabel *m_message;
    QLabel *m_remaining;
    QLineEdit *m_link;
    QPushButton *m_copyLink;
    QPushButton *m_openBrowser;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QTimer *m_countdown;
};
