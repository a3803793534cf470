#include "AuditModel.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

AuditModel::AuditModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuditModel::setEvents(const QList<AuditEvent> &events)
{
    beginResetModel();
    m_events = events.mid(0, MaxRows);
    endResetModel();
}

int AuditModel::prependMatching(const QList<AuditEvent> &events, const AuditFilter &filter)
{
    QSet<qint64> shown;
    for (const AuditEvent &event : std::as_const(m_events))
        shown.insert(event.id);

    // A batch arrives oldest first; the table lists newest first.
    QList<AuditEvent> fresh;
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (matches(*it, filter) && (it->id == 0 || !shown.contains(it->id)))
            fresh.append(*it);
    }
    if (fresh.isEmpty())
        return 0;
    if (fresh.size() > MaxRows)
        fresh.resize(MaxRows);

    beginInsertRows(QModelIndex(), 0, int(fresh.size()) - 1);
    m_events = fresh + m_events;
    endInsertRows();

    if (m_events.size() > MaxRows) {
        beginRemoveRows(QModelIndex(), MaxRows, int(m_events.size()) - 1);
        m_events.resize(MaxRows);
        endRemoveRows();
    }
    return int(fresh.size());
}

const AuditEvent *AuditModel::eventAt(int row) const
{
    if (row < 0 || row >= m_events.size())
        return nullptr;
    return &m_events.at(row);
}

void AuditModel::setAgentNames(const QHash<QString, QString> &namesById)
{
    m_agentNames = namesById;
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0, AgentColumn), index(rowCount() - 1, AgentColumn), {Qt::DisplayRole});
}

void AuditModel::setConnectionNames(const QHash<QString, QString> &namesById)
{
    m_connectionNames = namesById;
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0, ConnectionColumn), index(rowCount() - 1, ConnectionColumn), {Qt::DisplayRole});
}

bool AuditModel::matches(const AuditEvent &event, const AuditFilter &filter)
{
    if (!filter.sessionHash.isEmpty() && event.sessionHash != filter.sessionHash)
        return false;
    if (!filter.connectionId.isEmpty() && event.connectionId != filter.connectionId)
        return false;
    if (!filter.agentId.isEmpty() && event.agentId != filter.agentId)
        return false;
    if (!filter.action.isEmpty() && event.action != filter.action)
        return false;
    if (!filter.outcome.isEmpty() && event.outcome != filter.outcome)
        return false;
    if (filter.since.isValid() && event.time < filter.since)
        return false;
    if (filter.until.isValid() && event.time >= filter.until)
        return false;
    return true;
}

QStringList AuditModel::actions()
{
    return {QLatin1String(AuditAction::TokenRead),     QLatin1String(AuditAction::TokenRefresh),
            QLatin1String(AuditAction::Grant),         QLatin1String(AuditAction::FlowStart),
            QLatin1String(AuditAction::FlowFinish),    QLatin1String(AuditAction::Disconnect),
            QLatin1String(AuditAction::SessionCreate), QLatin1String(AuditAction::SessionRevoke),
            QLatin1String(AuditAction::SessionExtend), QLatin1String(AuditAction::SessionCleanup),
            QLatin1String(AuditAction::PairingRequest), QLatin1String(AuditAction::PairingApprove),
            QLatin1String(AuditAction::PairingDeny),   QLatin1String(AuditAction::AgentRevoke),
            QLatin1String(AuditAction::ConnectRequest)};
}

QStringList AuditModel::outcomes()
{
    return {QLatin1String(AuditOutcome::Ok), QLatin1String(AuditOutcome::Denied), QLatin1String(AuditOutcome::NotFound),
            QLatin1String(AuditOutcome::Failed), QLatin1String(AuditOutcome::Pending)};
}

