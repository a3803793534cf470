#include "oauth/Pkce.h"

#include "core/Random.h"

#include <QCryptographicHash>

namespace {

// 32 bytes give the 43-character verifier that RFC 7636 section 4.1 recommends.
constexpr int VerifierEntropyBytes = 32;

} // namespace

Pkce Pkce::generate()
{
    Pkce pkce;
    pkce.verifier = Random::base64Url(VerifierEntropyBytes);
    pkce.challenge = challengeS256(pkce.verifier);
    return pkce;
}

QByteArray Pkce::challengeS256(const QByteArray &verifier)
{
    const QByteArray digest = QCryptographicHash::hash(verifier, QCryptographicHash::Sha256);
    return digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
