#pragma once

#include <QByteArray>
#include <QString>

// Cryptographically secure random values from OpenSSL's RAND_bytes. Every secret the
// broker makes (PKCE verifiers, OAuth state, session ids, agent keys) comes from here.
namespace Random {

// Returns `count` random bytes. Aborts the process if the generator fails, because no
// caller can continue safely without randomness.
QByteArray bytes(int count);

// Returns `count` random bytes encoded as unpadded base64url.
QByteArray base64Url(int count);

// Returns a random RFC 4122 version 4 UUID in lower-case canonical form, without braces.
QString uuid4();

} // namespace Random
