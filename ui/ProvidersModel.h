#pragma once

#include "ProviderSummary.h"

#include <QAbstractTableModel>

// Read-only table of the providers the broker knows, refreshed from Broker::providersChanged.
class ProvidersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StatusColumn, SourceColumn, RedirectUriColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setProviders(const QList<ProviderSummary> &providers);
    const ProviderSummary *providerAt(int row) const;
    // Returns the provider named `name`, or nullptr.
    const ProviderSummary *provider(const QString &name) const;
    const QList<ProviderSummary> &providers() const { return m_providers; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ProviderSummary> m_providers;
};
