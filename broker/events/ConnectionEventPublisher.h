#pragma once

#include "connections/SessionEntry.h"

#include <QObject>

class ConnectionManager;
class EventBus;
class TokenCache;
struct ApiEvent;

// Turns the ConnectionManager's signals into ApiEvents on the EventBus: token.refreshed,
// connection.status_changed, connection.disconnected and session.created. Lives on the broker
// thread with the manager.
// TODO: session.revoked is never published because ConnectionManager cannot revoke a single
// session yet — connect its session revocation signal here when it gets one.
class ConnectionEventPublisher : public QObject
{
    Q_OBJECT

public:
    // `cache` supplies the provider and expiry of a refreshed token, never the token itself.
    ConnectionEventPublisher(ConnectionManager &connections, const TokenCache &cache, EventBus &bus,
                             QObject *parent = nullptr);

private:
    void publishRefresh(const QString &connectionId, const QString &errorCode, const QList<SessionEntry> &sessions);
    void publishStatus(const QString &connectionId, const QString &status, const QList<SessionEntry> &sessions);
    void publishRemoval(const QString &connectionId, const QList<SessionEntry> &sessions);
    void publishSession(const SessionEntry &session);

    static ApiEvent eventFor(const char *type, const QString &connectionId, const QList<SessionEntry> &sessions);

    const TokenCache &m_cache;
    EventBus &m_bus;
};
