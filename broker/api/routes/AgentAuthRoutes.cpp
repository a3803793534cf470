#include "api/routes/AgentAuthRoutes.h"

#include "agents/AgentDirectory.h"
#include "api/ApiReply.h"
#include "api/HttpRequest.h"
#include "api/Responder.h"
#include "api/Router.h"
#include "api/routes/ApiSharedState.h"
#include "api/routes/CallerAuth.h"
#include "api/routes/RouteSupport.h"
#include "audit/AuditEvent.h"
#include "connections/ConnectRequestQueue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAgentAuthRoutes, "securecontext.api.agentauth")

namespace {

// The maximum session lifetime an agent may request: 30 days, the default extension limit too.
constexpr qint64 MaxSessionLifetimeSeconds = 30LL * 24 * 3600;

HttpResponse invalidField(const QString &field, const QString &message)
{
    return ApiReply::error(400, u"INVALID_REQUEST"_s, message, QJsonObject{{u"field"_s, field}});
}

void handleSubmit(const ApiRoutes::Context &context, const HttpRequest &request, Responder responder)
{
    const std::optional<AgentEntry> agent = CallerAuth::requireAgent(request, *context.agents, responder);
    if (!agent)
        return;
    // The session a connect request ends in reads tokens, so only agents that may read them
    // may ask for one.
    if (!agent->permissions.tokenRead || agent->permissions.proxyOnly) {
        responder.send(ApiReply::error(403, u"PERMISSION_DENIED"_s, u"This agent may not read tokens, so it may not connect accounts"_s));
        return;
    }
    const std::optional<QJsonObject> body = RouteSupport::jsonBody(request, responder);
    if (!body)
        return;

    const QString provider = body->value(u"provider"_s).toString();
    if (provider.isEmpty()) {
        responder.send(invalidField(u"provider"_s, u"provider must name a provider of GET /api/providers"_s));
        return;
    }
    const QJsonObject providerJson = context.state->provider(provider);
    if (providerJson.isEmpty()) {
        responder.send(ApiReply::error(404, u"PROVIDER_NOT_FOUND"_s, u"No provider with this name; see GET /api/providers"_s,
                                       QJsonObject{{u"provider"_s, provider.left(64)}}));
        return;
    }

    QStringList scopes;
    const QJsonValue scopesValue = body->value(u"scopes"_s);
    if (!scopesValue.isUndefined() && !scopesValue.isNull()) {
        if (!scopesValue.isArray()) {
            responder.send(invalidField(u"scopes"_s, u"scopes must be an array of scope names"_s));
            return;
        }
        const QJsonArray known = providerJson.value(u"scopes"_s).toArray();
        for (const QJsonValue &scope : scopesValue.toArray()) {
            if (!scope.isString() || !known.contains(scope)) {
                responder.send(ApiReply::error(400, u"INVALID_SCOPE"_s,
                                               u"Each scope must be one the provider is configured to request"_s,
                                               QJsonObject{{u"field"_s, u"scopes"_s}, {u"allowed"_s, known}}));
                return;
            }
            scopes.append(scope.toString());
        }
    }

    const QJsonValue agentIdValue = body->value(u"agent_id"_s);
    if (!agentIdValue.isUndefined() && agentIdValue.toString() != agent->id) {
        // The key names the agent; a different agent_id would let one agent act for another.
        responder.send(invalidField(u"agent_id"_s, u"agent_id, when sent, must be the id of the calling agent"_s));
        return;
    }

    qint64 lifetime = 0;
    const QJsonValue lifetimeValue = body->value(u"session_lifetime_seconds"_s);
    if (!lifetimeValue.isUndefined() && !lifetimeValue.isNull()) {
        const double seconds = lifetimeValue.toDouble(-1);
        if (!lifetimeValue.isDouble() || seconds != double(qint64(seconds)) || seconds < 60 || seconds > MaxSessionLifetimeSeconds) {
            responder.send(invalidField(u"session_lifetime_seconds"_s,
                                        u"session_lifetime_seconds must be an integer from 60 to %1"_s.arg(MaxSessionLifetimeSeconds)));
            return;
        }
        lifetime = qint64(seconds);
    }

    ConnectRequest connectRequest;
    connectRequest.agentId = agent->id;
    connectRequest.agentName = agent->name;
    connectRequest.provider = provider;
    connectRequest.scopes = scopes;
    connectRequest.sessionLifetimeSeconds = lifetime;
    const Result<ConnectRequest> submitted = context.connectRequests->submit(connectRequest);
    if (!submitted) {
        responder.send(ApiReply::error(429, submitted.error().code, submitted.error().message));
        return;
    }

    qCInfo(lcAgentAuthRoutes) << "Agent" << agent->id << "asks to connect" << provider << "in request" << submitted.value().id;
    RouteSupport::audit(context, request, AuditAction::ConnectRequest, AuditOutcome::Pending, agent->id, nullptr, provider);
    if (context.connectRequested)
        context.connectRequested(submitted.value().id);
    responder.send(ApiReply::success(QJsonObject{
        {u"request_id"_s, submitted.value().id},
        {u"status"_s, submitted.value().status},
        {u"poll_url"_s, QString(u"/api/agent/auth/"_s + submitted.value().id)},
        {u"expires_at"_s, RouteSupport::isoOrNull(submitted.value().expiresAt)},
    }, 202));
}

void handlePoll(const ApiRoutes::Context &context, const HttpRequest &request, Responder responder)
{
    const std::optional<AgentEntry> agent = CallerAuth::requireAgent(request, *context.agents, responder);
    if (!agent)
        return;
    const QString requestId = request.pathParams.value(u"request_id"_s);
    const std::optional<ConnectRequest> found = context.connectRequests->find(requestId);
    // Another agent's request gets the same reply as an unknown one.
    if (!found || found->agentId != agent->id) {
        responder.send(ApiReply::error(404, u"REQUEST_NOT_FOUND"_s, u"No connect request of this agent has this id"_s));
        return;
    }

    QJsonObject data{
        {u"request_id"_s, found->id},
        {u"status"_s, found->status},
        {u"provider"_s, found->provider},
        {u"expires_at"_s, RouteSupport::isoOrNull(found->expiresAt)},
    };
    if (found->status == u"awaiting_browser"_s)
        data.insert(u"authorization_url"_s, found->authorizationUrl.toString(QUrl::FullyEncoded));
    if (found->status == u"failed"_s)
        data.insert(u"reason"_s, found->failureReason);
    if (found->status == u"completed"_s) {
        const QString sessionId = context.connectRequests->takeSessionId(found->id);
        if (!sessionId.isEmpty())
            data.insert(u"session_id"_s, sessionId);
        else
            data.insert(u"note"_s, u"The session id was returned by an earlier poll; see GET /api/agent/sessions"_s);
    }
    responder.send(ApiReply::success(data));
}

} // namespace

namespace AgentAuthRoutes {

void add(Router &router, const ApiRoutes::Context &context)
{
    router.addRoute("POST", u"/api/agent/auth"_s, [context](const HttpRequest &request, Responder responder) {
        handleSubmit(context, request, std::move(responder));
    });
    router.addRoute("GET", u"/api/agent/auth/<request_id>"_s, [context](const HttpRequest &request, Responder responder) {
        handlePoll(context, request, std::move(responder));
    });
}

} // namespace AgentAuthRoutes
