#include "ConnectionsPage.h"

#include "Broker.h"
#include "ConnectionsModel.h"
#include "SessionsPanel.h"
#include "TableViews.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConnectionsPage::ConnectionsPage(Broker *broker, ConnectionsModel *connections, QWidget *parent)
    : QWidget(parent)
    , m_broker(broker)
    , m_connections(connections)
    , m_view(TableViews::create(connections, tr("Connections"), this))
    , m_detail(new QLabel(this))
    , m_reconnect(new QPushButton(tr("&Reconnect"), this))
    , m_copySession(new QPushButton(tr("Copy &session id"), this))
    , m_disconnect(new QPushButton(tr("&Disconnect…"), this))
    , m_sessions(new QGroupBox(tr("Sessions of this connection"), this))
    , m_sessionsPanel(new SessionsPanel(broker, m_sessions))
{
    auto *title = new QLabel(tr("<h2>Connections</h2>"), this);

    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < ConnectionsModel::SessionColumn; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConnectionsModel::ScopesColumn, QHeaderView::Interactive);
    header->resizeSection(ConnectionsModel::ScopesColumn, 180);
    TableViews::keepSelectionAcrossResets(m_view, [this](int row) { return m_connections->connectionAt(row)->id; });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConnectionsPage::updateSelection);
    connect(m_connections, &QAbstractItemModel::modelReset, this, &ConnectionsPage::updateSelection);

    // The reason is English text from the broker that may quote a provider: plain text only.
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setAccessibleName(tr("Connection status details"));
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->hide();

    m_reconnect->setAccessibleName(tr("Reconnect the selected connection"));
    m_reconnect->setToolTip(tr("Sign in to the provider again, for a connection that needs it"));
    connect(m_reconnect, &QPushButton::clicked, this, [this] {
        if (const ConnectionSummary *connection = m_connections->connectionAt(TableViews::selectedRow(m_view)))
            Q_EMIT connectRequested(connection->providerName);
    });
    m_copySession->setAccessibleName(tr("Copy the session id of the selected connection"));
    m_copySession->setToolTip(tr("Agents use the session id to fetch this connection's access token"));
    connect(m_copySession, &QPushButton::clicked, this, &ConnectionsPage::copySelectedSessionId);
    m_disconnect->setAccessibleName(tr("Disconnect the selected connection"));
    m_disconnect->setToolTip(tr("Revoke the connection's tokens at the provider and delete them from this computer"));
    connect(m_disconnect, &QPushButton::clicked, this, &ConnectionsPage::disconnectSelected);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reconnect);
    buttons->addWidget(m_copySession);
    buttons->addStretch();
    buttons->addWidget(m_disconnect);

    auto *sessionsLayout = new QVBoxLayout(m_sessions);
    sessionsLayout->addWidget(m_sessionsPanel);
    connect(m_sessionsPanel, &SessionsPanel::statusMessage, this, &ConnectionsPage::statusMessage);
    m_sessions->setAccessibleName(tr("Sessions of the selected connection"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_view, 2);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);
    layout->addWidget(m_sessions, 2);
    updateSelection();
}

QString ConnectionsPage::detailText() const
{
    return m_detail->isHidden() ? QString() : m_detail->text();
}

void ConnectionsPage::setBrokerRunning(bool running)
{
    m_running = running;
    m_sessionsPanel->setBrokerRunning(running);
    updateSelection();
}

void ConnectionsPage::updateSelection()
{
    const ConnectionSummary *connection = m_connections->connectionAt(TableViews::selectedRow(m_view));
    const QString reason = connection ? ConnectionsModel::statusReason(*connection) : QString();
    m_detail->setText(reason);
    m_detail->setVisible(!reason.isEmpty());

    const bool needsSignIn = connection && connection->status == u"needs_reauth"_s;
    m_reconnect->setEnabled(m_running && connection && connection->status != u"revoked"_s);
    m_reconnect->setDefault(needsSignIn);
    m_copySession->setEnabled(m_running && connection && !connection->sessionIdPrefix.isEmpty());
    m_disconnect->setEnabled(m_running && connection);
    m_sessions->setEnabled(connection != nullptr);
    m_sessionsPanel->setConnection(connection);
}

void ConnectionsPage::copySelectedSessionId()
{
    const ConnectionSummary *connection = m_connections->connectionAt(TableViews::selectedRow(m_view));
    if (!connection)
        return;
    QMetaObject::invokeMethod(m_broker, [broker = m_broker, id = connection->id] { broker->revealSessionId(id); });
}

void ConnectionsPage::disconnectSelected()
{
    const ConnectionSummary *connection = m_connections->connectionAt(TableViews::selectedRow(m_view));
    if (!connection)
        return;

    QMessageBox confirm(QMessageBox::Question, tr("Disconnect %1").arg(connection->providerDisplayName),
                        tr("Disconnect %1 at %2?\n\nSecureContext revokes the connection's tokens at the provider and deletes "
                           "them from this computer. Agents that use its session id lose access at once. To use the "
                           "account again, connect it again.")
                            .arg(connection->account, connection->providerDisplayName),
                        QMessageBox::NoButton, this);
    confirm.setTextFormat(Qt::PlainText);
    QPushButton *disconnectButton = confirm.addButton(tr("Disconnect"), QMessageBox::DestructiveRole);
    confirm.addButton(QMessageBox::Cancel);
    confirm.setDefaultButton(QMessageBox::Cancel);
    const QString id = connection->id;
    confirm.exec();
    if (confirm.clickedButton() != disconnectButton)
        return;

    QMetaObject::invokeMethod(m_broker, [broker = m_broker, id] { broker->disconnectConnection(id); });
    Q_EMIT statusMessage(tr("Disconnecting…"));
}
