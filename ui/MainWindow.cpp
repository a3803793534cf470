#include "MainWindow.h"

#include "Broker.h"
#include "ConnectionsModel.h"
#include "ProviderClientDialog.h"
#include "ProvidersModel.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>
#include <memory>

Q_LOGGING_CATEGORY(lcMainWindow, "securecontext.ui.mainwindow")

namespace {

QTableView *createTable(QAbstractItemModel *model, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setAccessibleName(accessibleName);
    return view;
}

int selectedRow(const QTableView *view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

// Keeps the selected row selected across a model reset, by a key that identifies the row
// (provider name, connection id), and selects the first row when there was no selection.
void keepSelectionAcrossResets(QTableView *view, std::function<QString(int row)> keyOf)
{
    auto selectedKey = std::make_shared<QString>();
    QAbstractItemModel *model = view->model();
    QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, view, [view, keyOf, selectedKey] {
        const int row = selectedRow(view);
        *selectedKey = row >= 0 ? keyOf(row) : QString();
    });
    QObject::connect(model, &QAbstractItemModel::modelReset, view, [view, model, keyOf, selectedKey] {
        int target = model->rowCount() > 0 ? 0 : -1;
        for (int row = 0; row < model->rowCount() && !selectedKey->isEmpty(); ++row) {
            if (keyOf(row) == *selectedKey)
                target = row;
        }
        if (target >= 0)
            view->selectRow(target);
    });
}

} // namespace

MainWindow::MainWindow(Broker *broker, QWidget *parent)
    : QMainWindow(parent)
    , m_broker(broker)
    , m_providers(new ProvidersModel(this))
    , m_connections(new ConnectionsModel(this))
{
    setWindowTitle(tr("SecureContext"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_brokerStatus = new QLabel(tr("Starting the broker…"), central);
    m_brokerStatus->setTextFormat(Qt::PlainText);
    m_brokerStatus->setAccessibleName(tr("Broker status"));
    m_brokerStatus->setWordWrap(true);
    m_brokerStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_brokerStatus);
    layout->addWidget(createProvidersGroup(), 2);
    layout->addWidget(createFlowPanel());
    layout->addWidget(createConnectionsGroup(), 3);
    setCentralWidget(central);
    statusBar();

    connect(broker, &Broker::started, this, &MainWindow::handleStarted);
    connect(broker, &Broker::startFailed, this, &MainWindow::handleStartFailed);
    connect(broker, &Broker::providersChanged, m_providers, &ProvidersModel::setProviders);
    connect(broker, &Broker::connectionsChanged, m_connections, &ConnectionsModel::setConnections);
    connect(broker, &Broker::flowStarted, this, &MainWindow::handleFlowStarted);
    connect(broker, &Broker::flowFinished, this, &MainWindow::handleFlowFinished);
    connect(broker, &Broker::sessionIdRevealed, this, [this](const QString &, const QString &sessionId) {
        QApplication::clipboard()->setText(sessionId);
        statusBar()->showMessage(tr("Session id copied to the clipboard"), 5000);
    });
    connect(broker, &Broker::connectionDisconnected, this, &MainWindow::handleDisconnected);
    connect(broker, &Broker::operationFailed, this, [this](const Error &error) {
        showWarning(tr("SecureContext"), error.message);
    });

    connect(m_providers, &QAbstractItemModel::modelReset, this, &MainWindow::updateButtons);
    connect(m_connections, &QAbstractItemModel::modelReset, this, &MainWindow::updateButtons);
    resize(900, 640);
    updateButtons();
}

QWidget *MainWindow::createProvidersGroup()
{
    auto *group = new QGroupBox(tr("Providers"), this);
    m_providerView = createTable(m_providers, tr("Providers"), group);
    m_providerView->horizontalHeader()->setSectionResizeMode(ProvidersModel::NameColumn, QHeaderView::ResizeToContents);
    m_providerView->horizontalHeader()->setSectionResizeMode(ProvidersModel::StatusColumn, QHeaderView::ResizeToContents);
    keepSelectionAcrossResets(m_providerView, [this](int row) { return m_providers->providerAt(row)->name; });
    connect(m_providerView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateButtons);
    connect(m_providerView, &QTableView::doubleClicked, this, &MainWindow::connectSelectedProvider);

    m_connectButton = new QPushButton(tr("&Connect"), group);
    m_connectButton->setAccessibleName(tr("Connect the selected provider"));
    connect(m_connectButton, &QPushButton::clicked, this, &MainWindow::connectSelectedProvider);
    m_configureButton = new QPushButton(tr("Set up &client…"), group);
    m_configureButton->setAccessibleName(tr("Set the OAuth client of the selected provider"));
    connect(m_configureButton, &QPushButton::clicked, this, &MainWindow::configureSelectedProvider);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_connectButton);
    buttons->addWidget(m_configureButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_providerView);
    layout->addLayout(buttons);
    return group;
}

