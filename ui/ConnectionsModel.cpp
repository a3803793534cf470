#include "ConnectionsModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

void ConnectionsModel::setConnections(const QList<ConnectionSummary> &connections)
{
    beginResetModel();
    m_connections = connections;
    endResetModel();
}

const ConnectionSummary *ConnectionsModel::connectionAt(int row) const
{
    if (row < 0 || row >= m_connections.size())
        return nullptr;
    return &m_connections.at(row);
}

int ConnectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_connections.size());
}

int ConnectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConnectionsModel::statusText(const QString &status)
{
    if (status == u"active"_s)
        return tr("Active", "connection status");
    if (status == u"refreshing"_s)
        return tr("Refreshing", "connection status");
    if (status == u"needs_reauth"_s)
        return tr("Sign-in needed", "connection status");
    if (status == u"revoked"_s)
        return tr("Revoked", "connection status");
    return status;
}

QString ConnectionsModel::statusToolTip(const ConnectionSummary &connection)
{
    // The reason is English text from the broker; plain text keeps a provider's message from
    // being read as markup.
    QString reason = connection.lastError.toHtmlEscaped();
    if (connection.status == u"needs_reauth"_s)
        reason = tr("Connect %1 again to sign in.").arg(connection.providerDisplayName.toHtmlEscaped())
                 + (reason.isEmpty() ? QString() : u"<br>"_s + reason);
    else if (connection.status == u"revoked"_s && reason.isEmpty())
        reason = tr("Disconnected; the connection is being removed.");
    return reason.isEmpty() ? QString() : u"<p>"_s + reason + u"</p>"_s;
}

QVariant ConnectionsModel::data(const QModelIndex &index, int role) const
{
    const ConnectionSummary *connection = connectionAt(index.row());
    if (!connection)
        return {};

    if (role == Qt::ToolTipRole && index.column() == StatusColumn)
        return statusToolTip(*connection);
    if (role != Qt::DisplayRole)
        return {};

    switch (index.column()) {
    case ProviderColumn:
        return connection->providerDisplayName;
    case AccountColumn:
        return connection->account;
    case StatusColumn:
        return statusText(connection->status);
    case ExpiryColumn:
        if (!connection->accessTokenExpiresAt.isValid())
            return tr("Not stated", "token expiry unknown");
        return QLocale().toString(connection->accessTokenExpiresAt.toLocalTime(), QLocale::ShortFormat);
    case SessionColumn:
        // Only a prefix: the full id is a credential and appears only on request.
        return connection->sessionIdPrefix.isEmpty() ? QString() : connection->sessionIdPrefix + u"…"_s;
    default:
        return {};
    }
}

QVariant ConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};

    switch (section) {
    case ProviderColumn:
        return tr("Provider");
    case AccountColumn:
        return tr("Account");
    case StatusColumn:
        return tr("Status");
    case ExpiryColumn:
        return tr("Access token expires");
    case SessionColumn:
        return tr("Session id");
    default:
        return {};
    }
}
