#pragma once

#include <QByteArray>
#include <QString>

// Keychain keys of a connection's secrets. Each key names its object, so an entry found in the
// keychain shows what it belongs to.
namespace ConnectionKeys {

inline QString accessToken(const QString &connectionId)
{
    return QStringLiteral("connection/") + connectionId + QStringLiteral("/access_token");
}

inline QString refreshToken(const QString &connectionId)
{
    return QStringLiteral("connection/") + connectionId + QStringLiteral("/refresh_token");
}

// `idHash` is SessionId::hash() of the session id.
inline QString sessionId(const QByteArray &idHash)
{
    return QStringLiteral("session/") + QString::fromLatin1(idHash) + QStringLiteral("/session_id");
}

} // namespace ConnectionKeys
