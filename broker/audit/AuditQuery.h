#pragma once

#include "audit/AuditAnalytics.h"
#include "audit/AuditEvent.h"
#include "audit/AuditFilter.h"
#include "core/Result.h"

#include <QList>

class Database;

// Reads the audit trail from the database. Broker thread only, because the Database
// connection belongs to it. Events still queued in the AuditLog are not seen; flush it first.
class AuditQuery
{
public:
    explicit AuditQuery(Database &database);

    // The events that match `filter`, newest first. INVALID_AUDIT_FILTER for a filter that
    // fails validate(), DATABASE_ERROR when the query fails.
    Result<QList<AuditEvent>> events(const AuditFilter &filter) const;

    // Counts by action, outcome, agent, connection and hour of the events with since <= time
    // < until. INVALID_AUDIT_FILTER when since is later than until or either is invalid.
    Result<AuditAnalytics> analytics(const QDateTime &since, const QDateTime &until) const;

    // Stored time format: UTC ISO 8601 with milliseconds, which sorts in time order as text.
    static QString storedTime(const QDateTime &time);

private:
    Database &m_database;
};
