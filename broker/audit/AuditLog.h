#pragma once

#include "audit/AuditEvent.h"

#include <QList>
#include <QMutex>
#include <QObject>

class Database;
class QTimer;

// The audit trail. record() may be called from any thread and never touches the disk: events
// wait in memory and the broker thread writes them to the database in batches, so a token
// request never waits on a disk flush. Lives on the broker thread.
class AuditLog : public QObject
{
    Q_OBJECT

public:
    explicit AuditLog(Database &database, QObject *parent = nullptr);
    ~AuditLog() override;

    // Queues one event. Thread-safe and cheap: one short lock, no allocation beyond the copy.
    void record(AuditEvent event);

    // Writes every queued event now. Broker thread only; also runs from a timer and before
    // the log is destroyed.
    void flush();

Q_SIGNALS:
    // The events of one written batch, in the order they were recorded; for live views.
    void eventsWritten(const QList<AuditEvent> &events);

private:
    Database &m_database;
    QTimer *m_flushTimer;

    QMutex m_queueLock;
    QList<AuditEvent> m_queue;
};
