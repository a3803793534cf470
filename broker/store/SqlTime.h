#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

// Times as the database stores them: UTC text in ISO 8601 with milliseconds, and SQL NULL for
// "no time". The stores share these, so every table reads and writes one form.
namespace SqlTime {

// Returns the stored text of `time`, or an empty string for an invalid time.
inline QString toText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Returns the value to bind for `time`: its text, or SQL NULL for an invalid time.
inline QVariant nullable(const QDateTime &time)
{
    return time.isValid() ? QVariant(toText(time)) : QVariant();
}

// Reads a stored time as UTC; NULL and unreadable text give an invalid QDateTime.
inline QDateTime fromText(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (time.isValid())
        time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace SqlTime
