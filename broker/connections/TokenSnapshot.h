#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// The current tokens of one connection as the API serves them. Held only in memory; the
// keychain holds the durable copy.
struct TokenSnapshot
{
    QString connectionId;
    QString provider;
    QString account;
    QString status;    // a ConnectionStatus value
    QString lastError; // English text of the last failure, empty when none
    QString accessToken;
    QString refreshToken;
    QString tokenType;
    QStringList grantedScopes;
    QDateTime expiresAt; // invalid = unknown

    // True when the access token can be served without a refresh first: its expiry is
    // unknown or more than `margin` seconds away.
    bool isFresh(const QDateTime &now, int marginSeconds) const
    {
        return !expiresAt.isValid() || now.secsTo(expiresAt) > marginSeconds;
    }
};
