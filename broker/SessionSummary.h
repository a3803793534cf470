#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// A session as the user interface lists it: a copy made on the broker thread, safe to pass to
// the GUI thread. Holds the hash and prefix of the session id, never the id itself.
struct SessionSummary
{
    QByteArray idHash; // for Broker::revokeSession()
    QString idPrefix;
    QString connectionId;
    QString agentId;   // empty for sessions the person made
    QString agentName;
    QString status;    // "active", "expired" or "revoked"
    QStringList scopes; // empty = every scope of the connection
    bool exposeRefreshToken = false;
    QDateTime createdAt;
    QDateTime expiresAt;    // invalid = no expiry
    QDateTime maxExpiresAt; // invalid = no extension allowed
};

Q_DECLARE_METATYPE(SessionSummary)
