#pragma once

#include "AgentSummary.h"
#include "audit/AuditEvent.h"
#include "audit/AuditFilter.h"
#include "core/Result.h"

#include <QWidget>

class AuditModel;
class Broker;
class ConnectionsModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

// The audit trail: who read or changed what, when, and how it ended. Filters go to
// Broker::queryAudit; while the page is shown, events the broker writes are added at the
// top when they match the filters. Export CSV… saves the rows shown.
class ActivityPage : public QWidget
{
    Q_OBJECT

public:
    // Choices of the time range filter.
    enum TimeRange { LastHour, LastDay, LastWeek, AllTime };

    ActivityPage(Broker *broker, ConnectionsModel *connections, QWidget *parent = nullptr);

    AuditModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The filter of the rows shown; `since` is fixed when the filters last changed.
    AuditFilter filter() const { return m_filter; }
    // Writes the rows shown to `path` as CSV (AuditCsv). Returns an error naming the file.
    Result<void> exportCsv(const QString &path) const;

public Q_SLOTS:
    // Queries the broker again with the current filters.
    void reload();
    void setAgents(const QList<AgentSummary> &agents);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QComboBox *addFilter(const QString &label, const QString &accessibleName, class QHBoxLayout *layout);
    void fillConnectionFilter();
    void fillChoices(QComboBox *combo, const QList<std::pair<QString, QString>> &choices);
    void handleQueried(const QList<AuditEvent> &events);
    void handleWritten(const QList<AuditEvent> &events);
    void chooseExportFile();
    void updateCount();

    Broker *m_broker;
    ConnectionsModel *m_connections;
    AuditModel *m_model;
    QTableView *m_view;
    QComboBox *m_connectionFilter;
    QComboBox *m_agentFilter;
    QComboBox *m_actionFilter;
    QComboBox *m_outcomeFilter;
    QComboBox *m_timeFilter;
    QLabel *m_count;
    QPushButton *m_export;
    AuditFilter m_filter;
    // Queries sent and not yet answered. Only the answer to the last one fills the table,
    // and answers to other components' queries are ignored.
    int m_pendingQueries = 0;
    // Events written while the page was hidden are not in the table, so it queries again.
    bool m_stale = true;
};
