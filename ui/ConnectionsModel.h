#pragma once

#include "ConnectionSummary.h"

#include <QAbstractTableModel>
#include <QDateTime>

class QTimer;

// Read-only table of the connections, refreshed from Broker::connectionsChanged. A one-second
// timer updates the access-token countdown column; nothing else changes between resets.
class ConnectionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ProviderColumn,
        AccountColumn,
        StatusColumn,
        ScopesColumn,
        ExpiryColumn,
        LastRefreshColumn,
        SessionColumn,
        ColumnCount
    };

    explicit ConnectionsModel(QObject *parent = nullptr);

    void setConnections(const QList<ConnectionSummary> &connections);
    const ConnectionSummary *connectionAt(int row) const;
    const QList<ConnectionSummary> &connections() const { return m_connections; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const QString &status);
    // The status column's tool tip: the reason of the last failure and what to do about it.
    static QString statusToolTip(const ConnectionSummary &connection);
    // The reason a connection needs attention, as plain text; empty for a healthy connection.
    static QString statusReason(const ConnectionSummary &connection);
    // The time left until `expiresAt` as the countdown column shows it at `now`.
    static QString expiryText(const QDateTime &expiresAt, const QDateTime &now);

private:
    void tick();

    QList<ConnectionSummary> m_connections;
    QTimer *m_countdown;
};
