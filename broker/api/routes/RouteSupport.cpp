#include "api/routes/RouteSupport.h"

#include "api/ApiReply.h"
#include "api/HttpRequest.h"
#include "api/Responder.h"
#include "audit/AuditLog.h"
#include "connections/TokenCache.h"
#include "oauth/SessionId.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace RouteSupport {

QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

std::optional<QJsonObject> jsonBody(const HttpRequest &request, const Responder &responder)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (request.body.isEmpty() || parseError.error != QJsonParseError::NoError || !document.isObject()) {
        responder.send(ApiReply::error(400, u"INVALID_JSON"_s, u"The request body must be a JSON object"_s));
        return std::nullopt;
    }
    return document.object();
}

std::optional<QString> sessionIdParam(const HttpRequest &request, const Responder &responder)
{
    const QString sessionId = request.pathParams.value(u"session_id"_s);
    if (!SessionId::isValid(sessionId)) {
        responder.send(ApiReply::error(400, u"INVALID_SESSION_ID_FORMAT"_s, u"The session id must be a UUID version 4"_s,
                                       QJsonObject{{u"session_id"_s, sessionId.left(64)}}));
        return std::nullopt;
    }
    return SessionId::normalized(sessionId);
}

std::optional<SessionEntry> ownedSession(const ApiRoutes::Context &context, const AgentEntry &agent,
                                         const QString &sessionId, const Responder &responder)
{
    const std::optional<SessionEntry> session = context.cache->session(SessionId::hash(sessionId));
    if (!session || session->agentId.isEmpty() || session->agentId != agent.id) {
        responder.send(ApiReply::error(404, u"SESSION_NOT_FOUND"_s, u"No session with this id belongs to this agent"_s));
        return std::nullopt;
    }
    return session;
}

namespace {

// The audit table's text columns are NOT NULL, and a null QString binds as SQL NULL.
QString nonNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

} // namespace

void audit(const ApiRoutes::Context &context, const HttpRequest &request, const char *action, const char *outcome,
           const QString &agentId, const SessionEntry *session, const QString &detail)
{
    if (!context.audit)
        return;
    AuditEvent event;
    event.agentId = nonNull(agentId);
    event.sessionPrefix = nonNull(session ? session->idPrefix : QString());
    event.connectionId = nonNull(session ? session->connectionId : QString());
    event.sessionHash = session ? session->idHash : QByteArray("");
    event.action = QString::fromLatin1(action);
    event.outcome = QString::fromLatin1(outcome);
    event.remoteAddress = nonNull(request.remoteName());
    event.detail = nonNull(detail);
    context.audit->record(std::move(event));
}

} // namespace RouteSupport
