#include "api/routes/TokenRoutes.h"

#include "agents/AgentDirectory.h"
#include "api/ApiReply.h"
#include "api/HttpRequest.h"
#include "api/HttpResponse.h"
#include "api/Responder.h"
#include "api/Router.h"
#include "api/routes/ApiSharedState.h"
#include "api/routes/CallerAuth.h"
#include "api/routes/RouteSupport.h"
#include "audit/AuditEvent.h"
#include "connections/ConnectionManager.h"
#include "connections/TokenCache.h"
#include "metrics/TokenReadCounters.h"
#include "oauth/SessionId.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QMutex>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTokenRoutes, "securecontext.api.tokens")

namespace {

using RouteSupport::isoOrNull;

// The maximum number of session ids in one POST /api/tokens/batch.
constexpr qsizetype MaxBatchSize = 100;

QJsonObject tokenData(const TokenSnapshot &token, const SessionEntry &session, const QString &sessionId,
                      const QJsonObject &provider)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A session limited to a scope subset reports that subset; the token itself may carry more,
    // because providers issue one access token per grant.
    const QStringList scopes = session.scopes.isEmpty() ? token.grantedScopes : session.scopes;
    return QJsonObject{
        {u"access_token"_s, token.accessToken},
        // The broker refreshes for the agent, so the long-lived refresh token stays in the
        // keychain unless the person created the session with it exposed. The field stays,
        // empty, because SCP clients expect it.
        {u"refresh_token"_s, session.exposeRefreshToken ? token.refreshToken : QString()},
        {u"token_type"_s, token.tokenType},
        {u"expires_at"_s, isoOrNull(token.expiresAt)},
        {u"scope"_s, scopes.join(u' ')},
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
            {u"session_expires_at"_s, isoOrNull(session.expiresAt)},
            {u"expires_in_seconds"_s, token.expiresAt.isValid() ? QJsonValue(qMax<qint64>(0, now.secsTo(token.expiresAt)))
                                                                : QJsonValue(QJsonValue::Null)},
        }},
    };
}

// Seconds an agent should wait before asking again after a transient refresh failure.
constexpr int RetryAfterSeconds = 5;

// Maps a ConnectionManager error to the reply. `details` carries the connection's state, so
// an agent can tell "sign in again" from "try again later" without parsing the message.
HttpResponse tokenError(const Error &error, const std::optional<TokenSnapshot> &connection)
{
    if (error.code == u"CONNECTION_NOT_FOUND"_s)
        return ApiReply::error(404, u"SESSION_NOT_FOUND"_s, error.message);

    QJsonObject details;
    if (connection) {
        details.insert(u"connection_status"_s, connection->status);
        details.insert(u"reason"_s, connection->lastError.isEmpty() ? error.message : connection->lastError);
    }
    if (error.code == u"REAUTH_REQUIRED"_s)
        return ApiReply::error(401, error.code, error.message, details);
    // The provider refused the client or the request; retrying as is will not help.
    if (error.code == u"REFRESH_REJECTED"_s)
        return ApiReply::error(502, error.code, error.message, details);

    details.insert(u"retry_after_seconds"_s, RetryAfterSeconds);
    HttpResponse response = ApiReply::error(503, error.code, error.message, details);
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(RetryAfterSeconds));
    return response;
}

// Finds the active session named in the path, or sends 400 or 404. The session id alone
// authorizes the read. A request that carries an agent key must carry a valid one (401
// otherwise), and that agent's permissions apply: an agent without token_read, or a
// proxy-only one, gets 403 even with a valid session id.
std::optional<std::pair<QString, SessionEntry>> activeSession(const ApiRoutes::Context &context, const HttpRequest &request,
                                                              const Responder &responder)
{
    const Result<std::optional<AgentEntry>> caller = CallerAuth::authenticate(request, *context.agents);
    if (!caller) {
        CallerAuth::requireAgent(request, *context.agents, responder);
        return std::nullopt;
    }
    if (caller.value() && (!caller.value()->permissions.tokenRead || caller.value()->permissions.proxyOnly)) {
        RouteSupport::audit(context, request, AuditAction::TokenRead, AuditOutcome::Denied, caller.value()->id, nullptr,
                            u"PERMISSION_DENIED"_s);
        responder.send(ApiReply::error(403, u"PERMISSION_DENIED"_s, u"This agent may not read tokens"_s));
        return std::nullopt;
    }
    const std::optional<QString> sessionId = RouteSupport::sessionIdParam(request, responder);
    if (!sessionId)
        return std::nullopt;

    const std::optional<SessionEntry> session = context.cache->session(SessionId::hash(*sessionId));
    if (!session || !session->isActive(QDateTime::currentDateTimeUtc())) {
        // The hash of a well-formed id goes into the event, so reads of a revoked or expired
        // session show in that session's trail.
        SessionEntry unknown;
        unknown.idHash = SessionId::hash(*sessionId);
        unknown.idPrefix = SessionId::prefix(*sessionId);
        RouteSupport::audit(context, request, AuditAction::TokenRead, AuditOutcome::NotFound, QString(), &unknown,
                            u"SESSION_NOT_FOUND"_s);
        responder.send(ApiReply::error(404, u"SESSION_NOT_FOUND"_s, u"No active session with this id"_s,
                                       QJsonObject{{u"session_id"_s, *sessionId}}));
        return std::nullopt;
    }
    return std::pair{*sessionId, *session};
}

