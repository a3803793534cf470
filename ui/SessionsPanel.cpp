#include "SessionsPanel.h"

#include "Broker.h"
#include "ConnectionSummary.h"
#include "CreateSessionDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SessionsPanel::SessionsPanel(Broker *broker, QWidget *parent)
    : QWidget(parent)
    , m_broker(broker)
    , m_view(new QTableWidget(0, ColumnCount, this))
    , m_placeholder(new QLabel(this))
    , m_create(new QPushButton(tr("&New session…"), this))
    , m_revoke(new QPushButton(tr("Re&voke…"), this))
    , m_refresh(new QPushButton(tr("Re&fresh now"), this))
{
    m_view->setHorizontalHeaderLabels({tr("Agent"), tr("Session", "column of session id prefixes"), tr("Scopes"),
                                       tr("Created"), tr("Expires"), tr("Status")});
    m_view->setAccessibleName(tr("Sessions"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view, &QTableWidget::itemSelectionChanged, this, &SessionsPanel::updateButtons);

    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    m_create->setAccessibleName(tr("New session of the selected connection"));
    m_create->setToolTip(tr("Give an agent its own session id with a lifetime and a part of the scopes"));
    connect(m_create, &QPushButton::clicked, this, &SessionsPanel::openCreateDialog);
    m_revoke->setAccessibleName(tr("Revoke the selected session"));
    m_revoke->setToolTip(tr("The session id stops working at once; the connection stays"));
    connect(m_revoke, &QPushButton::clicked, this, &SessionsPanel::revokeSelected);
    m_refresh->setAccessibleName(tr("Refresh the connection's access token now"));
    m_refresh->setToolTip(tr("Ask the provider for a new access token now instead of shortly before expiry"));
    connect(m_refresh, &QPushButton::clicked, this, &SessionsPanel::refreshConnection);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_refresh);
    buttons->addStretch();
    buttons->addWidget(m_revoke);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_placeholder);
    layout->addLayout(buttons);

    // NOTE: the broker emits sessionsChanged() only after a change, not when it loads the
    // stored sessions, so sessions from an earlier run appear after the first change.
    connect(broker, &Broker::sessionsChanged, this, &SessionsPanel::setSessions);
    connect(broker, &Broker::sessionCreated, this, &SessionsPanel::handleCreated);
    connect(broker, &Broker::operationFailed, this, &SessionsPanel::handleFailed);
    fillTable();
}

QString SessionsPanel::statusText(const QString &status)
{
    if (status == u"active"_s)
        return tr("Active", "session status");
    if (status == u"expired"_s)
        return tr("Expired", "session status");
    if (status == u"revoked"_s)
        return tr("Revoked", "session status");
    return status;
}

void SessionsPanel::setConnection(const ConnectionSummary *connection)
{
    m_connectionId = connection ? connection->id : QString();
    m_connectionName = connection ? tr("%1 (%2)", "account (provider)").arg(connection->account, connection->providerDisplayName)
                                  : QString();
    m_grantedScopes = connection ? connection->grantedScopes : QStringList();
    fillTable();
}

void SessionsPanel::setBrokerRunning(bool running)
{
    m_running = running;
    updateButtons();
}

void SessionsPanel::setSessions(const QList<SessionSummary> &sessions)
{
    m_sessions = sessions;
    fillTable();
}

