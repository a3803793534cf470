#pragma once

#include <QByteArray>

// A PKCE pair (RFC 7636) for one authorization request. The verifier stays in the broker
// until the code exchange; only the challenge goes to the authorization endpoint. The
// method is always S256, because "plain" would send the verifier itself through the browser.
struct Pkce
{
    QByteArray verifier;
    QByteArray challenge;

    // Value of the code_challenge_method parameter.
    static QByteArray method() { return QByteArrayLiteral("S256"); }

    // Creates a verifier from 32 random bytes (43 base64url characters, 256 bits) and its
    // S256 challenge.
    static Pkce generate();

    // Computes BASE64URL(SHA256(verifier)) without padding, as RFC 7636 section 4.2 defines.
    static QByteArray challengeS256(const QByteArray &verifier);
};
