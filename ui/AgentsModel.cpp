#include "AgentsModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString dateText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

AgentsModel::AgentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AgentsModel::setAgents(const QList<AgentSummary> &agents)
{
    beginResetModel();
    m_agents = agents;
    endResetModel();
}

void AgentsModel::setConnections(const QList<ConnectionSummary> &connections)
{
    m_connections = connections;
    if (!m_agents.isEmpty())
        Q_EMIT dataChanged(index(0, PermissionsColumn), index(rowCount() - 1, PermissionsColumn));
}

const AgentSummary *AgentsModel::agentAt(int row) const
{
    if (row < 0 || row >= m_agents.size())
        return nullptr;
    return &m_agents.at(row);
}

int AgentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_agents.size());
}

int AgentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgentsModel::statusText(const QString &status)
{
    if (status == u"approved"_s)
        return tr("Approved, key not yet collected", "agent status");
    if (status == u"active"_s)
        return tr("Active", "agent status");
    if (status == u"expired"_s)
        return tr("Expired", "agent status");
    if (status == u"revoked"_s)
        return tr("Revoked", "agent status");
    return status;
}

QString AgentsModel::permissionsText(const AgentPermissions &permissions, const QList<ConnectionSummary> &connections)
{
    QString where;
    if (permissions.connections.contains(u"*"_s)) {
        where = tr("every connection");
    } else if (permissions.connections.isEmpty()) {
        where = tr("no connection");
    } else {
        QStringList names;
        for (const QString &id : permissions.connections) {
            QString name = tr("unknown connection %1").arg(id);
            for (const ConnectionSummary &connection : connections) {
                if (connection.id == id)
                    name = tr("%1 (%2)", "provider (account)").arg(connection.providerDisplayName, connection.account);
            }
            names.append(name);
        }
        where = QLocale().createSeparatedList(names);
    }

    QString text;
    if (permissions.proxyOnly)
        text = tr("Calls the APIs of %1 through the proxy, never sees a token.").arg(where);
    else if (permissions.tokenRead)
        text = tr("Reads access tokens of %1.").arg(where);
    else
        text = tr("May use %1, without reading tokens.").arg(where);
    if (permissions.admin)
        text += u' ' + tr("Admin: reads the audit trail and manages other agents.");
    return text;
}

QVariant AgentsModel::data(const QModelIndex &index, int role) const
{
    const AgentSummary *agent = agentAt(index.row());
    if (!agent)
        return {};
    if (role == Qt::ToolTipRole && index.column() == PermissionsColumn)
        return permissionsText(agent->permissions, m_connections);
    if (role != Qt::DisplayRole)
        return {};

    switch (index.column()) {
    case NameColumn:
        return agent->name;
    case StatusColumn:
        return statusText(agent->status);
    case PermissionsColumn:
        return permissionsText(agent->permissions, m_connections);
    case CreatedColumn:
        return dateText(agent->createdAt);
    case ExpiresColumn:
        return agent->expiresAt.isValid() ? dateText(agent->expiresAt) : tr("Never", "agent key expiry");
    case LastUsedColumn:
        return agent->lastUsedAt.isValid() ? dateText(agent->lastUsedAt) : tr("Never", "agent last use");
    default:
        return {};
    }
}

QVariant AgentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};

    switch (section) {
    case NameColumn:
        return tr("Agent");
    case StatusColumn:
        return tr("Status");
    case PermissionsColumn:
        return tr("Permissions");
    case CreatedColumn:
        return tr("Paired");
    case ExpiresColumn:
        return tr("Key expires");
    case LastUsedColumn:
        return tr("Last use");
    default:
        return {};
    }
}
