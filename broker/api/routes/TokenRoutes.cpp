#include "api/routes/TokenRoutes.h"

#include "api/ApiReply.h"
#include "api/HttpRequest.h"
#include "api/HttpResponse.h"
#include "api/Responder.h"
#include "api/Router.h"
#include "api/routes/ApiSharedState.h"
#include "audit/AuditLog.h"
#include "connections/ConnectionManager.h"
#include "connections/TokenCache.h"
#include "metrics/TokenReadCounters.h"
#include "oauth/SessionId.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMetaObject>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTokenRoutes, "securecontext.api.tokens")

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
        // The broker refreshes for the agent, so the long-lived refresh token stays in the
        // keychain. The field stays, empty, because SCP clients expect it.
        {u"refresh_token"_s, QString()},
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

// Returns the text of a peer address. Agents connect over loopback, so the two loopback
// addresses skip QHostAddress::toString(), which allocates on every token read.
QString remoteAddressText(const QHostAddress &address)
{
    static const QString ipv4Loopback = u"127.0.0.1"_s;
    static const QString ipv6Loopback = u"::1"_s;
    if (address == QHostAddress::LocalHost)
        return ipv4Loopback;
    if (address == QHostAddress::LocalHostIPv6)
        return ipv6Loopback;
    return address.toString();
}

// Records one token read. `session` is null when no active session matched the id. The event
// still carries the hash of a valid id, so an admin finds reads of a revoked or expired
// session in that session's trail.
void recordRead(AuditLog *audit, const QString &remoteAddress, const QString &sessionId, const QByteArray &sessionHash,
                const SessionEntry *session, const char *outcome, const QString &detail = {})
{
    if (!audit)
        return;
    AuditEvent event;
    event.action = QLatin1String(AuditAction::TokenRead);
    event.outcome = QLatin1String(outcome);
    event.sessionHash = sessionHash;
    event.remoteAddress = remoteAddress;
    event.detail = detail;
    if (session) {
        event.sessionPrefix = session->idPrefix;
        event.connectionId = session->connectionId;
        event.agentId = session->agentId;
    } else {
        event.sessionPrefix = SessionId::prefix(sessionId);
    }
    audit->record(std::move(event));
}

void handleToken(const ApiRoutes::Context &context, const HttpRequest &request, Responder responder)
{
    const QString sessionId = request.pathParams.value(u"session_id"_s);
    if (!SessionId::isValid(sessionId)) {
        recordRead(context.audit, remoteAddressText(request.peerAddress), sessionId, {}, nullptr, AuditOutcome::NotFound,
                   u"INVALID_SESSION_ID_FORMAT"_s);
        // Echo at most a short, printable part of what was sent.
        const QString shown = sessionId.left(64);
        responder.send(ApiReply::error(400, u"INVALID_SESSION_ID_FORMAT"_s,
                                       u"The session id must be a UUID version 4"_s,
                                       QJsonObject{{u"session_id"_s, shown}}));
        return;
    }

    const QByteArray sessionHash = SessionId::hash(sessionId);
    const std::optional<SessionEntry> session = context.cache->session(sessionHash);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!session || session->revoked || (session->expiresAt.isValid() && session->expiresAt <= now)) {
        recordRead(context.audit, remoteAddressText(request.peerAddress), sessionId, sessionHash, nullptr, AuditOutcome::NotFound,
                   u"SESSION_NOT_FOUND"_s);
        responder.send(ApiReply::error(404, u"SESSION_NOT_FOUND"_s, u"No active session with this id"_s,
                                       QJsonObject{{u"session_id"_s, SessionId::normalized(sessionId)}}));
        return;
    }

    // The common case: a fresh token straight from memory, sent from this worker thread, also
    // while a proactive refresh runs.
    context.cache->recordUse(session->connectionId);
    const std::optional<TokenSnapshot> token = context.cache->token(session->connectionId);
    const bool usable = token && (token->status == ConnectionStatus::Active || token->status == ConnectionStatus::Refreshing);
    if (usable && !token->accessToken.isEmpty() && token->isFresh(now, context.refreshMarginSeconds)) {
        if (context.tokenReads)
            context.tokenReads->countCacheHit();
        recordRead(context.audit, remoteAddressText(request.peerAddress), sessionId, sessionHash, &*session, AuditOutcome::Ok);
        responder.send(ApiReply::success(tokenData(*token, *session, SessionId::normalized(sessionId), context.state->provider(token->provider))));
        return;
    }

    if (context.tokenReads)
        context.tokenReads->countBrokerRead();
    ConnectionManager *connections = context.connections;
    ApiSharedState *state = context.state;
    TokenCache *cache = context.cache;
    const SessionEntry entry = *session;
    const QString normalized = SessionId::normalized(sessionId);
    AuditLog *audit = context.audit;
    const QString remoteAddress = remoteAddressText(request.peerAddress);
    QMetaObject::invokeMethod(connections, [audit, remoteAddress, connections, state, cache, entry, normalized, responder] {
        connections->freshToken(entry.connectionId, [audit, remoteAddress, state, cache, entry, normalized, responder](const Result<TokenSnapshot> &fresh) {
            if (!fresh) {
                const bool connectionRemoved = fresh.error().code == u"CONNECTION_NOT_FOUND"_s;
                recordRead(audit, remoteAddress, normalized, entry.idHash, &entry,
                           connectionRemoved ? AuditOutcome::NotFound : AuditOutcome::Failed, fresh.error().code);
                responder.send(tokenError(fresh.error(), cache->token(entry.connectionId)));
                return;
            }
            recordRead(audit, remoteAddress, normalized, entry.idHash, &entry, AuditOutcome::Ok);
            responder.send(ApiReply::success(tokenData(fresh.value(), entry, normalized, state->provider(fresh.value().provider))));
        });
    }, Qt::QueuedConnection);
}

} // namespace

namespace TokenRoutes {

void add(Router &router, const ApiRoutes::Context &context)
{
    router.addRoute("GET", u"/api/tokens/<session_id>"_s, [context](const HttpRequest &request, Responder responder) {
        handleToken(context, request, std::move(responder));
    });
}

} // namespace TokenRoutes
