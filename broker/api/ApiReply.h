#pragma once

#include "api/HttpResponse.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Builders for the SecureContext Protocol (SCP) response envelope. Every JSON reply of the local
// API, including the errors of the HTTP layer itself, goes through these two functions, so
// agents parse one shape:
//
//   {"success": true,  "version": "1.0", "timestamp": "...", "data": ...}
//   {"success": false, "version": "1.0", "timestamp": "...",
//    "error": {"code": "...", "message": "...", "status_code": 404, "details": {...}}}
//
// Both set `Content-Type: application/json` and `X-API-Version: 1.0`. The timestamp is UTC in
// ISO 8601 with milliseconds and a "Z" suffix.
namespace ApiReply {

inline constexpr char Version[] = "1.0";

HttpResponse success(const QJsonValue &data, int status = 200);

// `code` is a stable upper-case identifier that clients may branch on; `message` is English
// text for people and logs, never translated.
HttpResponse error(int status, const QString &code, const QString &message,
                   const QJsonObject &details = {});

} // namespace ApiReply
