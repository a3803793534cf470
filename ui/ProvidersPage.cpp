#include "ProvidersPage.h"

#include "AddProviderDialog.h"
#include "Broker.h"
#include "ProviderClientDialog.h"
#include "ProvidersModel.h"
#include "TableViews.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ProvidersPage::ProvidersPage(Broker *broker, ProvidersModel *providers, QWidget *parent)
    : QWidget(parent)
    , m_broker(broker)
    , m_providers(providers)
    , m_view(TableViews::create(providers, tr("Providers"), this))
    , m_connect(new QPushButton(tr("&Connect"), this))
    , m_configure(new QPushButton(tr("Set up &client…"), this))
    , m_add(new QPushButton(tr("&Add provider…"), this))
{
    auto *title = new QLabel(tr("<h2>Providers</h2>"), this);
    auto *intro = new QLabel(tr("Services you can connect. Set up an OAuth client for a provider once, then connect "
                                "your account."), this);
    intro->setWordWrap(true);

    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(ProvidersModel::NameColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProvidersModel::StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProvidersModel::SourceColumn, QHeaderView::ResizeToContents);
    TableViews::keepSelectionAcrossResets(m_view, [this](int row) { return m_providers->providerAt(row)->name; });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProvidersPage::updateButtons);
    connect(m_providers, &QAbstractItemModel::modelReset, this, &ProvidersPage::updateButtons);
    connect(m_view, &QTableView::activated, this, [this] {
        if (m_connect->isEnabled())
            m_connect->click();
    });

    m_connect->setAccessibleName(tr("Connect the selected provider"));
    m_connect->setToolTip(tr("Sign in to the provider in your browser and store the connection"));
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (const ProviderSummary *provider = m_providers->providerAt(TableViews::selectedRow(m_view)))
            Q_EMIT connectRequested(provider->name);
    });
    m_configure->setAccessibleName(tr("Set the OAuth client of the selected provider"));
    connect(m_configure, &QPushButton::clicked, this, &ProvidersPage::configureSelected);
    m_add->setAccessibleName(tr("Add a provider"));
    connect(m_add, &QPushButton::clicked, this, &ProvidersPage::addProvider);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_connect);
    buttons->addWidget(m_configure);
    buttons->addStretch();
    buttons->addWidget(m_add);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    updateButtons();
}

bool ProvidersPage::selectProvider(const QString &name)
{
    for (int row = 0; row < m_providers->rowCount(); ++row) {
        if (m_providers->providerAt(row)->name == name) {
            m_view->selectRow(row);
            return true;
        }
    }
    return false;
}

void ProvidersPage::setBrokerRunning(bool running)
{
    m_running = running;
    updateButtons();
}

void ProvidersPage::setBusyProviders(const QStringList &names)
{
    m_busy = names;
    updateButtons();
}

void ProvidersPage::updateButtons()
{
    const ProviderSummary *provider = m_providers->providerAt(TableViews::selectedRow(m_view));
    m_connect->setEnabled(m_running && provider && provider->isConfigured() && !m_busy.contains(provider->name));
    m_configure->setEnabled(m_running && provider);
    m_add->setEnabled(m_running);
}

void ProvidersPage::configureSelected()
{
    const ProviderSummary *provider = m_providers->providerAt(TableViews::selectedRow(m_view));
    if (!provider)
        return;

    // The dialog is modal, but no broker call waits on it: the values go to the broker after
    // it closes.
    ProviderClientDialog dialog(provider->displayName, provider->clientId, provider->redirectUri, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QMetaObject::invokeMethod(m_broker, [broker = m_broker, name = provider->name, id = dialog.clientId(),
                                         secret = dialog.clientSecret()] { broker->configureProvider(name, id, secret); });
}

void ProvidersPage::addProvider()
{
    auto *dialog = new AddProviderDialog(m_broker, m_providers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(true);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectProvider(dialog->addedProvider()); });
    dialog->show();
}
