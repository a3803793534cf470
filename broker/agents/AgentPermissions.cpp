#include "agents/AgentPermissions.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

const QString AllConnections = u"*"_s;

Error invalid(const QString &message)
{
    return Error{u"INVALID_PERMISSIONS"_s, message};
}

} // namespace

bool AgentPermissions::allowsConnection(const QString &connectionId) const
{
    return connections.contains(AllConnections) || connections.contains(connectionId);
}

AgentPermissions AgentPermissions::narrowedTo(const AgentPermissions &requested) const
{
    AgentPermissions narrowed;
    if (requested.connections.contains(AllConnections)) {
        narrowed.connections = connections;
    } else if (connections.contains(AllConnections)) {
        narrowed.connections = requested.connections;
    } else {
        for (const QString &connection : connections) {
            if (requested.connections.contains(connection))
                narrowed.connections.append(connection);
        }
    }
    narrowed.tokenRead = tokenRead && requested.tokenRead;
    narrowed.admin = admin && requested.admin;
    // Proxy-only restricts, so either side may turn it on.
    narrowed.proxyOnly = proxyOnly || requested.proxyOnly;
    if (narrowed.proxyOnly)
        narrowed.tokenRead = false;
    return narrowed;
}

QJsonObject AgentPermissions::toJson() const
{
    return QJsonObject{
        {u"connections"_s, QJsonArray::fromStringList(connections)},
        {u"token_read"_s, tokenRead},
        {u"proxy_only"_s, proxyOnly},
        {u"admin"_s, admin},
    };
}

Result<AgentPermissions> AgentPermissions::fromJson(const QJsonObject &json)
{
    static const QSet<QString> known = {u"connections"_s, u"token_read"_s, u"proxy_only"_s, u"admin"_s};
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return invalid(u"Unknown permission \"%1\"; known: connections, token_read, proxy_only, admin"_s.arg(it.key().left(64)));
    }

    AgentPermissions permissions;
    if (json.contains(u"connections"_s)) {
        const QJsonValue value = json.value(u"connections"_s);
        if (!value.isArray())
            return invalid(u"\"connections\" must be an array of connection ids or [\"*\"]"_s);
        for (const QJsonValue &entry : value.toArray()) {
            if (!entry.isString() || entry.toString().isEmpty() || entry.toString().size() > 128)
                return invalid(u"\"connections\" must hold non-empty strings of at most 128 characters"_s);
            if (!permissions.connections.contains(entry.toString()))
                permissions.connections.append(entry.toString());
        }
    }

    for (const auto &[key, target] : {std::pair{u"token_read"_s, &permissions.tokenRead},
                                      std::pair{u"proxy_only"_s, &permissions.proxyOnly},
                                      std::pair{u"admin"_s, &permissions.admin}}) {
        if (!json.contains(key))
            continue;
        if (!json.value(key).isBool())
            return invalid(u"\"%1\" must be true or false"_s.arg(key));
        *target = json.value(key).toBool();
    }

    // A proxy-only agent never sees a token, whatever else it asked for.
    if (permissions.proxyOnly)
        permissions.tokenRead = false;
    return permissions;
}