void handleToken(const ApiRoutes::Context &context, const HttpRequest &request, Responder responder)
{
    const auto found = activeSession(context, request, responder);
    if (!found)
        return;
    const auto &[sessionId, session] = *found;

    // The common case: a fresh token straight from memory, sent from this worker thread, also
    // while a proactive refresh runs.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    context.cache->recordUse(session.connectionId);
    const std::optional<TokenSnapshot> token = context.cache->token(session.connectionId);
    const bool usable = token && (token->status == ConnectionStatus::Active || token->status == ConnectionStatus::Refreshing);
    if (usable && !token->accessToken.isEmpty() && token->isFresh(now, context.refreshMarginSeconds)) {
        if (context.tokenReads)
            context.tokenReads->countCacheHit();
        RouteSupport::audit(context, request, AuditAction::TokenRead, AuditOutcome::Ok, session.agentId, &session);
        responder.send(ApiReply::success(tokenData(*token, session, sessionId, context.state->provider(token->provider))));
        return;
    }

    if (context.tokenReads)
        context.tokenReads->countBrokerRead();
    ConnectionManager *connections = context.connections;
    ApiSharedState *state = context.state;
    TokenCache *cache = context.cache;
    const SessionEntry entry = session;
    const QString normalized = sessionId;
    const ApiRoutes::Context auditContext = context;
    const HttpRequest auditRequest = request;
    QMetaObject::invokeMethod(connections, [connections, state, cache, entry, normalized, responder, auditContext, auditRequest] {
        connections->freshToken(entry.connectionId, [=](const Result<TokenSnapshot> &fresh) {
            if (!fresh) {
                RouteSupport::audit(auditContext, auditRequest, AuditAction::TokenRead, AuditOutcome::Failed, entry.agentId,
                                    &entry, fresh.error().code);
                responder.send(tokenError(fresh.error(), cache->token(entry.connectionId)));
                return;
            }
            RouteSupport::audit(auditContext, auditRequest, AuditAction::TokenRead, AuditOutcome::Ok, entry.agentId, &entry);
            responder.send(ApiReply::success(tokenData(fresh.value(), entry, normalized, state->provider(fresh.value().provider))));
        });
    }, Qt::QueuedConnection);
}

void handleRefresh(const ApiRoutes::Context &context, const HttpRequest &request, Responder responder)
{
    const auto found = activeSession(context, request, responder);
    if (!found)
        return;
    const auto [sessionId, session] = *found;

    ConnectionManager *connections = context.connections;
    const ApiRoutes::Context shared = context;
    const HttpRequest copy = request;
    QMetaObject::invokeMethod(connections, [connections, shared, copy, sessionId, session, responder] {
        connections->refreshNow(session.connectionId, [=](const Result<TokenSnapshot> &fresh) {
            if (!fresh) {
                RouteSupport::audit(shared, copy, AuditAction::TokenRefresh, AuditOutcome::Failed, session.agentId, &session,
                                    fresh.error().code);
                responder.send(tokenError(fresh.error(), shared.cache->token(session.connectionId)));
                return;
            }
            qCInfo(lcTokenRoutes) << "Refreshed connection" << session.connectionId << "at the request of session"
                                  << session.idPrefix;
            RouteSupport::audit(shared, copy, AuditAction::TokenRefresh, AuditOutcome::Ok, session.agentId, &session);
            responder.send(ApiReply::success(
                tokenData(fresh.value(), session, sessionId, shared.state->provider(fresh.value().provider))));
        });
    }, Qt::QueuedConnection);
}

QJsonObject batchError(const QString &code, const QString &message)
{
    return QJsonObject{{u"success"_s, false}, {u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}};
}

QJsonObject batchSuccess(const QJsonObject &data)
{
    return QJsonObject{{u"success"_s, true}, {u"data"_s, data}};
}

// The results of one batch; the reply goes out when the last token that needed a refresh
// has its result.
struct BatchState
{
    QMutex lock;
    QJsonObject results;
    int pending = 0;
    Responder responder;

    void finishOne(const QString &id, const QJsonObject &result)
    {
        QMutexLocker locker(&lock);
        results.insert(id, result);
        if (--pending == 0)
            send();
    }

    void send()
    {
        responder.send(ApiReply::success(QJsonObject{{u"results"_s, results}, {u"count"_s, results.size()}}));
    }
};

