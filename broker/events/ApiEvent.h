#pragma once

#include <QByteArrayList>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// One change that GET /api/events reports to agents. Never contains a token, key or session id.
struct ApiEvent
{
    QString type;          // one of ApiEventType
    QString connectionId;
    // SessionId::hash() of the connection's sessions, for routing only; never sent to a client.
    QByteArrayList sessionHashes;
    // The agents that created those sessions; empty entries are left out.
    QStringList agentIds;
    QDateTime time;        // UTC; EventBus::publish() fills it when invalid
    QJsonObject data;      // the event's fields as sent to the client, without tokens
};

// Stable event names, sent in the `event:` field of the stream.
namespace ApiEventType {
inline constexpr char TokenRefreshed[] = "token.refreshed";
inline constexpr char ConnectionStatusChanged[] = "connection.status_changed";
inline constexpr char ConnectionDisconnected[] = "connection.disconnected";
inline constexpr char SessionCreated[] = "session.created";
inline constexpr char SessionRevoked[] = "session.revoked";
} // namespace ApiEventType
