#include "api/routes/EventRoutes.h"

#include "agents/AgentDirectory.h"
#include "api/ApiReply.h"
#include "api/EventStream.h"
#include "api/HttpRequest.h"
#include "api/Responder.h"
#include "api/Router.h"
#include "api/routes/CallerAuth.h"
#include "events/EventBus.h"

#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEventRoutes, "securecontext.api.events")

namespace {

// Seconds a client refused for the stream limit should wait before it sends the request again.
constexpr int StreamRetryAfterSeconds = 5;

// Whether `agent` may see `event`: session events only for the sessions it created, other
// events also for the connections its permissions allow.
bool concerns(const AgentEntry &agent, const ApiEvent &event)
{
    if (event.agentIds.contains(agent.id))
        return true;
    const bool sessionEvent = event.type == QLatin1String(ApiEventType::SessionCreated)
        || event.type == QLatin1String(ApiEventType::SessionRevoked);
    return !sessionEvent && agent.permissions.allowsConnection(event.connectionId);
}

QByteArray eventData(const ApiEvent &event)
{
    QJsonObject data = event.data;
    data.insert(u"connection_id"_s, event.connectionId);
    data.insert(u"time"_s, event.time.toUTC().toString(Qt::ISODateWithMs));
    return QJsonDocument(data).toJson(QJsonDocument::Compact);
}

void handleEvents(const ApiRoutes::Context &context, const HttpRequest &request, const Responder &responder)
{
    const std::optional<AgentEntry> caller = CallerAuth::requireAgent(request, *context.agents, responder);
    if (!caller)
        return;
    if (!context.events) {
        responder.send(ApiReply::error(503, u"EVENTS_UNAVAILABLE"_s, u"This broker publishes no events."_s));
        return;
    }

    HttpResponse head;
    head.status = 200;
    head.setHeader("Content-Type", "text/event-stream; charset=utf-8");
    Result<std::shared_ptr<EventStream>> started = responder.startStream(head, caller->id);
    if (!started) {
        if (started.error().code != u"TOO_MANY_STREAMS"_s) {
            qCWarning(lcEventRoutes) << "Could not start the event stream of agent" << caller->id << ":" << started.error().code;
            responder.send(ApiReply::error(500, started.error().code, started.error().message));
            return;
        }
        qCInfo(lcEventRoutes) << "Rejected an event stream of agent" << caller->id << ":" << started.error().message;
        HttpResponse refused = ApiReply::error(429, started.error().code, started.error().message);
        refused.setHeader("Retry-After", QByteArray::number(StreamRetryAfterSeconds));
        responder.send(refused);
        return;
    }
    const std::shared_ptr<EventStream> stream = started.value();

    // The subscriber looks the agent up on every event, so a revoked or narrowed agent stops
    // receiving what it may no longer see. It keeps only a weak reference to the stream,
    // because the bus must not keep a closed stream alive.
    AgentDirectory *agents = context.agents;
    const QString agentId = caller->id;
    const std::weak_ptr<EventStream> weakStream = stream;
    EventBus *bus = context.events;
    const quint64 subscription = bus->subscribe([agents, agentId, weakStream](const ApiEvent &event) {
        const std::shared_ptr<EventStream> target = weakStream.lock();
        if (!target)
            return;
        const std::optional<AgentEntry> agent = agents->byId(agentId);
        if (!agent || agent->isExpired(QDateTime::currentDateTimeUtc())) {
            qCInfo(lcEventRoutes) << "Closing the event stream of agent" << agentId << "because its key is no longer valid";
            target->close();
            return;
        }
        if (concerns(*agent, event))
            target->send(event.type.toUtf8(), eventData(event));
    });
    stream->onClosed([bus, subscription] { bus->unsubscribe(subscription); });
    qCDebug(lcEventRoutes) << "Agent" << agentId << "opened an event stream from" << request.remoteName();
}

} // namespace

namespace EventRoutes {

void add(Router &router, const ApiRoutes::Context &context)
{
    router.addRoute("GET", u"/api/events"_s, [context](const HttpRequest &request, Responder responder) {
        handleEvents(context, request, responder);
    });
}

} // namespace EventRoutes