void handleBatch(const ApiRoutes::Context &context, const HttpRequest &request, Responder responder)
{
    const std::optional<AgentEntry> agent = CallerAuth::requireAgent(request, *context.agents, responder);
    if (!agent)
        return;
    if (!agent->permissions.tokenRead || agent->permissions.proxyOnly) {
        responder.send(ApiReply::error(403, u"PERMISSION_DENIED"_s, u"This agent may not read tokens"_s));
        return;
    }
    const std::optional<QJsonObject> body = RouteSupport::jsonBody(request, responder);
    if (!body)
        return;
    const QJsonValue idsValue = body->value(u"session_ids"_s);
    if (!idsValue.isArray() || idsValue.toArray().isEmpty()) {
        responder.send(ApiReply::error(400, u"INVALID_REQUEST"_s, u"session_ids must be a non-empty array of session ids"_s,
                                       QJsonObject{{u"field"_s, u"session_ids"_s}}));
        return;
    }
    const QJsonArray ids = idsValue.toArray();
    if (ids.size() > MaxBatchSize) {
        responder.send(ApiReply::error(400, u"BATCH_TOO_LARGE"_s,
                                       u"session_ids holds %1 ids; send at most %2 per request"_s.arg(ids.size()).arg(MaxBatchSize),
                                       QJsonObject{{u"field"_s, u"session_ids"_s}, {u"max"_s, MaxBatchSize}}));
        return;
    }

    auto state = std::make_shared<BatchState>();
    state->responder = responder;
    QList<std::pair<QString, SessionEntry>> needRefresh;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QJsonValue &value : ids) {
        if (!value.isString() || !SessionId::isValid(value.toString())) {
            const QString resultKey = value.isString() ? value.toString().left(64) : u"(not a string)"_s;
            state->results.insert(resultKey, batchError(u"INVALID_SESSION_ID_FORMAT"_s, u"The session id must be a UUID version 4"_s));
            continue;
        }
        const QString sessionId = SessionId::normalized(value.toString());
        const std::optional<SessionEntry> session = context.cache->session(SessionId::hash(sessionId));
        // Another agent's session and an unknown id get the same reply.
        const bool allowed = session && session->isActive(now)
            && ((!session->agentId.isEmpty() && session->agentId == agent->id)
                || agent->permissions.allowsConnection(session->connectionId));
        if (!allowed) {
            state->results.insert(sessionId, batchError(u"SESSION_NOT_FOUND"_s, u"No active session with this id"_s));
            continue;
        }

        context.cache->recordUse(session->connectionId);
        const std::optional<TokenSnapshot> token = context.cache->token(session->connectionId);
        const bool usable = token && (token->status == ConnectionStatus::Active || token->status == ConnectionStatus::Refreshing);
        if (usable && !token->accessToken.isEmpty() && token->isFresh(now, context.refreshMarginSeconds)) {
            RouteSupport::audit(context, request, AuditAction::TokenRead, AuditOutcome::Ok, agent->id, &*session, u"batch"_s);
            state->results.insert(sessionId, batchSuccess(tokenData(*token, *session, sessionId, context.state->provider(token->provider))));
            continue;
        }
        needRefresh.append({sessionId, *session});
    }

    if (needRefresh.isEmpty()) {
        state->send();
        return;
    }
    state->pending = int(needRefresh.size());
    ConnectionManager *connections = context.connections;
    const ApiRoutes::Context shared = context;
    const HttpRequest copy = request;
    const QString agentId = agent->id;
    QMetaObject::invokeMethod(connections, [connections, shared, copy, agentId, needRefresh, state] {
        for (const auto &[sessionId, session] : needRefresh) {
            connections->freshToken(session.connectionId, [=](const Result<TokenSnapshot> &fresh) {
                if (!fresh) {
                    RouteSupport::audit(shared, copy, AuditAction::TokenRead, AuditOutcome::Failed, agentId, &session,
                                        fresh.error().code);
                    state->finishOne(sessionId, batchError(fresh.error().code == u"CONNECTION_NOT_FOUND"_s ? u"SESSION_NOT_FOUND"_s
                                                                                                        : fresh.error().code,
                                                           fresh.error().message));
                    return;
                }
                RouteSupport::audit(shared, copy, AuditAction::TokenRead, AuditOutcome::Ok, agentId, &session, u"batch"_s);
                state->finishOne(sessionId, batchSuccess(tokenData(fresh.value(), session, sessionId,
                                                                    shared.state->provider(fresh.value().provider))));
            });
        }
    }, Qt::QueuedConnection);
}

} // namespace

namespace TokenRoutes {

void add(Router &router, const ApiRoutes::Context &context)
{
    router.addRoute("GET", u"/api/tokens/<session_id>"_s, [context](const HttpRequest &request, Responder responder) {
        handleToken(context, request, std::move(responder));
    });
    router.addRoute("POST", u"/api/tokens/<session_id>/refresh"_s, [context](const HttpRequest &request, Responder responder) {
        handleRefresh(context, request, std::move(responder));
    });
    router.addRoute("POST", u"/api/tokens/batch"_s, [context](const HttpRequest &request, Responder responder) {
        handleBatch(context, request, std::move(responder));
    });
}

} // namespace TokenRoutes
