#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

// What a paired agent may do. The person grants these when approving a pairing request and
// can narrow them later; an agent never widens its own permissions.
struct AgentPermissions
{
    // Connection ids the agent may use, or the single entry "*" for every connection.
    QStringList connections;
    // Read access tokens of those connections (GET /api/tokens/..., batch, refresh).
    bool tokenRead = false;
    // Only call provider APIs through the broker's proxy; never receive a token.
    bool proxyOnly = false;
    // Management calls: audit analytics, storage statistics, every session's audit trail.
    bool admin = false;

    bool allowsConnection(const QString &connectionId) const;

    // Returns these permissions cut down to what `requested` allows, so that approving a
    // pairing request can narrow what the agent asked for but never widen it.
    AgentPermissions narrowedTo(const AgentPermissions &requested) const;

    // {"connections": [...], "token_read": bool, "proxy_only": bool, "admin": bool}
    QJsonObject toJson() const;
    // Rejects unknown keys and values of the wrong type with INVALID_PERMISSIONS, naming the
    // field, so a typo never grants or drops a permission silently.
    static Result<AgentPermissions> fromJson(const QJsonObject &json);

    friend bool operator==(const AgentPermissions &, const AgentPermissions &) = default;
};

Q_DECLARE_METATYPE(AgentPermissions)
