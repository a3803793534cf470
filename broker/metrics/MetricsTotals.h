#pragma once

#include "api/HttpStats.h"

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

// The broker's counters since start and its gauges at one instant. MetricsSampler turns the
// difference of two of these into a MetricsSample, and GET /metrics prints one.
struct MetricsTotals
{
    HttpStats http;
    quint64 refreshGrants = 0;        // refresh_token grants sent to token endpoints
    quint64 tokenReadsFromCache = 0;
    quint64 tokenReadsViaBroker = 0;
    quint64 auditEventsWritten = 0;
    quint64 auditEventsDropped = 0;
    QMap<QString, int> connectionsByState; // ConnectionStatus value -> connections
    int sessions = 0;
    int agents = 0;
    qint64 residentMemoryBytes = 0;   // 0 where the platform does not say
};

Q_DECLARE_METATYPE(MetricsTotals)
