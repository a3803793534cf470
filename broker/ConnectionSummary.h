#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

// A connection as the user interface shows it: a copy made on the broker thread, safe to
// pass to the GUI thread. Holds no token and no full session id.
struct ConnectionSummary
{
    QString id;
    QString providerName;
    QString providerDisplayName;
    QString account;
    QString status;           // "active", "refreshing", "needs_reauth" or "revoked"
    QString lastError;        // English text of the last failure, empty when none
    QStringList grantedScopes;
    QDateTime accessTokenExpiresAt; // invalid when the provider did not say
    QDateTime createdAt;
    QDateTime lastRefreshAt;  // invalid when never refreshed
    QString sessionIdPrefix;  // first characters of the connection's session id, for display
};

Q_DECLARE_METATYPE(ConnectionSummary)
