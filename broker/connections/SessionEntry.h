#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// A session as the API needs it on the request path: found by the hash of its id.
struct SessionEntry
{
    QByteArray idHash;
    QString idPrefix;
    QString connectionId;
    QDateTime createdAt;
    QDateTime expiresAt; // invalid = no expiry
    bool revoked = false;
};
