#include "ProvidersModel.h"

void ProvidersModel::setProviders(const QList<ProviderSummary> &providers)
{
    beginResetModel();
    m_providers = providers;
    endResetModel();
}

const ProviderSummary *ProvidersModel::providerAt(int row) const
{
    if (row < 0 || row >= m_providers.size())
        return nullptr;
    return &m_providers.at(row);
}

const ProviderSummary *ProvidersModel::provider(const QString &name) const
{
    for (const ProviderSummary &candidate : m_providers) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

int ProvidersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_providers.size());
}

int ProvidersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProvidersModel::data(const QModelIndex &index, int role) const
{
    const ProviderSummary *provider = providerAt(index.row());
    if (!provider || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};

    switch (index.column()) {
    case NameColumn:
        return provider->displayName;
    case StatusColumn:
        return provider->isConfigured() ? tr("Ready") : tr("Client id needed", "provider status");
    case SourceColumn:
        return provider->userFile ? tr("Added by you", "provider source") : tr("Preset", "provider source");
    case RedirectUriColumn:
        return provider->redirectUri;
    default:
        return {};
    }
}

QVariant ProvidersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};

    switch (section) {
    case NameColumn:
        return tr("Provider");
    case StatusColumn:
        return tr("Status");
    case SourceColumn:
        return tr("Source");
    case RedirectUriColumn:
        return tr("Redirect URI to register");
    default:
        return {};
    }
}
