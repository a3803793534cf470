#include "core/Random.h"

#include <QLoggingCategory>

#include <openssl/rand.h>

#include <cstdlib>

Q_LOGGING_CATEGORY(lcRandom, "securecontext.core.random")

namespace Random {

QByteArray bytes(int count)
{
    QByteArray buffer(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(buffer.data()), count) != 1) {
        qCCritical(lcRandom) << "OpenSSL RAND_bytes failed; stopping rather than using weak randomness";
        std::abort();
    }
    return buffer;
}

QByteArray base64Url(int count)
{
    return bytes(count).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString uuid4()
{
    QByteArray raw = bytes(16);

    // RFC 4122 section 4.4: version 4 in the high nibble of byte 6, variant 10xx in byte 8.
    raw[6] = static_cast<char>((raw[6] & 0x0f) | 0x40);
    raw[8] = static_cast<char>((raw[8] & 0x3f) | 0x80);

    const QByteArray hex = raw.toHex();
    return QString::fromLatin1(hex.mid(0, 8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-'
                               + hex.mid(16, 4) + '-' + hex.mid(20, 12));
}

} // namespace Random
