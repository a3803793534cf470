#include "agents/AgentKey.h"

#include "core/Random.h"

#include <QCryptographicHash>

namespace AgentKey {

namespace {

constexpr int EncodedLength = 43; // 32 bytes in unpadded base64url

bool isBase64UrlCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

} // namespace

QString generate()
{
    return QString::fromLatin1(QByteArray(Prefix) + Random::base64Url(32));
}

bool isWellFormed(QByteArrayView key)
{
    const QByteArrayView prefix(Prefix);
    if (key.size() != prefix.size() + EncodedLength || !key.startsWith(prefix))
        return false;
    for (const char c : key.sliced(prefix.size())) {
        if (!isBase64UrlCharacter(c))
            return false;
    }
    return true;
}

QByteArray hash(QByteArrayView key)
{
    return QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex();
}

} // namespace AgentKey
