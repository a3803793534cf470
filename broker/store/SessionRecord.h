#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// A grant of one connection to one agent, as stored in the database. The database keeps
// only the SHA-256 of the session id; the id itself is a bearer capability and lives in the
// keychain under session/<id_hash>/session_id.
struct SessionRecord
{
    QByteArray idHash;   // hex SHA-256 of the normalised session id
    QString idPrefix;    // first characters of the id, for logs and display
    QString connectionId;
    QString agentName;
    QDateTime createdAt;
    QDateTime expiresAt; // invalid = no expiry
    QDateTime revokedAt; // invalid = not revoked
    QString agentId;     // empty = created in the console or by the person's flow
    QStringList scopes;  // empty = every scope of the connection
    bool exposeRefreshToken = false;
    QDateTime maxExpiresAt; // invalid = no extension allowed
};
