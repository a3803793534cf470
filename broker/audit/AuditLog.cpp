#include "audit/AuditLog.h"

#include "store/Database.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAudit, "securecontext.audit.log")

namespace {

// Half a second keeps the live views close to real time and costs one transaction per
// batch, however busy the API is.
constexpr int FlushIntervalMs = 500;

} // namespace

AuditLog::AuditLog(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_flushTimer(new QTimer(this))
{
    qRegisterMetaType<AuditEvent>();
    qRegisterMetaType<QList<AuditEvent>>();
    m_flushTimer->setInterval(FlushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &AuditLog::flush);
    m_flushTimer->start();
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
    m_queue.append(std::move(event));
}

void AuditLog::flush()
{
    QList<AuditEvent> batch;
    {
        QMutexLocker locker(&m_queueLock);
        batch.swap(m_queue);
    }
    if (batch.isEmpty())
        return;

    QSqlDatabase db = m_database.handle();
    if (!db.isOpen()) {
        qCWarning(lcAudit) << "Dropped" << batch.size() << "audit events: the database is closed";
        return;
    }

    db.transaction();
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO audit_events (time, agent_id, session_hash, session_prefix, connection_id, action, "
                  "outcome, remote_address, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const AuditEvent &event : std::as_const(batch)) {
        query.addBindValue(event.time.toUTC().toString(Qt::ISODateWithMs));
        query.addBindValue(event.agentId);
        query.addBindValue(QString::fromLatin1(event.sessionHash));
        query.addBindValue(event.sessionPrefix);
        query.addBindValue(event.connectionId);
        query.addBindValue(event.action);
        query.addBindValue(event.outcome);
        query.addBindValue(event.remoteAddress);
        query.addBindValue(event.detail);
        if (!query.exec()) {
            qCWarning(lcAudit) << "Cannot write an audit event:" << query.lastError().text();
            db.rollback();
            return;
        }
    }
    if (!db.commit()) {
        qCWarning(lcAudit) << "Cannot commit audit events:" << db.lastError().text();
        return;
    }
    Q_EMIT eventsWritten(batch);
}
