#pragma once

#include "metrics/MetricsTotals.h"

#include <QByteArray>

// GET /metrics in the Prometheus text exposition format, version 0.0.4.
namespace PrometheusText {

inline constexpr char ContentType[] = "text/plain; version=0.0.4; charset=utf-8";

// Renders the counters and gauges, each metric with its # HELP and # TYPE lines. Durations
// are in seconds and sizes in bytes, as Prometheus's naming conventions ask.
QByteArray render(const MetricsTotals &totals);

// Escapes a label value: backslash, double quote and line feed.
QByteArray escapeLabelValue(const QString &value);

// Formats a duration of whole microseconds as decimal seconds without exponent or trailing
// zeros ("0.000015", "2.5", "10"), for `le` labels.
QByteArray secondsFromMicroseconds(qint64 microseconds);

} // namespace PrometheusText
