#include "events/ConnectionEventPublisher.h"

#include "connections/ConnectionManager.h"
#include "connections/SessionManager.h"
#include "connections/TokenCache.h"
#include "events/EventBus.h"

using namespace Qt::StringLiterals;

ConnectionEventPublisher::ConnectionEventPublisher(ConnectionManager &connections, const TokenCache &cache,
                                                   EventBus &bus, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_bus(bus)
{
    connect(&connections, &ConnectionManager::refreshFinished, this, &ConnectionEventPublisher::publishRefresh);
    connect(&connections, &ConnectionManager::statusChanged, this, &ConnectionEventPublisher::publishStatus);
    connect(&connections, &ConnectionManager::connectionRemoved, this, &ConnectionEventPublisher::publishRemoval);
    connect(connections.sessions(), &SessionManager::sessionCreated, this, [this](const SessionEntry &session) {
        publishSession(ApiEventType::SessionCreated, session);
    });
    connect(connections.sessions(), &SessionManager::sessionRevoked, this, [this](const SessionEntry &session) {
        publishSession(ApiEventType::SessionRevoked, session);
    });
}

ApiEvent ConnectionEventPublisher::eventFor(const char *type, const QString &connectionId,
                                            const QList<SessionEntry> &sessions)
{
    ApiEvent event;
    event.type = QString::fromLatin1(type);
    event.connectionId = connectionId;
    for (const SessionEntry &session : sessions) {
        event.sessionHashes.append(session.idHash);
        if (!session.agentId.isEmpty() && !event.agentIds.contains(session.agentId))
            event.agentIds.append(session.agentId);
    }
    return event;
}

// Only successful refreshes are news: a failure that matters changes the status, and a
// transient one is retried.
void ConnectionEventPublisher::publishRefresh(const QString &connectionId, const QString &errorCode,
                                              const QList<SessionEntry> &sessions)
{
    if (!errorCode.isEmpty())
        return;

    ApiEvent event = eventFor(ApiEventType::TokenRefreshed, connectionId, sessions);
    if (const std::optional<TokenSnapshot> token = m_cache.token(connectionId)) {
        event.data.insert(u"provider"_s, token->provider);
        event.data.insert(u"expires_at"_s, token->expiresAt.isValid() ? QJsonValue(token->expiresAt.toUTC().toString(Qt::ISODate))
                                                                         : QJsonValue(QJsonValue::Null));
    }
    m_bus.publish(event);
}

void ConnectionEventPublisher::publishStatus(const QString &connectionId, const QString &status,
                                             const QList<SessionEntry> &sessions)
{
    ApiEvent event = eventFor(ApiEventType::ConnectionStatusChanged, connectionId, sessions);
    event.data.insert(u"status"_s, status);
    m_bus.publish(event);
}

void ConnectionEventPublisher::publishRemoval(const QString &connectionId, const QList<SessionEntry> &sessions)
{
    m_bus.publish(eventFor(ApiEventType::ConnectionDisconnected, connectionId, sessions));
}

void ConnectionEventPublisher::publishSession(const char *type, const SessionEntry &session)
{
    ApiEvent event = eventFor(type, session.connectionId, {session});
    event.data.insert(u"session_prefix"_s, session.idPrefix);
    if (session.expiresAt.isValid())
        event.data.insert(u"expires_at"_s, session.expiresAt.toUTC().toString(Qt::ISODate));
    m_bus.publish(event);
}
