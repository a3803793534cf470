#include "audit/AuditLog.h"

#include "audit/AuditQuery.h"
#include "store/Database.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <iterator>
#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAudit, "securecontext.audit.log")

namespace {

// Half a second keeps the live views close to real time and costs one transaction per
// batch, however busy the API is.
constexpr int FlushIntervalMs = 500;

constexpr int PruneIntervalMs = 60 * 60 * 1000;

// Qt Sql binds a null QString as SQL NULL, which the NOT NULL text columns reject, and most
// events leave some field (agent, session, detail) empty.
QString textValue(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

AuditLog::AuditLog(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_flushTimer(new QTimer(this))
    , m_pruneTimer(new QTimer(this))
{
    qRegisterMetaType<AuditEvent>();
    qRegisterMetaType<QList<AuditEvent>>();
    m_flushTimer->setInterval(FlushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &AuditLog::flush);
    m_flushTimer->start();
    m_pruneTimer->setInterval(PruneIntervalMs);
    connect(m_pruneTimer, &QTimer::timeout, this, &AuditLog::runScheduledPrune);
    m_pruneTimer->start();
}

AuditLog::~AuditLog()
{
    flush();
}

void AuditLog::record(AuditEvent event)
{
    if (!event.time.isValid())
        event.time = QDateTime::currentDateTimeUtc();
    QMutexLocker locker(&m_queueLock);
    if (!admitFailure(event))
        return;
    if (m_queue.size() >= static_cast<std::size_t>(m_queueCapacity)) {
        m_queue.pop_front();
        ++m_droppedSinceFlush;
        m_dropped.fetch_add(1, std::memory_order_relaxed);
    }
    m_queue.push_back(std::move(event));
}

bool AuditLog::admitFailure(const AuditEvent &event)
{
    if (event.outcome != QLatin1String(AuditOutcome::NotFound) && event.outcome != QLatin1String(AuditOutcome::Denied))
        return true;

    // Every loopback address is a possible remote, so the table is bounded too: beyond a
    // thousand kinds in one flush interval, all further kinds share one entry.
    QString key = event.remoteAddress + u'|' + event.action + u'|' + event.outcome;
    if (!m_failures.contains(key) && m_failures.size() >= 1000)
        key = u"*"_s;

    FailureCount &count = m_failures[key];
    const qint64 second = event.time.toMSecsSinceEpoch() / 1000;
    if (count.second != second) {
        count.second = second;
        count.recorded = 0;
    }
    if (count.recorded < FailuresPerSecond) {
        ++count.recorded;
        return true;
    }
    if (count.leftOut == 0)
        count.example = event;
    ++count.leftOut;
    return false;
}

void AuditLog::queueSummaries()
{
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        if (it->leftOut > 0) {
            AuditEvent summary;
            summary.time = QDateTime::currentDateTimeUtc();
            summary.action = it->example.action;
            summary.outcome = it->example.outcome;
            summary.remoteAddress = it.key() == u"*"_s ? u"(many)"_s : it->example.remoteAddress;
            summary.detail = u"%1 more like this not recorded (over %2 a second)"_s.arg(it->leftOut).arg(FailuresPerSecond);
            m_queue.push_back(std::move(summary));
            it->leftOut = 0;
        }
        // Entries of past seconds hold nothing more to report.
        if (it->second < QDateTime::currentMSecsSinceEpoch() / 1000)
            it = m_failures.erase(it);
        else
            ++it;
    }
}

void AuditLog::setQueueCapacity(int capacity)
{
    QMutexLocker locker(&m_queueLock);
    m_queueCapacity = qMax(1, capacity);
}

void AuditLog::countDropped(quint64 events)
{
    m_dropped.fetch_add(events, std::memory_order_relaxed);
}

void AuditLog::flush()
{
    std::deque<AuditEvent> queued;
    quint64 droppedByQueue = 0;
    int capacity = 0;
    {
        QMutexLocker locker(&m_queueLock);
        queueSummaries();
        queued.swap(m_queue);
        droppedByQueue = std::exchange(m_droppedSinceFlush, 0);
        capacity = m_queueCapacity;
    }
    if (droppedByQueue > 0) {
        qCWarning(lcAudit) << "Dropped" << droppedByQueue << "audit events because more than" << capacity
                           << "were waiting to be written";
    }
    if (queued.empty())
        return;

    QList<AuditEvent> batch(std::make_move_iterator(queued.begin()), std::make_move_iterator(queued.end()));
    QSqlDatabase db = m_database.handle();
    if (!db.isOpen()) {
        qCWarning(lcAudit) << "Dropped" << batch.size() << "audit events: the database is closed";
        countDropped(static_cast<quint64>(batch.size()));
        return;
    }

    db.transaction();
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO audit_events (time, agent_id, session_hash, session_prefix, connection_id, action, "
                  "outcome, remote_address, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (AuditEvent &event : batch) {
        query.addBindValue(AuditQuery::storedTime(event.time));
        query.addBindValue(textValue(event.agentId));
        query.addBindValue(textValue(QString::fromLatin1(event.sessionHash)));
        query.addBindValue(textValue(event.sessionPrefix));
        query.addBindValue(textValue(event.connectionId));
        query.addBindValue(textValue(event.action));
        query.addBindValue(textValue(event.outcome));
        query.addBindValue(textValue(event.remoteAddress));
        query.addBindValue(textValue(event.detail));
        if (!query.exec()) {
            qCWarning(lcAudit) << "Dropped" << batch.size() << "audit events: cannot write one:" << query.lastError().text();
            db.rollback();
            countDropped(static_cast<quint64>(batch.size()));
            return;
        }
        event.id = query.lastInsertId().toLongLong();
    }
    if (!db.commit()) {
        qCWarning(lcAudit) << "Dropped" << batch.size() << "audit events: cannot commit them:" << db.lastError().text();
        db.rollback();
        countDropped(static_cast<quint64>(batch.size()));
        return;
    }
    m_written.fetch_add(static_cast<quint64>(batch.size()), std::memory_order_relaxed);
    Q_EMIT eventsWritten(batch);
}

void AuditLog::setRetention(const Retention &retention)
{
    m_retention = retention;
}

Result<void> AuditLog::prune()
{
    QSqlDatabase db = m_database.handle();
    if (!db.isOpen())
        return Error{u"DATABASE_ERROR"_s, u"Cannot prune the audit trail: the database is closed"_s};

    QSqlQuery byAge(db);
    byAge.prepare(u"DELETE FROM audit_events WHERE time < ?"_s);
    byAge.addBindValue(AuditQuery::storedTime(QDateTime::currentDateTimeUtc().addDays(-m_retention.maxAgeDays)));
    if (!byAge.exec())
        return Error{u"DATABASE_ERROR"_s, u"Cannot prune old audit events: "_s + byAge.lastError().text()};

    // Ids grow with every insert, so the newest maxEvents rows are those above the id of the
    // (maxEvents + 1)-th newest row.
    QSqlQuery byCount(db);
    byCount.prepare(u"DELETE FROM audit_events WHERE id <= "
                    "(SELECT id FROM audit_events ORDER BY id DESC LIMIT 1 OFFSET ?)"_s);
    byCount.addBindValue(qMax<qint64>(0, m_retention.maxEvents));
    if (!byCount.exec())
        return Error{u"DATABASE_ERROR"_s, u"Cannot prune audit events over the row limit: "_s + byCount.lastError().text()};

    const int removed = byAge.numRowsAffected() + byCount.numRowsAffected();
    if (removed > 0) {
        qCInfo(lcAudit) << "Pruned" << removed << "audit events: older than" << m_retention.maxAgeDays
                        << "days or over the limit of" << m_retention.maxEvents << "events";
    }
    return {};
}

void AuditLog::runScheduledPrune()
{
    if (Result<void> pruned = prune(); !pruned)
        qCWarning(lcAudit).noquote() << pruned.error().message;
}
