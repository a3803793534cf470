#include "oauth/SessionId.h"

#include "core/Random.h"

#include <QCryptographicHash>

namespace {

constexpr qsizetype CanonicalLength = 36;
constexpr qsizetype PrefixLength = 8;

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

} // namespace

namespace SessionId {

QString generate()
{
    return Random::uuid4();
}

bool isValid(QStringView id)
{
    if (id.size() != CanonicalLength)
        return false;

    for (qsizetype i = 0; i < CanonicalLength; ++i) {
        const QChar c = id.at(i);
        const bool dashPosition = i == 8 || i == 13 || i == 18 || i == 23;
        if (dashPosition ? c != u'-' : !isHexDigit(c))
            return false;
    }

    // RFC 4122 section 4.1: the version is the first digit of the third group and the
    // variant 10xx the first digit of the fourth group.
    const QChar version = id.at(14);
    const QChar variant = id.at(19).toLower();
    return version == u'4'
           && (variant == u'8' || variant == u'9' || variant == u'a' || variant == u'b');
}

QString normalized(QStringView id)
{
    return id.toString().toLower();
}

QByteArray hash(QStringView id)
{
    return QCryptographicHash::hash(normalized(id).toUtf8(), QCryptographicHash::Sha256).toHex();
}

QString prefix(QStringView id)
{
    // Maps character by character, because a full lower-case mapping of a non-ASCII
    // character can change the length.
    QString result;
    result.reserve(PrefixLength);
    for (const QChar c : id.left(PrefixLength))
        result.append(isHexDigit(c) ? c.toLower() : QChar(u'?'));
    return result;
}

} // namespace SessionId