void SessionsPanel::fillTable()
{
    const SessionSummary *selected = selectedSession();
    const QByteArray selectedHash = selected ? selected->idHash : QByteArray();

    m_shown.clear();
    for (const SessionSummary &session : std::as_const(m_sessions)) {
        if (!m_connectionId.isEmpty() && session.connectionId == m_connectionId)
            m_shown.append(session);
    }
    // Active sessions first, newest first within each status.
    std::stable_sort(m_shown.begin(), m_shown.end(), [](const SessionSummary &a, const SessionSummary &b) {
        const bool aActive = a.status == u"active"_s;
        const bool bActive = b.status == u"active"_s;
        if (aActive != bActive)
            return aActive;
        return a.createdAt > b.createdAt;
    });

    const QLocale locale;
    m_view->setRowCount(int(m_shown.size()));
    int selectRow = -1;
    for (int row = 0; row < m_shown.size(); ++row) {
        const SessionSummary &session = m_shown.at(row);
        const QString holder = !session.agentName.isEmpty() ? session.agentName
                                                            : tr("You", "session made by the person in the console");
        const QString scopes = session.scopes.isEmpty() ? tr("All granted", "session scopes") : session.scopes.join(u' ');
        const QString expires = session.expiresAt.isValid()
            ? locale.toString(session.expiresAt.toLocalTime(), QLocale::ShortFormat)
            : tr("Never", "session expiry");
        const QStringList texts = {holder,
                                   session.idPrefix + u"…"_s,
                                   scopes,
                                   locale.toString(session.createdAt.toLocalTime(), QLocale::ShortFormat),
                                   expires,
                                   statusText(session.status)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            m_view->setItem(row, column, item);
        }
        if (session.exposeRefreshToken)
            m_view->item(row, ScopesColumn)->setToolTip(tr("The agent can see the refresh token"));
        if (session.idHash == selectedHash)
            selectRow = row;
    }
    m_view->resizeColumnsToContents();
    if (selectRow >= 0)
        m_view->selectRow(selectRow);

    if (m_connectionId.isEmpty())
        m_placeholder->setText(tr("Select a connection to see its sessions."));
    else if (m_shown.isEmpty())
        m_placeholder->setText(tr("No sessions yet. Create one for each agent, so you can revoke each on its own."));
    m_placeholder->setVisible(m_shown.isEmpty());
    updateButtons();
}

const SessionSummary *SessionsPanel::selectedSession() const
{
    const QList<QTableWidgetItem *> items = m_view->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_shown.size() ? &m_shown.at(row) : nullptr;
}

void SessionsPanel::updateButtons()
{
    const SessionSummary *session = selectedSession();
    const bool haveConnection = !m_connectionId.isEmpty();
    m_create->setEnabled(m_running && haveConnection);
    m_refresh->setEnabled(m_running && haveConnection);
    m_revoke->setEnabled(m_running && session && session->status == u"active"_s);
}

CreateSessionDialog *SessionsPanel::createDialog() const
{
    return m_dialog.data();
}

void SessionsPanel::openCreateDialog()
{
    if (m_connectionId.isEmpty())
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }

    m_dialog = new CreateSessionDialog(m_connectionId, m_connectionName, m_grantedScopes, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &CreateSessionDialog::createRequested, this,
            [this](const QString &connectionId, const SessionOptions &options) {
                QMetaObject::invokeMethod(m_broker, [broker = m_broker, connectionId, options] {
                    broker->createSession(connectionId, options);
                });
            });
    // Window-modal, so the main window leaves the broker's errors to the dialog.
    m_dialog->open();
}

void SessionsPanel::handleCreated(const QString &connectionId, const QString &sessionId)
{
    if (m_dialog && m_dialog->isWaiting() && m_dialog->connectionId() == connectionId)
        m_dialog->showCreated(sessionId);
}

void SessionsPanel::handleFailed(const Error &error)
{
    if (m_dialog && m_dialog->isWaiting())
        m_dialog->showFailed(error.message);
}

void SessionsPanel::revokeSelected()
{
    const SessionSummary *session = selectedSession();
    if (!session)
        return;

    const QString holder = session->agentName.isEmpty() ? tr("you", "session made by the person in the console")
                                                        : session->agentName;
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("Revoke session"),
                                    tr("Revoke the session %1… of %2?\n\nIts session id stops working at once. The "
                                       "connection and its other sessions stay.")
                                        .arg(session->idPrefix, holder),
                                    QMessageBox::NoButton, this);
    confirm->setTextFormat(Qt::PlainText);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *revokeButton = confirm->addButton(tr("Revoke"), QMessageBox::DestructiveRole);
    revokeButton->setAccessibleName(tr("Revoke"));
    confirm->addButton(QMessageBox::Cancel);
    confirm->setDefaultButton(QMessageBox::Cancel);
    const QByteArray idHash = session->idHash;
    connect(confirm, &QMessageBox::buttonClicked, this, [this, revokeButton, idHash](QAbstractButton *button) {
        if (button != revokeButton)
            return;
        QMetaObject::invokeMethod(m_broker, [broker = m_broker, idHash] { broker->revokeSession(idHash); });
        Q_EMIT statusMessage(tr("Session revoked"));
    });
    confirm->open();
}

void SessionsPanel::refreshConnection()
{
    if (m_connectionId.isEmpty())
        return;
    QMetaObject::invokeMethod(m_broker, [broker = m_broker, id = m_connectionId] { broker->refreshConnection(id); });
    Q_EMIT statusMessage(tr("Refreshing the access token…"));
}
