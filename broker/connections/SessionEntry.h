#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// A session as the API needs it on the request path: found by the hash of its id.
struct SessionEntry
{
    QByteArray idHash;
    QString idPrefix;
    QString connectionId;
    QDateTime createdAt;
    QDateTime expiresAt; // invalid = no expiry
    bool revoked = false;
    // The agent that created the session; empty for sessions made in the console or by a
    // flow the person started.
    QString agentId;
    QString agentName;
    // The scope subset granted to the session; empty = every scope of the connection.
    QStringList scopes;
    // Whether GET /api/tokens returns the raw refresh token. Off unless the person chose it.
    bool exposeRefreshToken = false;
    // The latest expiry an extension may reach; invalid = extensions are not allowed.
    QDateTime maxExpiresAt;

    bool isActive(const QDateTime &now) const { return !revoked && (!expiresAt.isValid() || expiresAt > now); }

    // "active", "expired" or "revoked", as the API reports it.
    QString status(const QDateTime &now) const
    {
        if (revoked)
            return QStringLiteral("revoked");
        return isActive(now) ? QStringLiteral("active") : QStringLiteral("expired");
    }
};
