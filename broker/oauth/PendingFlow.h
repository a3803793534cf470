#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// One authorization request that waits for its callback. OAuthStateStore creates it and
// hands it out exactly once. The state and the PKCE code verifier are secrets, so no code in
// this folder logs them.
struct PendingFlow
{
    // Random UUID4 that names the flow in logs, audit events and cancel requests.
    QString flowId;
    QString providerName;
    // The OAuth state parameter: 32 random bytes, base64url without padding (256 bits).
    QByteArray state;
    // The PKCE code verifier; the authorization request carries Pkce::challengeS256(codeVerifier).
    QByteArray codeVerifier;
    QString redirectUri;
    QStringList requestedScopes;
    // Both in UTC. The flow is valid while now < expiresAt.
    QDateTime createdAt;
    QDateTime expiresAt;

    bool isExpired(const QDateTime &now) const { return now >= expiresAt; }

    bool operator==(const PendingFlow &other) const = default;
};
