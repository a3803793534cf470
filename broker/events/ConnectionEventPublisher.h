#pragma once

#include "connections/SessionEntry.h"

#include <QObject>

class ConnectionManager;
class EventBus;
class TokenCache;
struct ApiEvent;

// Turns the signals of the ConnectionManager and its SessionManager into ApiEvents on the
// EventBus: token.refreshed, connection.status_changed, connection.disconnected,
// session.created and session.revoked. Lives on the broker thread with the manager.
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
    void publishSession(const char *type, const SessionEntry &session);

    static ApiEvent eventFor(const char *type, const QString &connectionId, const QList<SessionEntry> &sessions);

    const TokenCache &m_cache;
    EventBus &m_bus;
};