QWidget *MainWindow::createFlowPanel()
{
    m_flowPanel = new QWidget(this);
    m_flowLabel = new QLabel(m_flowPanel);
    m_flowLabel->setTextFormat(Qt::PlainText);
    m_flowLabel->setWordWrap(true);
    auto *copyLink = new QPushButton(tr("Copy &link"), m_flowPanel);
    copyLink->setAccessibleName(tr("Copy the sign-in link"));
    connect(copyLink, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_flowUrl.toString(QUrl::FullyEncoded));
        statusBar()->showMessage(tr("Sign-in link copied; open it in your browser"), 5000);
    });
    auto *cancel = new QPushButton(tr("Cancel"), m_flowPanel);
    cancel->setAccessibleName(tr("Cancel the sign-in"));
    connect(cancel, &QPushButton::clicked, this, [this] {
        QMetaObject::invokeMethod(m_broker, [broker = m_broker, flowId = m_flowId] { broker->cancelFlow(flowId); });
    });

    auto *layout = new QHBoxLayout(m_flowPanel);
    layout->addWidget(m_flowLabel, 1);
    layout->addWidget(copyLink);
    layout->addWidget(cancel);
    m_flowPanel->hide();
    return m_flowPanel;
}

QWidget *MainWindow::createConnectionsGroup()
{
    auto *group = new QGroupBox(tr("Connections"), this);
    m_connectionView = createTable(m_connections, tr("Connections"), group);
    for (int column = 0; column < ConnectionsModel::SessionColumn; ++column)
        m_connectionView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_connectionView->setWordWrap(false);
    keepSelectionAcrossResets(m_connectionView, [this](int row) { return m_connections->connectionAt(row)->id; });
    connect(m_connectionView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateButtons);

    m_copySessionButton = new QPushButton(tr("Copy &session id"), group);
    m_copySessionButton->setAccessibleName(tr("Copy the session id of the selected connection"));
    m_copySessionButton->setToolTip(tr("Agents use the session id to fetch this connection's access token"));
    connect(m_copySessionButton, &QPushButton::clicked, this, &MainWindow::copySelectedSessionId);

    m_disconnectButton = new QPushButton(tr("&Disconnect…"), group);
    m_disconnectButton->setAccessibleName(tr("Disconnect the selected connection"));
    m_disconnectButton->setToolTip(tr("Revoke the connection's tokens at the provider and delete them from this computer"));
    connect(m_disconnectButton, &QPushButton::clicked, this, &MainWindow::disconnectSelectedConnection);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copySessionButton);
    buttons->addWidget(m_disconnectButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_connectionView);
    layout->addLayout(buttons);
    return group;
}

void MainWindow::updateButtons()
{
    const ProviderSummary *provider = m_providers->providerAt(selectedRow(m_providerView));
    const ConnectionSummary *connection = m_connections->connectionAt(selectedRow(m_connectionView));
    m_connectButton->setEnabled(m_running && provider && provider->isConfigured() && m_flowId.isEmpty());
    m_configureButton->setEnabled(m_running && provider);
    m_copySessionButton->setEnabled(m_running && connection && !connection->sessionIdPrefix.isEmpty());
    m_disconnectButton->setEnabled(m_running && connection);
}

void MainWindow::connectSelectedProvider()
{
    const ProviderSummary *provider = m_providers->providerAt(selectedRow(m_providerView));
    if (!provider || !m_connectButton->isEnabled())
        return;
    QMetaObject::invokeMethod(m_broker, [broker = m_broker, name = provider->name] { broker->startFlow(name); });
}

