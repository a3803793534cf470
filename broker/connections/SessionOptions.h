#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

// What a new session grants beyond its connection: its holder, its lifetime, and which part
// of the connection's scopes.
struct SessionOptions
{
    // The agent that requested the session; empty for sessions the person made in the console
    // or with `securecontextd --connect`.
    QString agentId;
    QString agentName;
    // Seconds until the session expires; 0 = no expiry.
    qint64 lifetimeSeconds = 0;
    // A subset of the connection's granted scopes; empty = every granted scope.
    QStringList scopes;
    // Whether GET /api/tokens returns the raw refresh token to this session's holder.
    bool exposeRefreshToken = false;
};

Q_DECLARE_METATYPE(SessionOptions)
