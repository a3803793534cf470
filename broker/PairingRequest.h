#pragma once

#include "agents/AgentPermissions.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

// A pending pairing request as the approval prompt shows it. Safe to pass to the GUI
// thread, because it contains no pairing token.
struct PairingRequest
{
    QString requestId;
    QString code;          // XXXX-XXXX, also printed by the agent, for the person to compare
    QString name;          // chosen by the agent; printable, at most 64 characters
    AgentPermissions requestedPermissions;
    QString remoteAddress;
    QDateTime createdAt;
    QDateTime expiresAt;

    friend bool operator==(const PairingRequest &, const PairingRequest &) = default;
};

Q_DECLARE_METATYPE(PairingRequest)
