#pragma once

#include "audit/AuditEvent.h"
#include "core/Result.h"

#include <QList>
#include <QHash>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <deque>

class Database;
class QTimer;

// The audit trail. record() may be called from any thread and never touches the disk: events
// wait in memory and the broker thread writes them to the database in batches, so a token
// request never waits on a disk flush. The owner calls prune() at start, and a timer runs it
// every hour. Lives on the broker thread.
class AuditLog : public QObject
{
    Q_OBJECT

public:
    // How much of the trail the database keeps.
    struct Retention
    {
        int maxAgeDays = 90;
        qint64 maxEvents = 1'000'000;
    };

    // Events waiting for a flush beyond which the oldest are dropped, so that a flood of
    // requests while the disk stalls cannot exhaust memory.
    static constexpr int DefaultQueueCapacity = 100'000;

    // Failed and denied events (outcomes not_found and denied) recorded per second for one
    // remote address, action and outcome. Beyond it they are counted, and one summary event
    // per flush says how many were left out, so a process that floods the API with unknown
    // session ids cannot push the real trail out through the retention limit.
    static constexpr int FailuresPerSecond = 20;

    explicit AuditLog(Database &database, QObject *parent = nullptr);
    ~AuditLog() override;

    // Queues one event. Thread-safe and cheap: one short lock, no allocation beyond the copy.
    // When the queue is full, the oldest queued event is dropped and counted.
    void record(AuditEvent event);

    // Writes every queued event now. Broker thread only; also runs from a timer and before
    // the log is destroyed.
    void flush();

    // Broker thread only. prune() applies the retention now: one DELETE of events older than
    // maxAgeDays and one of all but the newest maxEvents. It also runs every hour.
    void setRetention(const Retention &retention);
    Result<void> prune();

    // Applies to events recorded from now on. Values below 1 count as 1.
    void setQueueCapacity(int capacity);

    // Counts since this log was created. Any thread.
    quint64 eventsWrittenTotal() const { return m_written.load(std::memory_order_relaxed); }
    quint64 eventsDroppedTotal() const { return m_dropped.load(std::memory_order_relaxed); }

Q_SIGNALS:
    // The events of one written batch, with their ids, in the order they were recorded; for
    // live views.
    void eventsWritten(const QList<AuditEvent> &events);

private:
    void countDropped(quint64 events);
    // Returns false when the event is one too many of its kind this second. Called with
    // m_queueLock held.
    bool admitFailure(const AuditEvent &event);
    // Queues one summary event per kind that was left out. Called with m_queueLock held.
    void queueSummaries();

    struct FailureCount
    {
        qint64 second = 0;
        int recorded = 0;
        int leftOut = 0;
        AuditEvent example;
    };
    void runScheduledPrune();

    Database &m_database;
    QTimer *m_flushTimer;
    QTimer *m_pruneTimer;
    Retention m_retention;

    QMutex m_queueLock;
    std::deque<AuditEvent> m_queue;
    int m_queueCapacity = DefaultQueueCapacity;
    // Drops since the last flush, logged there once; guarded by m_queueLock.
    quint64 m_droppedSinceFlush = 0;
    // Guarded by m_queueLock; keyed by remote address, action and outcome.
    QHash<QString, FailureCount> m_failures;

    std::atomic<quint64> m_written{0};
    std::atomic<quint64> m_dropped{0};
};
