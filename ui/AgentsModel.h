#pragma once

#include "AgentSummary.h"
#include "ConnectionSummary.h"

#include <QAbstractTableModel>

// Read-only table of the paired agents, refreshed from Broker::agentsChanged. Connection ids
// in the permissions are shown as provider and account, from Broker::connectionsChanged.
class AgentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StatusColumn, PermissionsColumn, CreatedColumn, ExpiresColumn, LastUsedColumn, ColumnCount };

    explicit AgentsModel(QObject *parent = nullptr);

    void setAgents(const QList<AgentSummary> &agents);
    void setConnections(const QList<ConnectionSummary> &connections);
    const AgentSummary *agentAt(int row) const;
    const QList<AgentSummary> &agents() const { return m_agents; }
    const QList<ConnectionSummary> &connections() const { return m_connections; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const QString &status);
    // One sentence a person can read, such as "Reads access tokens of GitHub (ada)".
    // `connections` supplies the names of connection ids.
    static QString permissionsText(const AgentPermissions &permissions, const QList<ConnectionSummary> &connections);

private:
    QList<AgentSummary> m_agents;
    QList<ConnectionSummary> m_connections;
};
