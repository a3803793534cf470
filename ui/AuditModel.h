#pragma once

#include "audit/AuditEvent.h"
#include "audit/AuditFilter.h"

#include <QAbstractTableModel>
#include <QHash>

// Read-only table of audit events, newest first, as the Activity page shows them. Agent and
// connection ids are shown by name where the console knows one.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ActionColumn,
        OutcomeColumn,
        AgentColumn,
        SessionColumn,
        ConnectionColumn,
        RemoteColumn,
        DetailColumn,
        ColumnCount
    };

    // The most rows the table keeps; live events push the oldest rows out.
    static constexpr int MaxRows = AuditFilter::MaxLimit;

    explicit AuditModel(QObject *parent = nullptr);

    // Replaces the rows with `events`, which come newest first.
    void setEvents(const QList<AuditEvent> &events);
    // Inserts the events of `filter` among `events` above the current rows, skips events
    // already shown, and drops the oldest rows beyond MaxRows. Returns how many it inserted.
    int prependMatching(const QList<AuditEvent> &events, const AuditFilter &filter);
    const QList<AuditEvent> &events() const { return m_events; }
    const AuditEvent *eventAt(int row) const;

    void setAgentNames(const QHash<QString, QString> &namesById);
    void setConnectionNames(const QHash<QString, QString> &namesById);

    // Whether `event` meets every condition of `filter` that an event carries (not the limit
    // or the paging fields).
    static bool matches(const AuditEvent &event, const AuditFilter &filter);
    // Translated names of the stable action and outcome names, for the table and the filters.
    static QString actionText(const QString &action);
    static QString outcomeText(const QString &outcome);
    static QStringList actions();
    static QStringList outcomes();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString agentText(const QString &agentId) const;
    QString connectionText(const QString &connectionId) const;

    QList<AuditEvent> m_events;
    QHash<QString, QString> m_agentNames;
    QHash<QString, QString> m_connectionNames;
};
