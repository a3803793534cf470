#include "api/routes/ApiRoutes.h"

#include "api/ApiReply.h"
#include "api/HttpRequest.h"
#include "api/HttpResponse.h"
#include "api/Responder.h"
#include "api/Router.h"
#include "api/routes/ApiSharedState.h"
#include "api/routes/CallbackPage.h"
#include "connections/ConnectionManager.h"
#include "connections/FlowController.h"
#include "connections/TokenCache.h"
#include "oauth/SessionId.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMetaObject>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRoutes, "securecontext.api.routes")

namespace {

QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject tokenData(const TokenSnapshot &token, const SessionEntry &session, const QString &sessionId,
                      const QJsonObject &provider)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QJsonObject{
        {u"access_token"_s, token.accessToken},
        {u"refresh_token"_s, token.refreshToken},
        {u"token_type"_s, token.tokenType},
        {u"expires_at"_s, isoOrNull(token.expiresAt)},
        {u"scope"_s, token.grantedScopes.join(u' ')},
        {u"provider"_s, token.provider},
        {u"provider_info"_s, QJsonObject{
            {u"name"_s, token.provider},
            {u"display_name"_s, provider.value(u"display_name"_s).toString(token.provider)},
            {u"type"_s, u"oauth2"_s},
            {u"scopes"_s, provider.value(u"scopes"_s).toArray()},
        }},
        {u"metadata"_s, QJsonObject{
            {u"created_at"_s, isoOrNull(session.createdAt)},
            {u"session_id"_s, sessionId},
            {u"expires_in_seconds"_s, token.expiresAt.isValid() ? QJsonValue(qMax<qint64>(0, now.secsTo(token.expiresAt)))
                                                                : QJsonValue(QJsonValue::Null)},
        }},
    };
}

HttpResponse tokenError(const Error &error)
{
    if (error.code == u"REAUTH_REQUIRED"_s)
        return ApiReply::error(401, error.code, error.message);
    if (error.code == u"CONNECTION_NOT_FOUND"_s)
        return ApiReply::error(404, u"SESSION_NOT_FOUND"_s, error.message);
    return ApiReply::error(503, error.code, error.message);
}

void handleToken(const ApiRoutes::Context &context, const HttpRequest &request, Responder responder)
{
    const QString sessionId = request.pathParams.value(u"session_id"_s);
    if (!SessionId::isValid(sessionId)) {
        // Echo at most a short, printable part of what was sent.
        const QString shown = sessionId.left(64);
        responder.send(ApiReply::error(400, u"INVALID_SESSION_ID_FORMAT"_s,
                                       u"The session id must be a UUID version 4"_s,
                                       QJsonObject{{u"session_id"_s, shown}}));
        return;
    }

    const std::optional<SessionEntry> session = context.cache->session(SessionId::hash(sessionId));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!session || session->revoked || (session->expiresAt.isValid() && session->expiresAt <= now)) {
        responder.send(ApiReply::error(404, u"SESSION_NOT_FOUND"_s, u"No active session with this id"_s,
                                       QJsonObject{{u"session_id"_s, SessionId::normalized(sessionId)}}));
        return;
    }

    // The common case: a fresh token straight from memory, answered on this worker thread.
    const std::optional<TokenSnapshot> token = context.cache->token(session->connectionId);
    if (token && token->status == u"active"_s && !token->accessToken.isEmpty()
        && token->isFresh(now, ConnectionManager::RefreshMarginSeconds)) {
        responder.send(ApiReply::success(tokenData(*token, *session, SessionId::normalized(sessionId), context.state->provider(token->provider))));
        return;
    }

    ConnectionManager *connections = context.connections;
    ApiSharedState *state = context.state;
    const SessionEntry entry = *session;
    const QString normalized = SessionId::normalized(sessionId);
    QMetaObject::invokeMethod(connections, [connections, state, entry, normalized, responder] {
        connections->freshToken(entry.connectionId, [state, entry, normalized, responder](const Result<TokenSnapshot> &fresh) {
            if (!fresh) {
                responder.send(tokenError(fresh.error()));
                return;
            }
            responder.send(ApiReply::success(tokenData(fresh.value(), entry, normalized, state->provider(fresh.value().provider))));
        });
    }, Qt::QueuedConnection);
}

void handleCallback(const ApiRoutes::Context &context, const HttpRequest &request, Responder responder)
{
    FlowController *flows = context.flows;
    const QString provider = request.pathParams.value(u"provider"_s);
    const QUrlQuery query = request.query;
    QMetaObject::invokeMethod(flows, [flows, provider, query, responder] {
        flows->handleCallback(provider, query, [responder](const FlowController::CallbackPage &page) {
            responder.send(CallbackPage::render(page.status, page.title, page.message));
        });
    }, Qt::QueuedConnection);
}

} // namespace

namespace ApiRoutes {

std::shared_ptr<const Router> build(const Context &context)
{
    auto router = std::make_shared<Router>();

    router->addRoute("GET", u"/api/health"_s, [context](const HttpRequest &, Responder responder) {
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
        }, healthy ? 200 : 503));
    });

    router->addRoute("GET", u"/api/providers"_s, [context](const HttpRequest &, Responder responder) {
        const QJsonArray providers = context.state->providers();
        responder.send(ApiReply::success(QJsonObject{{u"providers"_s, providers}, {u"count"_s, providers.size()}}));
    });

    router->addRoute("GET", u"/api/tokens/<session_id>"_s, [context](const HttpRequest &request, Responder responder) {
        handleToken(context, request, std::move(responder));
    });

    router->addRoute("GET", u"/oauth/<provider>/callback"_s, [context](const HttpRequest &request, Responder responder) {
        handleCallback(context, request, std::move(responder));
    });

    return router;
}

} // namespace ApiRoutes
