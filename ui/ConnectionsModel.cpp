#include "ConnectionsModel.h"

#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

ConnectionsModel::ConnectionsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_countdown(new QTimer(this))
{
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &ConnectionsModel::tick);
}

void ConnectionsModel::setConnections(const QList<ConnectionSummary> &connections)
{
    beginResetModel();
    m_connections = connections;
    endResetModel();

    // The timer runs only while a row has a countdown to show.
    if (m_connections.isEmpty())
        m_countdown->stop();
    else if (!m_countdown->isActive())
        m_countdown->start();
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

void ConnectionsModel::tick()
{
    if (m_connections.isEmpty())
        return;
    // One signal for the whole column, so the view repaints once a second and nothing else.
    Q_EMIT dataChanged(index(0, ExpiryColumn), index(rowCount() - 1, ExpiryColumn), {Qt::DisplayRole});
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

QString ConnectionsModel::statusReason(const ConnectionSummary &connection)
{
    if (connection.status == u"needs_reauth"_s) {
        const QString action = tr("Connect %1 again to sign in.").arg(connection.providerDisplayName);
        return connection.lastError.isEmpty() ? action : connection.lastError + u"\n"_s + action;
    }
    if (connection.status == u"revoked"_s && connection.lastError.isEmpty())
        return tr("Disconnected; the connection is being removed.");
    return connection.lastError;
}

QString ConnectionsModel::statusToolTip(const ConnectionSummary &connection)
{
    // The reason is English text from the broker, which may quote a provider: escaped, so a
    // provider's message is never read as markup.
    const QString reason = statusReason(connection);
    if (reason.isEmpty())
        return {};
    return u"<p>"_s + reason.toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</p>"_s;
}

QString ConnectionsModel::expiryText(const QDateTime &expiresAt, const QDateTime &now)
{
    if (!expiresAt.isValid())
        return tr("Not stated", "token expiry unknown");
    const qint64 seconds = now.secsTo(expiresAt);
    if (seconds <= 0)
        return tr("Expired", "access token");
    if (seconds < 3600) {
        return tr("in %1:%2", "minutes:seconds until the access token expires")
            .arg(seconds / 60)
            .arg(seconds % 60, 2, 10, QChar(u'0'));
    }
    if (seconds < 86400)
        return tr("in %n hour(s)", "access token expiry", int(seconds / 3600));
    return QLocale().toString(expiresAt.toLocalTime(), QLocale::ShortFormat);
}

QVariant ConnectionsModel::data(const QModelIndex &index, int role) const
{
    const ConnectionSummary *connection = connectionAt(index.row());
    if (!connection)
        return {};

    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case StatusColumn:
            return statusToolTip(*connection);
        case ScopesColumn:
            return connection->grantedScopes.join(u'\n');
        case ExpiryColumn:
            return connection->accessTokenExpiresAt.isValid()
                ? QLocale().toString(connection->accessTokenExpiresAt.toLocalTime(), QLocale::LongFormat)
                : QString();
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};

    switch (index.column()) {
    case ProviderColumn:
        return connection->providerDisplayName;
    case AccountColumn:
        return connection->account;
    case StatusColumn:
        return statusText(connection->status);
    case ScopesColumn:
        return connection->grantedScopes.join(u' ');
    case ExpiryColumn:
        return expiryText(connection->accessTokenExpiresAt, QDateTime::currentDateTimeUtc());
    case LastRefreshColumn:
        if (!connection->lastRefreshAt.isValid())
            return tr("Never", "last token refresh");
        return QLocale().toString(connection->lastRefreshAt.toLocalTime(), QLocale::ShortFormat);
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
    case ScopesColumn:
        return tr("Granted scopes");
    case ExpiryColumn:
        return tr("Access token expires");
    case LastRefreshColumn:
        return tr("Last refresh");
    case SessionColumn:
        return tr("Session id");
    default:
        return {};
    }
}
