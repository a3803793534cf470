#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

// The conditions of an audit query, whose events come newest first. Empty fields match
// every event.
struct AuditFilter
{
    static constexpr int DefaultLimit = 100;
    static constexpr int MaxLimit = 1000;

    QByteArray sessionHash; // SessionId::hash() of one session
    QString connectionId;
    QString agentId;
    QString action;         // an AuditAction name
    QString outcome;        // an AuditOutcome name
    QDateTime since;        // inclusive; invalid = no lower bound
    QDateTime until;        // exclusive; invalid = no upper bound
    int limit = DefaultLimit;
    // Paging: skip this many of the matching events, or return only events with a smaller
    // id than `beforeId` (the id of the last event of the previous page; 0 = from the newest).
    // beforeId stays stable while new events arrive, offset does not.
    int offset = 0;
    qint64 beforeId = 0;

    // Rejects a limit outside 1..MaxLimit, a negative offset or beforeId, and since after
    // until, with INVALID_AUDIT_FILTER naming the field.
    Result<void> validate() const;
};

Q_DECLARE_METATYPE(AuditFilter)
