#include "api/routes/CallerAuth.h"

#include "agents/AgentDirectory.h"
#include "agents/AgentKey.h"
#include "api/ApiReply.h"
#include "api/HttpRequest.h"
#include "api/Responder.h"
#include "audit/AuditLog.h"

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView BearerPrefix = "Bearer ";

HttpResponse unauthorized(const QString &code, const QString &message)
{
    HttpResponse response = ApiReply::error(401, code, message);
    response.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"securecontext\""));
    return response;
}

} // namespace

namespace CallerAuth {

Result<std::optional<AgentEntry>> authenticate(const HttpRequest &request, const AgentDirectory &agents)
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty())
        return std::optional<AgentEntry>();

    const Error invalid{u"AGENT_KEY_INVALID"_s, u"The agent key is not valid; pair again with POST /api/agents/pair"_s};
    // RFC 9110 section 11.1: the scheme is case-insensitive.
    if (authorization.size() <= BearerPrefix.size()
        || QByteArrayView(authorization).first(BearerPrefix.size()).compare(BearerPrefix, Qt::CaseInsensitive) != 0)
        return invalid;
    const QByteArrayView key = QByteArrayView(authorization).sliced(BearerPrefix.size()).trimmed();
    if (!AgentKey::isWellFormed(key))
        return invalid;

    const std::optional<AgentEntry> agent = agents.byKeyHash(AgentKey::hash(key));
    if (!agent || agent->isExpired(QDateTime::currentDateTimeUtc()))
        return invalid;
    return agent;
}

std::optional<AgentEntry> requireAgent(const HttpRequest &request, AgentDirectory &agents, const Responder &responder,
                                       AuditLog *audit)
{
    const Result<std::optional<AgentEntry>> caller = authenticate(request, agents);
    if (!caller) {
        if (audit) {
            AuditEvent event;
            event.action = QLatin1String(AuthenticateAction);
            event.outcome = QLatin1String(AuditOutcome::Denied);
            event.remoteAddress = request.peerAddress.toString();
            event.detail = caller.error().code;
            audit->record(std::move(event));
        }
        responder.send(unauthorized(caller.error().code, caller.error().message));
        return std::nullopt;
    }
    if (!caller.value()) {
        responder.send(unauthorized(u"AGENT_KEY_REQUIRED"_s,
                                    u"This route needs an agent key in \"Authorization: Bearer\"; pair with POST /api/agents/pair"_s));
        return std::nullopt;
    }
    agents.recordUse(caller.value()->id);
    return caller.value();
}

std::optional<AgentEntry> requireAdmin(const HttpRequest &request, AgentDirectory &agents, const Responder &responder,
                                       AuditLog *audit)
{
    std::optional<AgentEntry> agent = requireAgent(request, agents, responder, audit);
    if (agent && !agent->permissions.admin) {
        responder.send(ApiReply::error(403, u"PERMISSION_DENIED"_s, u"This route needs the admin permission"_s));
        return std::nullopt;
    }
    return agent;
}

} // namespace CallerAuth
