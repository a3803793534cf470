#include "api/routes/SessionRoutes.h"

#include "agents/AgentDirectory.h"
#include "api/ApiReply.h"
#include "api/HttpRequest.h"
#include "api/Responder.h"
#include "api/Router.h"
#include "api/routes/CallerAuth.h"
#include "api/routes/RouteSupport.h"
#include "audit/AuditEvent.h"
#include "connections/SessionManager.h"
#include "connections/TokenCache.h"
#include "oauth/SessionId.h"
#include "store/ConnectionRecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMetaObject>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSessionRoutes, "securecontext.api.sessions")

namespace {

using RouteSupport::isoOrNull;

// The maximum page number and page size that GET /api/agent/data accepts.
constexpr qint64 MaxPage = 1000000;
constexpr qint64 MaxPageSize = 1000;

QJsonObject sessionJson(const SessionEntry &session, const QString &provider, const QDateTime &now)
{
    return QJsonObject{
        {u"session_id_prefix"_s, session.idPrefix},
        {u"connection_id"_s, session.connectionId},
        {u"provider"_s, provider},
        {u"status"_s, session.status(now)},
        {u"created_at"_s, isoOrNull(session.createdAt)},
        {u"expires_at"_s, isoOrNull(session.expiresAt)},
        {u"max_expires_at"_s, isoOrNull(session.maxExpiresAt)},
        {u"scopes"_s, QJsonArray::fromStringList(session.scopes)},
    };
}

QString providerOf(const TokenCache &cache, const QString &connectionId)
{
    const std::optional<TokenSnapshot> token = cache.token(connectionId);
    return token ? token->provider : QString();
}

void handleRevoke(const ApiRoutes::Context &context, const HttpRequest &request, Responder responder)
{
    // The full session id in the path is the capability. A key sent along must still be valid.
    const Result<std::optional<AgentEntry>> caller = CallerAuth::authenticate(request, *context.agents);
    if (!caller) {
        CallerAuth::requireAgent(request, *context.agents, responder);
        return;
    }
    const std::optional<QString> sessionId = RouteSupport::sessionIdParam(request, responder);
    if (!sessionId)
        return;

    const QString agentId = caller.value() ? caller.value()->id : QString();
    const QByteArray idHash = SessionId::hash(*sessionId);
    SessionManager *sessions = context.sessions;
    const ApiRoutes::Context shared = context;
    const HttpRequest copy = request;
    const QString normalized = *sessionId;
    QMetaObject::invokeMethod(sessions, [sessions, shared, copy, idHash, agentId, normalized, responder] {
        const Result<SessionRecord> revoked = sessions->revokeSession(idHash);
        if (!revoked) {
            const bool notFound = revoked.error().code == u"SESSION_NOT_FOUND"_s;
            SessionEntry unknown;
            unknown.idHash = idHash;
            unknown.idPrefix = SessionId::prefix(normalized);
            RouteSupport::audit(shared, copy, AuditAction::SessionRevoke, notFound ? AuditOutcome::NotFound : AuditOutcome::Failed,
                                agentId, &unknown, revoked.error().code);
            if (!notFound)
                qCWarning(lcSessionRoutes) << "Revoking session" << unknown.idPrefix << "failed:" << revoked.error().code;
            responder.send(ApiReply::error(notFound ? 404 : 500, revoked.error().code, revoked.error().message));
            return;
        }
        const std::optional<SessionEntry> entry = shared.cache->session(idHash);
        RouteSupport::audit(shared, copy, AuditAction::SessionRevoke, AuditOutcome::Ok, agentId, entry ? &*entry : nullptr);
        responder.send(ApiReply::success(QJsonObject{
            {u"session_id"_s, normalized},
            {u"revoked"_s, true},
            {u"revoked_at"_s, isoOrNull(revoked.value().revokedAt)},
        }));
    }, Qt::QueuedConnection);
}

void handleList(const ApiRoutes::Context &context, const HttpRequest &request, Responder responder)
{
    const std::optional<AgentEntry> agent = CallerAuth::requireAgent(request, *context.agents, responder);
    if (!agent)
        return;
    const QString providerFilter = request.query.queryItemValue(u"provider"_s, QUrl::FullyDecoded);
    const QString statusFilter = request.query.queryItemValue(u"status"_s, QUrl::FullyDecoded);
    if (!statusFilter.isEmpty() && statusFilter != u"active"_s && statusFilter != u"expired"_s && statusFilter != u"revoked"_s) {
        responder.send(ApiReply::error(400, u"INVALID_PARAMETER"_s, u"status must be active, expired or revoked"_s,
                                       QJsonObject{{u"field"_s, u"status"_s}}));
        return;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray list;
    for (const SessionEntry &session : context.cache->sessionsOfAgent(agent->id)) {
        const QString provider = providerOf(*context.cache, session.connectionId);
        if (!providerFilter.isEmpty() && provider != providerFilter)
            continue;
        if (!statusFilter.isEmpty() && session.status(now) != statusFilter)
            continue;
        list.append(sessionJson(session, provider, now));
    }
    responder.send(ApiReply::success(QJsonObject{{u"sessions"_s, list}, {u"count"_s, list.size()}}));
}

// Reads a query parameter as a positive integer up to `max`; absent = `fallback`. Sends 400
// naming the parameter otherwise.
std::optional<qint64> positiveParam(const HttpRequest &request, const QString &name, qint64 fallback, qint64 max,
                                    const Responder &responder)
{
    if (!request.query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = request.query.queryItemValue(name, QUrl::FullyDecoded).toLongLong(&ok);
    if (!ok || value < 1 || value > max) {
        responder.send(ApiReply::error(400, u"INVALID_PARAMETER"_s, u"%1 must be an integer from 1 to %2"_s.arg(name).arg(max),
                                       QJsonObject{{u"field"_s, name}}));
        return std::nullopt;
    }
    return value;
}

void handleData(const ApiRoutes::Context &context, const HttpRequest &request, Responder responder)
{
    const std::optional<AgentEntry> agent = CallerAuth::requireAgent(request, *context.agents, responder);
    if (!agent)
        return;
    if (!agent->permissions.tokenRead || agent->permissions.proxyOnly) {
        responder.send(ApiReply::error(403, u"PERMISSION_DENIED"_s, u"This agent may not read tokens"_s));
        return;
    }
    const std::optional<QString> sessionId = RouteSupport::sessionIdParam(request, responder);
    if (!sessionId)
        return;
    const std::optional<qint64> page = positiveParam(request, u"page"_s, 1, MaxPage, responder);
    if (!page)
        return;
    const std::optional<qint64> pageSize = positiveParam(request, u"page_size"_s, 50, MaxPageSize, responder);
    if (!pageSize)
        return;

    const QString provider = request.pathParams.value(u"provider"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::optional<SessionEntry> session = context.cache->session(SessionId::hash(*sessionId));
    const bool allowed = session && session->isActive(now)
        && ((!session->agentId.isEmpty() && session->agentId == agent->id) || agent->permissions.allowsConnection(session->connectionId));
    const std::optional<TokenSnapshot> token = allowed ? context.cache->token(session->connectionId) : std::nullopt;
    // A provider that does not match the session's connection gets the same 404 as an unknown
    // session, so the route cannot be used to learn which provider a session belongs to.
    if (!token || token->provider != provider) {
        RouteSupport::audit(context, request, AuditAction::TokenRead, AuditOutcome::NotFound, agent->id, nullptr,
                            SessionId::prefix(*sessionId));
        responder.send(ApiReply::error(404, u"SESSION_NOT_FOUND"_s, u"No active session of this provider with this id"_s));
        return;
    }
    const bool fresh = (token->status == ConnectionStatus::Active || token->status == ConnectionStatus::Refreshing)
        && !token->accessToken.isEmpty() && token->isFresh(now, context.refreshMarginSeconds);
    if (!fresh) {
        // The data route serves only the token in memory, because GET /api/tokens/<session_id> is
        // the route that refreshes.
        responder.send(ApiReply::error(409, u"TOKEN_NOT_FRESH"_s,
                                       u"The access token needs a refresh; call GET /api/tokens/<session_id> first"_s,
                                       QJsonObject{{u"connection_status"_s, token->status}}));
        return;
    }

    context.cache->recordUse(session->connectionId);
    RouteSupport::audit(context, request, AuditAction::TokenRead, AuditOutcome::Ok, agent->id, &*session, u"agent_data"_s);
    const QStringList scopes = session->scopes.isEmpty() ? token->grantedScopes : session->scopes;
    responder.send(ApiReply::success(QJsonObject{
        {u"provider"_s, provider},
        {u"session_id"_s, *sessionId},
        {u"access_token"_s, token->accessToken},
        {u"token_type"_s, token->tokenType},
        {u"expires_at"_s, isoOrNull(token->expiresAt)},
        {u"scope"_s, scopes.join(u' ')},
        {u"pagination"_s, QJsonObject{{u"page"_s, *page}, {u"page_size"_s, *pageSize}, {u"has_more"_s, false}}},
    }));
}

void handleExtend(const ApiRoutes::Context &context, const HttpRequest &request, Responder responder)
{
    const std::optional<AgentEntry> agent = CallerAuth::requireAgent(request, *context.agents, responder);
    if (!agent)
        return;
    const std::optional<QString> sessionId = RouteSupport::sessionIdParam(request, responder);
    if (!sessionId)
        return;
    const std::optional<QJsonObject> body = RouteSupport::jsonBody(request, responder);
    if (!body)
        return;
    // The SCP reference names the field additional_seconds; its clients still send that.
    const QString field = body->contains(u"extend_seconds"_s) || !body->contains(u"additional_seconds"_s)
        ? u"extend_seconds"_s
        : u"additional_seconds"_s;
    const QJsonValue secondsValue = body->value(field);
    const double seconds = secondsValue.toDouble(-1);
    if (!secondsValue.isDouble() || seconds != double(qint64(seconds)) || seconds < SessionManager::MinExtendSeconds
        || seconds > SessionManager::MaxExtendSeconds) {
        responder.send(ApiReply::error(400, u"INVALID_EXTEND_SECONDS"_s,
                                       u"%1 must be an integer from %2 to %3"_s.arg(field).arg(SessionManager::MinExtendSeconds)
                                           .arg(SessionManager::MaxExtendSeconds),
                                       QJsonObject{{u"field"_s, field}}));
        return;
    }
    const std::optional<SessionEntry> session = RouteSupport::ownedSession(context, *agent, *sessionId, responder);
    if (!session)
        return;

    SessionManager *sessions = context.sessions;
    const ApiRoutes::Context shared = context;
    const HttpRequest copy = request;
    const SessionEntry entry = *session;
    const QString agentId = agent->id;
    QMetaObject::invokeMethod(sessions, [sessions, shared, copy, entry, agentId, seconds, responder] {
        const Result<SessionRecord> extended = sessions->extendSession(entry.idHash, qint64(seconds));
        if (!extended) {
            const QString &code = extended.error().code;
            int status = 500;
            if (code == u"EXTENSION_LIMIT"_s)
                status = 409;
            else if (code == u"SESSION_NOT_FOUND"_s)
                status = 404;
            else
                qCWarning(lcSessionRoutes) << "Extending session" << entry.idPrefix << "failed:" << code;
            RouteSupport::audit(shared, copy, AuditAction::SessionExtend, AuditOutcome::Failed, agentId, &entry, code);
            responder.send(ApiReply::error(status, code, extended.error().message,
                                           QJsonObject{{u"max_expires_at"_s, isoOrNull(entry.maxExpiresAt)}}));
            return;
        }
        RouteSupport::audit(shared, copy, AuditAction::SessionExtend, AuditOutcome::Ok, agentId, &entry,
                            QString::number(qint64(seconds)));
        responder.send(ApiReply::success(QJsonObject{
            {u"session_id_prefix"_s, entry.idPrefix},
            {u"expires_at"_s, isoOrNull(extended.value().expiresAt)},
            {u"max_expires_at"_s, isoOrNull(extended.value().maxExpiresAt)},
        }));
    }, Qt::QueuedConnection);
}

void handleCleanup(const ApiRoutes::Context &context, const HttpRequest &request, Responder responder)
{
    const std::optional<AgentEntry> agent = CallerAuth::requireAgent(request, *context.agents, responder);
    if (!agent)
        return;

    SessionManager *sessions = context.sessions;
    const ApiRoutes::Context shared = context;
    const HttpRequest copy = request;
    const QString agentId = agent->id;
    QMetaObject::invokeMethod(sessions, [sessions, shared, copy, agentId, responder] {
        const Result<int> removed = sessions->removeInactiveSessions(agentId);
        if (!removed) {
            qCWarning(lcSessionRoutes) << "Removing the inactive sessions of agent" << agentId << "failed:" << removed.error().code;
            RouteSupport::audit(shared, copy, AuditAction::SessionCleanup, AuditOutcome::Failed, agentId, nullptr,
                                removed.error().code);
            responder.send(ApiReply::error(500, removed.error().code, removed.error().message));
            return;
        }
        RouteSupport::audit(shared, copy, AuditAction::SessionCleanup, AuditOutcome::Ok, agentId, nullptr,
                            QString::number(removed.value()));
        responder.send(ApiReply::success(QJsonObject{{u"removed"_s, removed.value()}}));
    }, Qt::QueuedConnection);
}

} // namespace

namespace SessionRoutes {

void add(Router &router, const ApiRoutes::Context &context)
{
    router.addRoute("DELETE", u"/api/sessions/<session_id>"_s, [context](const HttpRequest &request, Responder responder) {
        handleRevoke(context, request, std::move(responder));
    });
    router.addRoute("GET", u"/api/agent/sessions"_s, [context](const HttpRequest &request, Responder responder) {
        handleList(context, request, std::move(responder));
    });
    router.addRoute("GET", u"/api/agent/data/<provider>/<session_id>"_s, [context](const HttpRequest &request, Responder responder) {
        handleData(context, request, std::move(responder));
    });
    router.addRoute("POST", u"/api/agent/sessions/<session_id>/extend"_s,
                    [context](const HttpRequest &request, Responder responder) {
        handleExtend(context, request, std::move(responder));
    });
    router.addRoute("POST", u"/api/agent/sessions/cleanup"_s, [context](const HttpRequest &request, Responder responder) {
        handleCleanup(context, request, std::move(responder));
    });
}

} // namespace SessionRoutes
