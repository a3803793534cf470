#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

// Counts of audit events over a time range, for GET /api/audit/analytics.
struct AuditAnalytics
{
    QDateTime since; // inclusive, UTC
    QDateTime until; // exclusive, UTC
    qint64 total = 0;
    QMap<QString, qint64> byAction;
    QMap<QString, qint64> byOutcome;
    QMap<QString, qint64> byAgent;      // agent id; "" = the person at the desktop or no agent
    QMap<QString, qint64> byConnection; // connection id; "" = no connection
    QMap<QString, qint64> byHour;       // UTC hour start as "2025-01-31T13:00:00Z"
};
