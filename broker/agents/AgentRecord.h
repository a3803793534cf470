#pragma once

#include "agents/AgentPermissions.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// The states of a row of the `agents` table. A pairing request starts `pending`. The person's
// decision makes it `approved` or `denied`, and the agent's claim of its key makes it
// `active`. Revoking makes it `revoked`. Expiry is not stored, because it follows from
// expires_at.
namespace AgentStatus {
inline constexpr char Pending[] = "pending";
inline constexpr char Approved[] = "approved";
inline constexpr char Denied[] = "denied";
inline constexpr char Active[] = "active";
inline constexpr char Revoked[] = "revoked";
// Shown for a pending request or an agent key past expires_at; never stored.
inline constexpr char Expired[] = "expired";
} // namespace AgentStatus

// One row of the `agents` table: a pairing request and, once approved and claimed, the agent.
// The request id is the agent id. Holds hashes only, never the pairing token or the key.
struct AgentRecord
{
    QString id;
    QString name;
    QString status;                 // one of AgentStatus, except Expired
    // The requested permissions while pending, the granted ones after approval.
    AgentPermissions permissions;
    QByteArray keyHash;             // AgentKey::hash() of the claimed key; empty before the claim
    QByteArray pairingHash;         // SHA-256 hex of the pairing token
    QString remoteAddress;
    QDateTime createdAt;
    QDateTime decidedAt;
    // While pending: when the request lapses. After approval: when the key stops working,
    // invalid for "allow always".
    QDateTime expiresAt;
    QDateTime lastUsedAt;
    QDateTime revokedAt;

    // The status with expiry applied: Expired for a pending request or an active key past
    // expires_at.
    QString effectiveStatus(const QDateTime &now) const
    {
        const bool lapsed = expiresAt.isValid() && expiresAt <= now;
        if (lapsed && (status == QLatin1String(AgentStatus::Pending) || status == QLatin1String(AgentStatus::Active)))
            return QLatin1String(AgentStatus::Expired);
        return status;
    }
};
