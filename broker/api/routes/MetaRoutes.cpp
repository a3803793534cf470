#include "api/routes/MetaRoutes.h"

#include "agents/AgentDirectory.h"
#include "api/ApiReply.h"
#include "api/HttpRequest.h"
#include "api/HttpResponse.h"
#include "api/Responder.h"
#include "api/Router.h"
#include "api/routes/ApiSharedState.h"
#include "api/routes/CallerAuth.h"
#include "connections/TokenCache.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMetaRoutes, "securecontext.api.meta")

namespace {

// What this broker adds to the SCP reference's routes, for clients that check before calling.
const QStringList Features{
    u"pkce"_s, u"token_refresh"_s, u"session_revocation"_s, u"batch_tokens"_s, u"scope_subsets"_s,
    u"session_extension"_s, u"agent_keys"_s, u"connect_requests"_s, u"audit"_s, u"openapi"_s,
};

QByteArray openApiDocument()
{
    static const QByteArray document = [] {
        QFile file(u":/api/openapi.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcMetaRoutes) << "The OpenAPI document is missing from the resources";
            return QByteArray();
        }
        return file.readAll();
    }();
    return document;
}

QJsonArray endpointsJson(const Router &router)
{
    QJsonArray endpoints;
    for (const Router::RouteInfo &route : router.routes())
        endpoints.append(QString(QString::fromLatin1(route.method) + u' ' + route.pattern));
    return endpoints;
}

// Counts by provider and by agent; "console" stands for sessions the person made.
QJsonObject storageStats(const TokenCache &cache)
{
    QJsonObject connectionsByProvider;
    for (const ConnectionState &state : cache.connectionStates())
        connectionsByProvider.insert(state.provider, connectionsByProvider.value(state.provider).toInt() + 1);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject sessionsByProvider;
    QJsonObject sessionsByAgent;
    QJsonObject sessionsByStatus;
    const QList<SessionEntry> sessions = cache.sessions();
    for (const SessionEntry &session : sessions) {
        const std::optional<TokenSnapshot> token = cache.token(session.connectionId);
        const QString provider = token ? token->provider : u"unknown"_s;
        const QString agent = session.agentId.isEmpty() ? u"console"_s : session.agentId;
        const QString status = session.status(now);
        sessionsByProvider.insert(provider, sessionsByProvider.value(provider).toInt() + 1);
        sessionsByAgent.insert(agent, sessionsByAgent.value(agent).toInt() + 1);
        sessionsByStatus.insert(status, sessionsByStatus.value(status).toInt() + 1);
    }
    return QJsonObject{
        // The SCP reference's field names, for its clients.
        {u"total_sessions"_s, sessions.size()},
        {u"providers"_s, sessionsByProvider},
        {u"agents"_s, sessionsByAgent},
        {u"connections"_s, QJsonObject{{u"total"_s, cache.connectionCount()}, {u"by_provider"_s, connectionsByProvider}}},
        {u"sessions"_s, QJsonObject{{u"total"_s, sessions.size()},
                                    {u"by_provider"_s, sessionsByProvider},
                                    {u"by_agent"_s, sessionsByAgent},
                                    {u"by_status"_s, sessionsByStatus}}},
    };
}

// The states of the connections the agent may use; an admin agent sees every connection.
QJsonArray connectionStatesJson(const TokenCache &cache, const AgentEntry &agent)
{
    QJsonArray states;
    for (const ConnectionState &state : cache.connectionStates()) {
        if (!agent.permissions.admin && !agent.permissions.allowsConnection(state.connectionId))
            continue;
        states.append(QJsonObject{
            {u"id"_s, state.connectionId},
            {u"provider"_s, state.provider},
            {u"status"_s, state.status},
            {u"reason"_s, state.reason},
        });
    }
    return states;
}

} // namespace

namespace MetaRoutes {

void add(Router &router, const ApiRoutes::Context &context)
{
    router.addRoute("GET", u"/api/health"_s, [context](const HttpRequest &request, Responder responder) {
        // Anonymous callers get counts; the per-connection list needs an agent key.
        const Result<std::optional<AgentEntry>> caller = CallerAuth::authenticate(request, *context.agents);
        if (!caller) {
            CallerAuth::requireAgent(request, *context.agents, responder);
            return;
        }

        const QJsonObject components = context.state->componentHealth();
        bool healthy = true;
        for (const QJsonValue &status : components)
            healthy = healthy && status.toString() == u"ok"_s;
        QJsonObject data{
            {u"status"_s, healthy ? u"healthy"_s : u"degraded"_s},
            {u"version"_s, QStringLiteral(SECURECONTEXT_VERSION)},
            {u"components"_s, components},
            {u"connections"_s, context.cache->connectionCount()},
            {u"sessions"_s, context.cache->sessionCount()},
        };
        // State by connection id and provider, for monitoring; no token and no account.
        if (caller.value())
            data.insert(u"connection_states"_s, connectionStatesJson(*context.cache, *caller.value()));
        responder.send(ApiReply::success(data, healthy ? 200 : 503));
    });

    const Router *routes = &router;
    router.addRoute("GET", u"/api/version"_s, [routes](const HttpRequest &, Responder responder) {
        responder.send(ApiReply::success(QJsonObject{
            {u"version"_s, QStringLiteral(SECURECONTEXT_VERSION)},
            {u"api_version"_s, QString::fromLatin1(ApiReply::Version)},
            {u"features"_s, QJsonArray::fromStringList(Features)},
            {u"endpoints"_s, endpointsJson(*routes)},
        }));
    });

    router.addRoute("GET", u"/api/openapi.json"_s, [](const HttpRequest &, Responder responder) {
        const QByteArray document = openApiDocument();
        if (document.isEmpty()) {
            responder.send(ApiReply::error(500, u"INTERNAL_ERROR"_s, u"The OpenAPI document is missing from this build"_s));
            return;
        }
        // The document is not wrapped in the SCP envelope, so OpenAPI tools can read it as is.
        HttpResponse response;
        response.status = 200;
        response.body = document;
        response.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
        responder.send(std::move(response));
    });

    router.addRoute("GET", u"/api/storage/stats"_s, [context](const HttpRequest &request, Responder responder) {
        if (!CallerAuth::requireAdmin(request, *context.agents, responder))
            return;
        responder.send(ApiReply::success(storageStats(*context.cache)));
    });

    router.addRoute("GET", u"/api/providers"_s, [context](const HttpRequest &, Responder responder) {
        const QJsonArray providers = context.state->providers();
        responder.send(ApiReply::success(QJsonObject{{u"providers"_s, providers}, {u"count"_s, providers.size()}}));
    });
}

} // namespace MetaRoutes
