#pragma once

#include "agents/AgentEntry.h"
#include "api/routes/ApiRoutes.h"
#include "connections/SessionEntry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

class Responder;
struct HttpRequest;

// Steps that several route groups share: reading a JSON body, finding a session by the id in
// the path, and recording audit events. Each function that can fail sends the error reply
// itself and returns nullopt.
namespace RouteSupport {

QJsonValue isoOrNull(const QDateTime &time);

// Parses the body as one JSON object. Sends 400 INVALID_JSON for an empty body, malformed JSON
// or another JSON type.
std::optional<QJsonObject> jsonBody(const HttpRequest &request, const Responder &responder);

// Reads the path parameter `session_id`. Sends 400 INVALID_SESSION_ID_FORMAT unless it is a
// UUID version 4, echoing at most 64 characters of it.
std::optional<QString> sessionIdParam(const HttpRequest &request, const Responder &responder);

// Finds the session with this id that `agent` created, in any state. Sends 404
// SESSION_NOT_FOUND for an unknown id and for another agent's session alike, so a caller
// cannot learn that someone else's session exists.
std::optional<SessionEntry> ownedSession(const ApiRoutes::Context &context, const AgentEntry &agent,
                                         const QString &sessionId, const Responder &responder);

// Records an audit event for the request. `session` may be null; only its hash and prefix
// are recorded.
void audit(const ApiRoutes::Context &context, const HttpRequest &request, const char *action, const char *outcome,
           const QString &agentId, const SessionEntry *session, const QString &detail = {});

} // namespace RouteSupport
