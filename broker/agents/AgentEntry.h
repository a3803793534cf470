#pragma once

#include "agents/AgentPermissions.h"

#include <QDateTime>
#include <QString>

// A paired agent as the API needs it on the request path, found by the hash of its key.
struct AgentEntry
{
    QString id;
    QString name;
    AgentPermissions permissions;
    QDateTime expiresAt; // invalid = no expiry ("Allow always")

    bool isExpired(const QDateTime &now) const { return expiresAt.isValid() && expiresAt <= now; }
};
