#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// A successful token endpoint response (RFC 6749 section 5.1), as TokenResponseParser
// returns it. The token fields are secrets and must not appear in logs.
struct TokenResponse
{
    QString accessToken;
    // Empty when the response carried none, which is normal for a refresh without rotation.
    QString refreshToken;
    QString tokenType;
    QString idToken;

    // Lifetimes in seconds from the time of the response, or nullopt when unknown.
    std::optional<qint64> expiresIn;
    std::optional<qint64> refreshTokenExpiresIn;

    // nullopt when the response had no scope member, which RFC 6749 section 5.1 allows when
    // the grant equals the request. An empty list is an explicitly empty grant ("scope":"").
    std::optional<QStringList> grantedScopes;

    // Returns when a lifetime received at `receivedAt` ends, or an invalid QDateTime when the
    // response did not state it.
    static QDateTime expiryFrom(const std::optional<qint64> &lifetimeSeconds, const QDateTime &receivedAt)
    {
        return lifetimeSeconds ? receivedAt.addSecs(*lifetimeSeconds) : QDateTime();
    }

    bool operator==(const TokenResponse &other) const = default;
};