void MainWindow::configureSelectedProvider()
{
    const ProviderSummary *provider = m_providers->providerAt(selectedRow(m_providerView));
    if (!provider)
        return;

    ProviderClientDialog dialog(provider->displayName, provider->clientId, provider->redirectUri, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QMetaObject::invokeMethod(m_broker, [broker = m_broker, name = provider->name, id = dialog.clientId(), secret = dialog.clientSecret()] {
        broker->configureProvider(name, id, secret);
    });
}

void MainWindow::copySelectedSessionId()
{
    const ConnectionSummary *connection = m_connections->connectionAt(selectedRow(m_connectionView));
    if (!connection)
        return;
    QMetaObject::invokeMethod(m_broker, [broker = m_broker, id = connection->id] { broker->revealSessionId(id); });
}

void MainWindow::disconnectSelectedConnection()
{
    const ConnectionSummary *connection = m_connections->connectionAt(selectedRow(m_connectionView));
    if (!connection)
        return;

    QMessageBox confirm(QMessageBox::Question, tr("Disconnect %1").arg(connection->providerDisplayName),
                        tr("Disconnect %1 at %2?\n\nSecureContext revokes the connection's tokens at the provider and deletes "
                           "them from this computer. Agents that use its session id lose access at once. To use the "
                           "account again, connect it again.")
                            .arg(connection->account, connection->providerDisplayName),
                        QMessageBox::NoButton, this);
    QPushButton *disconnectButton = confirm.addButton(tr("Disconnect"), QMessageBox::DestructiveRole);
    confirm.addButton(QMessageBox::Cancel);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != disconnectButton)
        return;

    const QString id = connection->id;
    QMetaObject::invokeMethod(m_broker, [broker = m_broker, id] { broker->disconnectConnection(id); });
    statusBar()->showMessage(tr("Disconnecting…"));
}

void MainWindow::handleDisconnected(const QString &, const QStringList &warnings)
{
    if (warnings.isEmpty()) {
        statusBar()->showMessage(tr("Disconnected. The tokens were revoked at the provider and deleted."), 8000);
        return;
    }
    statusBar()->showMessage(tr("Disconnected, with warnings"), 8000);
    QMessageBox::warning(this, tr("Disconnected"),
                         tr("The connection was deleted from this computer, but not everything was revoked at the provider:\n\n%1")
                             .arg(warnings.join(u'\n')));
}

void MainWindow::showWarning(const QString &title, const QString &message)
{
    // The message may carry a provider's error text: show it as plain text, never as markup.
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MainWindow::handleStarted(quint16 port)
{
    m_running = true;
    m_brokerStatus->setText(tr("The broker is running. Agents reach it at http://127.0.0.1:%1").arg(port));
    updateButtons();
}

void MainWindow::handleStartFailed(const Error &error)
{
    m_running = false;
    m_brokerStatus->setText(tr("The broker could not start: %1").arg(error.message));
    m_brokerStatus->setStyleSheet(QStringLiteral("color: palette(bright-text); background: #b3261e; padding: 6px;"));
    updateButtons();
}

void MainWindow::handleFlowStarted(const QString &flowId, const QString &providerName, const QUrl &authorizationUrl)
{
    m_flowId = flowId;
    m_flowUrl = authorizationUrl;
    m_flowLabel->setText(tr("Waiting for you to sign in to %1 in your browser…").arg(providerName));
    m_flowPanel->show();
    updateButtons();

    if (!QDesktopServices::openUrl(authorizationUrl)) {
        qCWarning(lcMainWindow) << "No browser opened for the flow" << flowId;
        m_flowLabel->setText(tr("No browser opened. Copy the sign-in link and open it in your browser to connect %1.")
                                 .arg(providerName));
    }
}

void MainWindow::handleFlowFinished(const QString &flowId, const QString &providerName, const QString &, const Error &error)
{
    if (!flowId.isEmpty() && flowId != m_flowId)
        return;
    m_flowId.clear();
    m_flowUrl.clear();
    m_flowPanel->hide();
    updateButtons();

    if (error.code.isEmpty()) {
        statusBar()->showMessage(tr("Connected %1").arg(providerName), 8000);
        return;
    }
    if (error.code == QStringLiteral("FLOW_CANCELLED"))
        return;
    showWarning(tr("Connecting %1 failed").arg(providerName), error.message);
}
