#include "api/routes/AgentRoutes.h"

#include "agents/AgentDirectory.h"
#include "agents/AgentManager.h"
#include "api/ApiReply.h"
#include "api/HttpRequest.h"
#include "api/Responder.h"
#include "api/Router.h"
#include "api/routes/CallerAuth.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAgentRoutes, "securecontext.api.agents")

namespace {

constexpr int MaxNameLength = 64;
// A pairing token is 32 random bytes in unpadded base64url; anything longer is not one.
constexpr int MaxPairingTokenLength = 64;
constexpr QByteArrayView BearerPrefix = "Bearer ";

QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

HttpResponse badField(const QString &code, const QString &field, const QString &message)
{
    return ApiReply::error(400, code, message, QJsonObject{{u"field"_s, field}});
}

// Maps an AgentManager error to its HTTP status.
HttpResponse managerError(const Error &error)
{
    static const QHash<QString, int> statuses = {
        {u"PAIRING_DISABLED"_s, 403},     {u"PAIRING_RATE_LIMITED"_s, 429}, {u"PAIRING_NOT_FOUND"_s, 404},
        {u"PAIRING_TOKEN_INVALID"_s, 401}, {u"PAIRING_DENIED"_s, 403},      {u"PAIRING_EXPIRED"_s, 410},
        {u"PAIRING_CLAIMED"_s, 410},      {u"AGENT_NOT_FOUND"_s, 404},
    };
    const int status = statuses.value(error.code, 500);
    if (status == 500) {
        qCWarning(lcAgentRoutes).noquote() << "Agent request failed:" << error.code << error.message;
        return ApiReply::error(500, u"INTERNAL_ERROR"_s, u"The broker could not complete the request; see its log"_s);
    }
    return ApiReply::error(status, error.code, error.message);
}

// A request id is a lower-case UUID; this rejects traversal, huge and empty ids before any lookup.
bool isRequestId(const QString &id)
{
    return id.size() == 36 && !QUuid::fromString(id).isNull() && id == id.toLower();
}

// Checks the agent's name: 1 to 64 characters, none of them a control or format character,
// so it cannot move the cursor or fake a line in the prompt, the log or a terminal.
std::optional<QString> nameProblem(const QJsonValue &value)
{
    if (!value.isString())
        return u"\"name\" must be a string"_s;
    const QList<uint> codePoints = value.toString().toUcs4();
    if (codePoints.isEmpty() || codePoints.size() > MaxNameLength)
        return u"\"name\" must have 1 to %1 characters"_s.arg(MaxNameLength);
    for (const uint codePoint : codePoints) {
        if (!QChar::isPrint(char32_t(codePoint)))
            return u"\"name\" must contain printable characters only"_s;
    }
    if (value.toString().trimmed().isEmpty())
        return u"\"name\" must not be blank"_s;
    return std::nullopt;
}

void handlePair(const ApiRoutes::Context &context, const HttpRequest &request, Responder responder)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        responder.send(badField(u"INVALID_JSON"_s, u"body"_s,
                                u"The body must be a JSON object {\"name\": ..., \"permissions\": {...}}"_s));
        return;
    }
    const QJsonObject body = document.object();
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key() != u"name"_s && it.key() != u"permissions"_s) {
            responder.send(badField(u"UNKNOWN_FIELD"_s, it.key().left(64),
                                    u"Unknown field \"%1\"; known: name, permissions"_s.arg(it.key().left(64))));
            return;
        }
    }
    if (const std::optional<QString> problem = nameProblem(body.value(u"name"_s))) {
        responder.send(badField(u"INVALID_NAME"_s, u"name"_s, *problem));
        return;
    }
    AgentPermissions requested;
    if (body.contains(u"permissions"_s)) {
        if (!body.value(u"permissions"_s).isObject()) {
            responder.send(badField(u"INVALID_PERMISSIONS"_s, u"permissions"_s, u"\"permissions\" must be a JSON object"_s));
            return;
        }
        const Result<AgentPermissions> parsed = AgentPermissions::fromJson(body.value(u"permissions"_s).toObject());
        if (!parsed) {
            responder.send(badField(parsed.error().code, u"permissions"_s, parsed.error().message));
            return;
        }
        requested = parsed.value();
    }

    AgentManager *manager = context.agentManager;
    const QString name = body.value(u"name"_s).toString();
    const QString remoteAddress = request.peerAddress.toString();
    QMetaObject::invokeMethod(manager, [manager, name, requested, remoteAddress, responder] {
        const Result<AgentManager::Ticket> ticket = manager->requestPairing(name, requested, remoteAddress);
        if (!ticket) {
            responder.send(managerError(ticket.error()));
            return;
        }
        responder.send(ApiReply::success(QJsonObject{
            {u"request_id"_s, ticket.value().requestId},
            {u"pairing_code"_s, ticket.value().code},
            {u"pairing_token"_s, ticket.value().pairingToken},
            {u"status"_s, u"pending"_s},
            {u"poll_url"_s, QString(u"/api/agents/pair/"_s + ticket.value().requestId)},
            {u"expires_at"_s, isoOrNull(ticket.value().expiresAt)},
        }, 202));
    }, Qt::QueuedConnection);
}

