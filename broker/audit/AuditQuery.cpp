#include "audit/AuditQuery.h"

#include "store/Database.h"
#include "store/SqlTime.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

using namespace Qt::StringLiterals;

namespace {

Error databaseError(const QString &what, const QSqlQuery &query)
{
    return Error{u"DATABASE_ERROR"_s, what + u": "_s + query.lastError().text()};
}

AuditEvent eventFromRow(const QSqlQuery &query)
{
    AuditEvent event;
    event.id = query.value(0).toLongLong();
    event.time = SqlTime::fromText(query.value(1));
    event.agentId = query.value(2).toString();
    event.sessionHash = query.value(3).toString().toLatin1();
    event.sessionPrefix = query.value(4).toString();
    event.connectionId = query.value(5).toString();
    event.action = query.value(6).toString();
    event.outcome = query.value(7).toString();
    event.remoteAddress = query.value(8).toString();
    event.detail = query.value(9).toString();
    return event;
}

// Runs `sql` with `bindings` and adds each row's (key, count) to `counts`.
Result<void> countGroups(QSqlDatabase db, const QString &sql, const QVariantList &bindings, QMap<QString, qint64> &counts)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &binding : bindings)
        query.addBindValue(binding);
    if (!query.exec())
        return databaseError(u"Cannot count audit events"_s, query);
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    return {};
}

} // namespace

AuditQuery::AuditQuery(Database &database)
    : m_database(database)
{
}

QString AuditQuery::storedTime(const QDateTime &time)
{
    return SqlTime::toText(time);
}

Result<QList<AuditEvent>> AuditQuery::events(const AuditFilter &filter) const
{
    if (Result<void> valid = filter.validate(); !valid)
        return valid.error();

    QStringList conditions;
    QVariantList bindings;
    const auto match = [&](const char *column, const QString &value) {
        if (value.isEmpty())
            return;
        conditions.append(QLatin1String(column) + u" = ?"_s);
        bindings.append(value);
    };
    match("session_hash", QString::fromLatin1(filter.sessionHash));
    match("connection_id", filter.connectionId);
    match("agent_id", filter.agentId);
    match("action", filter.action);
    match("outcome", filter.outcome);
    if (filter.since.isValid()) {
        conditions.append(u"time >= ?"_s);
        bindings.append(storedTime(filter.since));
    }
    if (filter.until.isValid()) {
        conditions.append(u"time < ?"_s);
        bindings.append(storedTime(filter.until));
    }
    if (filter.beforeId > 0) {
        conditions.append(u"id < ?"_s);
        bindings.append(filter.beforeId);
    }

    // Newest first by id: ids follow the recording order, and times of one batch may tie.
    QString sql = u"SELECT id, time, agent_id, session_hash, session_prefix, connection_id, action, outcome, "
                  "remote_address, detail FROM audit_events"_s;
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    sql += u" ORDER BY id DESC LIMIT ? OFFSET ?"_s;
    bindings.append(filter.limit);
    bindings.append(filter.offset);

    QSqlQuery query(m_database.handle());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &binding : std::as_const(bindings))
        query.addBindValue(binding);
    if (!query.exec())
        return databaseError(u"Cannot read audit events"_s, query);

    QList<AuditEvent> events;
    while (query.next())
        events.append(eventFromRow(query));
    return events;
}

Result<AuditAnalytics> AuditQuery::analytics(const QDateTime &since, const QDateTime &until) const
{
    if (!since.isValid() || !until.isValid() || since > until)
        return Error{u"INVALID_AUDIT_FILTER"_s, u"since and until must be valid times with since not later than until"_s};

    AuditAnalytics result;
    result.since = since.toUTC();
    result.until = until.toUTC();

    const QVariantList range{storedTime(since), storedTime(until)};
    const QString where = u" FROM audit_events WHERE time >= ? AND time < ?"_s;
    QSqlDatabase db = m_database.handle();

    const std::pair<const char *, QMap<QString, qint64> *> groups[] = {
        {"action", &result.byAction},
        {"outcome", &result.byOutcome},
        {"agent_id", &result.byAgent},
        {"connection_id", &result.byConnection},
        // The first 13 characters of the stored time are the UTC date and hour.
        {"substr(time, 1, 13) || ':00:00Z'", &result.byHour},
    };
    for (const auto &[column, counts] : groups) {
        const QString key = QLatin1String(column);
        const QString sql = u"SELECT "_s + key + u", COUNT(*)"_s + where + u" GROUP BY 1"_s;
        if (Result<void> counted = countGroups(db, sql, range, *counts); !counted)
            return counted.error();
    }
    for (const qint64 count : std::as_const(result.byAction))
        result.total += count;
    return result;
}