QString AuditModel::actionText(const QString &action)
{
    static const QHash<QString, const char *> texts = {
        {QLatin1String(AuditAction::TokenRead), QT_TR_NOOP("Token read")},
        {QLatin1String(AuditAction::TokenRefresh), QT_TR_NOOP("Token refresh")},
        {QLatin1String(AuditAction::Grant), QT_TR_NOOP("Grant")},
        {QLatin1String(AuditAction::FlowStart), QT_TR_NOOP("Sign-in started")},
        {QLatin1String(AuditAction::FlowFinish), QT_TR_NOOP("Sign-in finished")},
        {QLatin1String(AuditAction::Disconnect), QT_TR_NOOP("Disconnect")},
        {QLatin1String(AuditAction::SessionCreate), QT_TR_NOOP("Session created")},
        {QLatin1String(AuditAction::SessionRevoke), QT_TR_NOOP("Session revoked")},
        {QLatin1String(AuditAction::SessionExtend), QT_TR_NOOP("Session extended")},
        {QLatin1String(AuditAction::SessionCleanup), QT_TR_NOOP("Sessions cleaned up")},
        {QLatin1String(AuditAction::PairingRequest), QT_TR_NOOP("Pairing requested")},
        {QLatin1String(AuditAction::PairingApprove), QT_TR_NOOP("Pairing approved")},
        {QLatin1String(AuditAction::PairingDeny), QT_TR_NOOP("Pairing denied")},
        {QLatin1String(AuditAction::AgentRevoke), QT_TR_NOOP("Agent revoked")},
        {QLatin1String(AuditAction::ConnectRequest), QT_TR_NOOP("Connect requested")},
    };
    const char *text = texts.value(action);
    // An action name from a newer broker is shown as stored.
    return text ? tr(text, "audit action") : action;
}

QString AuditModel::outcomeText(const QString &outcome)
{
    if (outcome == QLatin1String(AuditOutcome::Ok))
        return tr("OK", "audit outcome");
    if (outcome == QLatin1String(AuditOutcome::Denied))
        return tr("Denied", "audit outcome");
    if (outcome == QLatin1String(AuditOutcome::NotFound))
        return tr("Not found", "audit outcome");
    if (outcome == QLatin1String(AuditOutcome::Failed))
        return tr("Failed", "audit outcome");
    if (outcome == QLatin1String(AuditOutcome::Pending))
        return tr("Pending", "audit outcome");
    return outcome;
}

QString AuditModel::agentText(const QString &agentId) const
{
    if (agentId.isEmpty())
        return QString();
    return m_agentNames.value(agentId, agentId);
}

QString AuditModel::connectionText(const QString &connectionId) const
{
    if (connectionId.isEmpty())
        return QString();
    return m_connectionNames.value(connectionId, connectionId);
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    const AuditEvent *event = eventAt(index.row());
    if (!event || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};

    switch (index.column()) {
    case TimeColumn:
        if (role == Qt::ToolTipRole)
            return event->time.toUTC().toString(Qt::ISODateWithMs);
        return QLocale().toString(event->time.toLocalTime(), QLocale::ShortFormat);
    case ActionColumn:
        return role == Qt::ToolTipRole ? event->action : actionText(event->action);
    case OutcomeColumn:
        return outcomeText(event->outcome);
    case AgentColumn:
        return role == Qt::ToolTipRole ? event->agentId : agentText(event->agentId);
    case SessionColumn:
        return event->sessionPrefix;
    case ConnectionColumn:
        return role == Qt::ToolTipRole ? event->connectionId : connectionText(event->connectionId);
    case RemoteColumn:
        return event->remoteAddress;
    case DetailColumn:
        return event->detail;
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActionColumn:
        return tr("Action");
    case OutcomeColumn:
        return tr("Outcome");
    case AgentColumn:
        return tr("Agent");
    case SessionColumn:
        return tr("Session", "column of session id prefixes");
    case ConnectionColumn:
        return tr("Connection");
    case RemoteColumn:
        return tr("Remote address");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}
