#include "api/routes/MetaRoutes.h"

#include "api/ApiReply.h"
#include "api/HttpRequest.h"
#include "api/Responder.h"
#include "api/Router.h"
#include "api/routes/ApiSharedState.h"
#include "connections/TokenCache.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QJsonArray connectionStatesJson(const TokenCache &cache)
{
    QJsonArray states;
    for (const ConnectionState &state : cache.connectionStates()) {
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
    router.addRoute("GET", u"/api/health"_s, [context](const HttpRequest &, Responder responder) {
        const QJsonObject components = context.state->componentHealth();
        bool healthy = true;
        for (const QJsonValue &status : components)
            healthy = healthy && status.toString() == u"ok"_s;
        responder.send(ApiReply::success(QJsonObject{
            {u"status"_s, healthy ? u"healthy"_s : u"degraded"_s},
            {u"version"_s, QStringLiteral(SECURECONTEXT_VERSION)},
            {u"components"_s, components},
            {u"connections"_s, context.cache->connectionCount()},
            {u"sessions"_s, context.cache->sessionCount()},
            // State by connection id and provider, for monitoring; no token and no account.
            {u"connection_states"_s, connectionStatesJson(*context.cache)},
        }, healthy ? 200 : 503));
    });

    router.addRoute("GET", u"/api/providers"_s, [context](const HttpRequest &, Responder responder) {
        const QJsonArray providers = context.state->providers();
        responder.send(ApiReply::success(QJsonObject{{u"providers"_s, providers}, {u"count"_s, providers.size()}}));
    });
}

} // namespace MetaRoutes
