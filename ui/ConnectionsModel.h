#pragma once

#include "ConnectionSummary.h"

#include <QAbstractTableModel>

// Read-only table of the connections, refreshed from Broker::connectionsChanged.
class ConnectionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ProviderColumn, AccountColumn, StatusColumn, ExpiryColumn, SessionColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setConnections(const QList<ConnectionSummary> &connections);
    const ConnectionSummary *connectionAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const QString &status);
    // The status column's tool tip: the reason of the last failure and what to do about it.
    static QString statusToolTip(const ConnectionSummary &connection);

private:
    QList<ConnectionSummary> m_connections;
};