void handlePoll(const ApiRoutes::Context &context, const HttpRequest &request, Responder responder)
{
    const QString requestId = request.pathParams.value(u"request_id"_s);
    if (!isRequestId(requestId)) {
        responder.send(badField(u"INVALID_REQUEST_ID"_s, u"request_id"_s, u"The request id must be the UUID returned by POST /api/agents/pair"_s));
        return;
    }

    const QByteArray authorization = request.header("authorization");
    const bool bearer = authorization.size() > BearerPrefix.size()
        && QByteArrayView(authorization).first(BearerPrefix.size()).compare(BearerPrefix, Qt::CaseInsensitive) == 0;
    const QByteArray token = bearer ? QByteArrayView(authorization).sliced(BearerPrefix.size()).trimmed().toByteArray() : QByteArray();
    if (token.isEmpty() || token.size() > MaxPairingTokenLength) {
        HttpResponse response = ApiReply::error(401, u"PAIRING_TOKEN_REQUIRED"_s,
                                                u"Send the pairing_token of POST /api/agents/pair as \"Authorization: Bearer\""_s);
        response.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"securecontext\""));
        responder.send(std::move(response));
        return;
    }

    AgentManager *manager = context.agentManager;
    QMetaObject::invokeMethod(manager, [manager, requestId, token, responder] {
        const Result<std::optional<AgentManager::ClaimedKey>> claimed = manager->claim(requestId, token);
        if (!claimed) {
            responder.send(managerError(claimed.error()));
            return;
        }
        if (!claimed.value()) {
            responder.send(ApiReply::success(QJsonObject{{u"request_id"_s, requestId}, {u"status"_s, u"pending"_s}}, 202));
            return;
        }
        const AgentManager::ClaimedKey &key = *claimed.value();
        responder.send(ApiReply::success(QJsonObject{
            {u"agent_id"_s, key.agent.id},
            {u"agent_key"_s, key.key},
            {u"name"_s, key.agent.name},
            {u"permissions"_s, key.agent.permissions.toJson()},
            {u"expires_at"_s, isoOrNull(key.agent.expiresAt)},
        }));
    }, Qt::QueuedConnection);
}

QJsonObject agentJson(const AgentEntry &agent)
{
    return QJsonObject{
        {u"agent_id"_s, agent.id},
        {u"name"_s, agent.name},
        {u"permissions"_s, agent.permissions.toJson()},
        {u"expires_at"_s, isoOrNull(agent.expiresAt)},
    };
}

void handleList(const ApiRoutes::Context &context, const HttpRequest &request, Responder responder)
{
    if (!CallerAuth::requireAdmin(request, *context.agents, responder, context.audit))
        return;

    AgentManager *manager = context.agentManager;
    QMetaObject::invokeMethod(manager, [manager, responder] {
        QJsonArray agents;
        for (const AgentSummary &agent : manager->summaries()) {
            agents.append(QJsonObject{
                {u"agent_id"_s, agent.id},
                {u"name"_s, agent.name},
                {u"status"_s, agent.status},
                {u"permissions"_s, agent.permissions.toJson()},
                {u"created_at"_s, isoOrNull(agent.createdAt)},
                {u"expires_at"_s, isoOrNull(agent.expiresAt)},
                {u"last_used_at"_s, isoOrNull(agent.lastUsedAt)},
            });
        }
        responder.send(ApiReply::success(QJsonObject{{u"agents"_s, agents}, {u"count"_s, agents.size()}}));
    }, Qt::QueuedConnection);
}

void handleRevoke(const ApiRoutes::Context &context, const HttpRequest &request, Responder responder)
{
    const std::optional<AgentEntry> caller = CallerAuth::requireAgent(request, *context.agents, responder, context.audit);
    if (!caller)
        return;
    const QString agentId = request.pathParams.value(u"agent_id"_s);
    if (!isRequestId(agentId)) {
        responder.send(badField(u"INVALID_AGENT_ID"_s, u"agent_id"_s, u"The agent id must be a UUID as listed by GET /api/agents"_s));
        return;
    }
    if (agentId != caller->id && !caller->permissions.admin) {
        responder.send(ApiReply::error(403, u"PERMISSION_DENIED"_s, u"Revoking another agent needs the admin permission"_s));
        return;
    }

    AgentManager *manager = context.agentManager;
    const QString callerId = caller->id;
    const QString remoteAddress = request.peerAddress.toString();
    QMetaObject::invokeMethod(manager, [manager, agentId, callerId, remoteAddress, responder] {
        const Result<void> revoked = manager->revoke(agentId, callerId, remoteAddress);
        if (!revoked) {
            responder.send(managerError(revoked.error()));
            return;
        }
        responder.send(ApiReply::success(QJsonObject{{u"agent_id"_s, agentId}, {u"status"_s, u"revoked"_s}}));
    }, Qt::QueuedConnection);
}

} // namespace

namespace AgentRoutes {

void add(Router &router, const ApiRoutes::Context &context)
{
    router.addRoute("POST", u"/api/agents/pair"_s, [context](const HttpRequest &request, Responder responder) {
        handlePair(context, request, std::move(responder));
    });
    router.addRoute("GET", u"/api/agents/pair/<request_id>"_s, [context](const HttpRequest &request, Responder responder) {
        handlePoll(context, request, std::move(responder));
    });
    router.addRoute("GET", u"/api/agents/me"_s, [context](const HttpRequest &request, Responder responder) {
        if (const std::optional<AgentEntry> agent = CallerAuth::requireAgent(request, *context.agents, responder, context.audit))
            responder.send(ApiReply::success(agentJson(*agent)));
    });
    router.addRoute("GET", u"/api/agents"_s, [context](const HttpRequest &request, Responder responder) {
        handleList(context, request, std::move(responder));
    });
    router.addRoute("DELETE", u"/api/agents/<agent_id>"_s, [context](const HttpRequest &request, Responder responder) {
        handleRevoke(context, request, std::move(responder));
    });
}

} // namespace AgentRoutes
