#pragma once

#include "agents/AgentPermissions.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

// A paired agent as the user interface shows it: a copy made on the broker thread, safe to
// pass to the GUI thread. Holds no key and no key hash.
struct AgentSummary
{
    QString id;
    QString name;
    AgentPermissions permissions;
    QString status;        // "approved" (key not yet claimed), "active", "expired" or "revoked"
    QDateTime createdAt;
    QDateTime expiresAt;   // invalid for "allow always"
    QDateTime lastUsedAt;  // invalid when never used

    friend bool operator==(const AgentSummary &, const AgentSummary &) = default;
};

Q_DECLARE_METATYPE(AgentSummary)
