#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// One account at one provider, as stored in the database. The tokens themselves live in the
// keychain under connection/<id>/access_token and connection/<id>/refresh_token.
struct ConnectionRecord
{
    QString id;
    QString provider;
    QString account;  // e-mail, login or subject: what the user recognises
    QString subject;  // the provider's stable account id, used to merge reconnects
    QStringList requestedScopes;
    QStringList grantedScopes;
    QString tokenType = QStringLiteral("Bearer");
    QString status;   // ConnectionStatus values
    QString lastError;
    QDateTime accessTokenExpiresAt;  // invalid = unknown
    QDateTime refreshTokenExpiresAt; // invalid = unknown or never
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastRefreshAt;
};

namespace ConnectionStatus {
inline const QString Active = QStringLiteral("active");
inline const QString Refreshing = QStringLiteral("refreshing");
inline const QString NeedsReauth = QStringLiteral("needs_reauth");
inline const QString Revoked = QStringLiteral("revoked");
} // namespace ConnectionStatus
