#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

// An agent's request to connect an account at a provider, which the person approves or denies.
// It never contains a session id. The id a completed request produced waits in the
// ConnectRequestQueue for the requesting agent.
struct ConnectRequest
{
    QString id;
    QString agentId;
    QString agentName;
    QString provider;
    QStringList scopes;          // subset the session gets; empty = every granted scope
    qint64 sessionLifetimeSeconds = 0; // 0 = no expiry
    // "pending_approval", "awaiting_browser", "completed", "denied", "failed" or "expired"
    QString status;
    QUrl authorizationUrl;       // set while awaiting_browser
    QString failureReason;
    QString flowId;
    QDateTime createdAt;
    QDateTime expiresAt;         // a request still pending then becomes "expired"
};

Q_DECLARE_METATYPE(ConnectRequest)
