#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

// Session ids: random UUID4 values that act as bearer capabilities for one connection's
// token. The database stores only hash(id), and logs and audit events show only prefix(id).
namespace SessionId {

// Creates a new lower-case session id.
QString generate();

// Checks for a canonical version 4 UUID: exactly 36 characters in the 8-4-4-4-12 hex form,
// version nibble 4, variant nibble 8, 9, a or b, in either letter case. Braces, whitespace
// and every other form are invalid.
bool isValid(QStringView id);

// Returns the id in lower case, the form that hash() and comparisons use.
QString normalized(QStringView id);

// Returns the hex SHA-256 (64 characters) of the normalized id. Callers check isValid()
// first. An invalid id hashes the same way and matches no stored session.
QByteArray hash(QStringView id);

// Returns the first 8 characters of the normalized id for logs and audit events. A
// character that is not a hex digit comes out as '?', so that a hostile id cannot inject
// text into a log line.
QString prefix(QStringView id);

} // namespace SessionId
