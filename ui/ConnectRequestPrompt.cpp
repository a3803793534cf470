#include "ConnectRequestPrompt.h"

#include "Broker.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

ConnectRequestPrompt::ConnectRequestPrompt(Broker *broker, const ConnectRequest &request,
                                           const QString &providerDisplayName, QWidget *parent)
    : QDialog(parent)
    , m_broker(broker)
    , m_request(request)
{
    const QString provider = providerDisplayName.isEmpty() ? request.provider : providerDisplayName;
    setWindowTitle(tr("Connect %1 for %2").arg(provider, request.agentName));
    setModal(false);

    // The agent chose its name and the scopes: plain text only.
    auto *intro = new QLabel(tr("The agent %1 asks you to connect an account at %2. Allow starts the sign-in in "
                                "your browser; the agent receives a session of the new connection.")
                                 .arg(request.agentName, provider),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setAccessibleName(tr("Connect request"));

    auto *scopes = new QLabel(request.scopes.isEmpty() ? tr("Every scope the provider grants") : request.scopes.join(u' '), this);
    scopes->setTextFormat(Qt::PlainText);
    scopes->setWordWrap(true);
    scopes->setAccessibleName(tr("Requested scopes"));
    const qint64 hours = request.sessionLifetimeSeconds / 3600;
    auto *lifetime = new QLabel(request.sessionLifetimeSeconds == 0 ? tr("Until revoked", "session lifetime")
                                    : hours >= 1 ? tr("%n hour(s)", "session lifetime", int(hours))
                                                 : tr("%n minute(s)", "session lifetime", int(request.sessionLifetimeSeconds / 60)),
                                this);
    lifetime->setAccessibleName(tr("Session lifetime"));
    auto *details = new QFormLayout;
    details->addRow(tr("Scopes:"), scopes);
    details->addRow(tr("Session lifetime:"), lifetime);
    details->addRow(tr("Request expires:"), new QLabel(QLocale().toString(request.expiresAt.toLocalTime(), QLocale::ShortFormat), this));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *allow = buttons->addButton(tr("&Allow"), QDialogButtonBox::AcceptRole);
    allow->setAccessibleName(tr("Allow"));
    QPushButton *deny = buttons->addButton(tr("&Deny"), QDialogButtonBox::RejectRole);
    deny->setAccessibleName(tr("Deny"));
    deny->setDefault(true);
    deny->setFocus();
    connect(allow, &QPushButton::clicked, this, [this] {
        Q_EMIT allowRequested(m_request);
        Q_EMIT requestEnded(m_request.id);
        close();
    });
    connect(deny, &QPushButton::clicked, this, [this] {
        QMetaObject::invokeMethod(m_broker, [broker = m_broker, id = m_request.id] { broker->denyConnectRequest(id); });
        Q_EMIT requestEnded(m_request.id);
        close();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(details);
    layout->addWidget(buttons);

    // The broker expires the request then; a later Allow would fail with REQUEST_NOT_PENDING.
    const qint64 remainingMs = QDateTime::currentDateTimeUtc().msecsTo(request.expiresAt);
    if (request.expiresAt.isValid())
        QTimer::singleShot(std::chrono::milliseconds(qMax<qint64>(0, remainingMs)), this, [this] {
            Q_EMIT requestEnded(m_request.id);
            close();
        });
}
