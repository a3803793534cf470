#include "agents/PairingCode.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace {

// 23 characters: the digits and upper-case letters without 0 O 1 I L 5 S 8 B 2 Z U V. The
// small bias of `byte % 23` does not matter, because the code is no secret.
constexpr char Alphabet[] = "3467ACDEFGHJKMNPQRTWXY9";
constexpr int AlphabetSize = int(sizeof(Alphabet)) - 1;
constexpr int CodeLength = 8;

QString withDash(const QString &characters)
{
    return characters.left(CodeLength / 2) + u'-' + characters.mid(CodeLength / 2);
}

} // namespace

namespace PairingCode {

QString fromRequestId(const QString &requestId)
{
    // The request id is a random UUID; hashing it spreads its bits over the code evenly.
    const QByteArray digest = QCryptographicHash::hash(requestId.toUtf8(), QCryptographicHash::Sha256);
    QString characters;
    for (int i = 0; i < CodeLength; ++i) {
        const auto byte = static_cast<unsigned char>(digest.at(i));
        characters.append(QLatin1Char(Alphabet[byte % AlphabetSize]));
    }
    return withDash(characters);
}

QString normalized(const QString &input)
{
    QString characters;
    for (const QChar character : input) {
        if (character == u'-' || character.isSpace())
            continue;
        const QChar upper = character.toUpper();
        if (upper.unicode() > 127 || !QByteArrayView(Alphabet).contains(char(upper.unicode())))
            return {};
        characters.append(upper);
    }
    if (characters.size() != CodeLength)
        return {};
    return withDash(characters);
}

} // namespace PairingCode
