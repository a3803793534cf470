#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Agent keys: 256 random bits, shown to the agent once and stored only as a hash. They carry
// a fixed prefix so that secret scanners and people recognise a leaked key.
namespace AgentKey {

inline constexpr char Prefix[] = "scak_";

// "scak_" followed by 43 base64url characters.
QString generate();

// Checks the form of a presented key before it is hashed: the prefix and exactly 43
// base64url characters.
bool isWellFormed(QByteArrayView key);

// Hex SHA-256 of the key. A key has 256 bits of entropy, so a plain hash suffices: there is
// nothing to guess that a slow hash would protect.
QByteArray hash(QByteArrayView key);

} // namespace AgentKey
