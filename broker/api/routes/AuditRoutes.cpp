#include "api/routes/AuditRoutes.h"

#include "agents/AgentDirectory.h"
#include "api/ApiReply.h"
#include "api/HttpRequest.h"
#include "api/Responder.h"
#include "api/Router.h"
#include "api/routes/CallerAuth.h"
#include "audit/AuditLog.h"
#include "audit/AuditQuery.h"
#include "connections/TokenCache.h"
#include "oauth/SessionId.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMetaObject>

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAuditRoutes, "securecontext.api.audit")

namespace {

// The default range of GET /api/audit/analytics when `since` is not given.
constexpr int DefaultAnalyticsDays = 7;

HttpResponse invalidParameter(const QString &name, const QString &message)
{
    return ApiReply::error(400, u"INVALID_QUERY_PARAMETER"_s, message, QJsonObject{{u"parameter"_s, name}});
}

HttpResponse unavailable()
{
    return ApiReply::error(503, u"AUDIT_UNAVAILABLE"_s, u"The audit trail is not available; the broker has not started"_s);
}

// Parses a whole decimal number from minimum to maximum, or returns nullopt for anything else.
std::optional<qint64> parseNumber(const QString &text, qint64 minimum, qint64 maximum)
{
    if (text.isEmpty() || text.size() > 19)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

// Parses an ISO 8601 date or date and time. A time without an offset is taken as UTC.
std::optional<QDateTime> parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

QJsonObject eventJson(const AuditEvent &event)
{
    return QJsonObject{
        {u"id"_s, event.id},
        {u"time"_s, event.time.toUTC().toString(Qt::ISODateWithMs)},
        {u"action"_s, event.action},
        {u"outcome"_s, event.outcome},
        {u"agent_id"_s, event.agentId},
        {u"session"_s, event.sessionPrefix},
        {u"connection_id"_s, event.connectionId},
        {u"remote_address"_s, event.remoteAddress},
        {u"detail"_s, event.detail},
    };
}

QJsonObject countsJson(const QMap<QString, qint64> &counts)
{
    QJsonObject json;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QJsonObject analyticsJson(const AuditAnalytics &analytics)
{
    return QJsonObject{
        {u"since"_s, analytics.since.toString(Qt::ISODateWithMs)},
        {u"until"_s, analytics.until.toString(Qt::ISODateWithMs)},
        {u"total"_s, analytics.total},
        {u"by_action"_s, countsJson(analytics.byAction)},
        {u"by_outcome"_s, countsJson(analytics.byOutcome)},
        {u"by_agent"_s, countsJson(analytics.byAgent)},
        {u"by_connection"_s, countsJson(analytics.byConnection)},
        {u"by_hour"_s, countsJson(analytics.byHour)},
    };
}

// Reads `limit` and `before` into `filter`, or sends 400 and returns false.
bool readPaging(const HttpRequest &request, AuditFilter &filter, const Responder &responder)
{
    if (request.query.hasQueryItem(u"limit"_s)) {
        const QString text = request.query.queryItemValue(u"limit"_s, QUrl::FullyDecoded);
        const std::optional<qint64> limit = parseNumber(text, 1, AuditFilter::MaxLimit);
        if (!limit) {
            responder.send(invalidParameter(u"limit"_s, u"limit must be a whole number from 1 to %1"_s.arg(AuditFilter::MaxLimit)));
            return false;
        }
        filter.limit = int(*limit);
    }
    if (request.query.hasQueryItem(u"before"_s)) {
        const QString text = request.query.queryItemValue(u"before"_s, QUrl::FullyDecoded);
        const std::optional<qint64> before = parseNumber(text, 1, std::numeric_limits<qint64>::max());
        if (!before) {
            responder.send(invalidParameter(u"before"_s, u"before must be the positive id of an audit event"_s));
            return false;
        }
        filter.beforeId = *before;
    }
    return true;
}

// Reads the query parameter `name` into `time` when present, or sends 400 and returns false.
bool readTime(const HttpRequest &request, const QString &name, QDateTime &time, const Responder &responder)
{
    if (!request.query.hasQueryItem(name))
        return true;
    const std::optional<QDateTime> parsed = parseTime(request.query.queryItemValue(name, QUrl::FullyDecoded));
    if (!parsed) {
        responder.send(invalidParameter(name, name + u" must be an ISO 8601 time such as 2025-01-31T13:00:00Z"_s));
        return false;
    }
    time = *parsed;
    return true;
}

void handleSessionTrail(const ApiRoutes::Context &context, const HttpRequest &request, Responder responder)
{
    const std::optional<AgentEntry> agent = CallerAuth::requireAgent(request, *context.agents, responder);
    if (!agent)
        return;

    const QString sessionId = request.pathParams.value(u"session_id"_s);
    if (!SessionId::isValid(sessionId)) {
        responder.send(ApiReply::error(400, u"INVALID_SESSION_ID_FORMAT"_s, u"The session id must be a UUID version 4"_s,
                                       QJsonObject{{u"session_id"_s, sessionId.left(64)}}));
        return;
    }
    AuditFilter filter;
    if (!readPaging(request, filter, responder))
        return;
    if (!context.audit || !context.auditQuery) {
        responder.send(unavailable());
        return;
    }

    // An agent reads the trail of the sessions it created; an admin reads every trail, also
    // of sessions that no longer exist.
    filter.sessionHash = SessionId::hash(sessionId);
    const std::optional<SessionEntry> session = context.cache->session(filter.sessionHash);
    const bool admin = agent->permissions.admin;
    if (!admin && !session) {
        responder.send(ApiReply::error(404, u"SESSION_NOT_FOUND"_s, u"No session with this id"_s,
                                       QJsonObject{{u"session_id"_s, SessionId::normalized(sessionId)}}));
        return;
    }
    if (!admin && (session->agentId.isEmpty() || session->agentId != agent->id)) {
        responder.send(ApiReply::error(403, u"PERMISSION_DENIED"_s,
                                       u"Only the agent that created this session or an admin agent may read its audit trail"_s));
        return;
    }

    AuditLog *audit = context.audit;
    AuditQuery *query = context.auditQuery;
    const bool sessionKnown = session.has_value();
    const QString normalized = SessionId::normalized(sessionId);
    QMetaObject::invokeMethod(audit, [audit, query, filter, sessionKnown, normalized, responder] {
        // Events recorded a moment ago are still queued, and the caller expects to see them.
        audit->flush();
        const Result<QList<AuditEvent>> events = query->events(filter);
        if (!events) {
            qCWarning(lcAuditRoutes).noquote() << "Reading an audit trail failed:" << events.error().message;
            responder.send(ApiReply::error(500, events.error().code, u"The audit trail could not be read"_s));
            return;
        }
        if (!sessionKnown && events.value().isEmpty()) {
            responder.send(ApiReply::error(404, u"SESSION_NOT_FOUND"_s, u"No session or audit event with this id"_s,
                                           QJsonObject{{u"session_id"_s, normalized}}));
            return;
        }

        QJsonArray list;
        for (const AuditEvent &event : events.value())
            list.append(eventJson(event));
        responder.send(ApiReply::success(QJsonObject{{u"events"_s, list}, {u"count"_s, list.size()}}));
    }, Qt::QueuedConnection);
}

void handleAnalytics(const ApiRoutes::Context &context, const HttpRequest &request, Responder responder)
{
    if (!CallerAuth::requireAdmin(request, *context.agents, responder))
        return;

    QDateTime until = QDateTime::currentDateTimeUtc();
    if (!readTime(request, u"until"_s, until, responder))
        return;
    QDateTime since = until.addDays(-DefaultAnalyticsDays);
    if (!readTime(request, u"since"_s, since, responder))
        return;
    if (since > until) {
        responder.send(invalidParameter(u"since"_s, u"since must not be later than until"_s));
        return;
    }
    if (!context.audit || !context.auditQuery) {
        responder.send(unavailable());
        return;
    }

    AuditLog *audit = context.audit;
    AuditQuery *query = context.auditQuery;
    QMetaObject::invokeMethod(audit, [audit, query, since, until, responder] {
        audit->flush();
        const Result<AuditAnalytics> analytics = query->analytics(since, until);
        if (!analytics) {
            qCWarning(lcAuditRoutes).noquote() << "Counting audit events failed:" << analytics.error().message;
            responder.send(ApiReply::error(500, analytics.error().code, u"The audit trail could not be read"_s));
            return;
        }
        responder.send(ApiReply::success(analyticsJson(analytics.value())));
    }, Qt::QueuedConnection);
}

} // namespace

namespace AuditRoutes {

void add(Router &router, const ApiRoutes::Context &context)
{
    router.addRoute("GET", u"/api/audit/analytics"_s, [context](const HttpRequest &request, Responder responder) {
        handleAnalytics(context, request, std::move(responder));
    });
    router.addRoute("GET", u"/api/audit/<session_id>"_s, [context](const HttpRequest &request, Responder responder) {
        handleSessionTrail(context, request, std::move(responder));
    });
}

} // namespace AuditRoutes
