#pragma once

#include "audit/AuditEvent.h"

#include <QByteArray>
#include <QList>

// Exports audit events as CSV for spreadsheets and log tools.
namespace AuditCsv {

// Formats `events` as RFC 4180 CSV in UTF-8: a header row, CRLF line ends, and fields that
// contain a comma, a double quote, CR or LF quoted with inner quotes doubled. A field that
// starts with =, +, - or @ gets a leading single quote, so a spreadsheet shows it as text
// instead of running it as a formula. The session hash is left out; the prefix identifies
// the session for people.
QByteArray format(const QList<AuditEvent> &events);

// Returns one field as format() writes it.
QByteArray field(const QString &value);

} // namespace AuditCsv
