#include "api/HttpRequest.h"

#include <QStringDecoder>
#include <QUrl>

#include <optional>

namespace {

bool containsControlCharacter(const QString &text)
{
    for (const QChar character : text) {
        if (character.unicode() < 0x20 || character.unicode() == 0x7f)
            return true;
    }
    return false;
}

// Decodes one path segment. Returns nullopt for invalid UTF-8, control characters and dot
// segments. A NUL or a line break in a route parameter could end up in a log line or a database
// key. Dot segments are never used by this API, and some clients resolve them while others send
// them as they are.
std::optional<QString> decodeSegment(const QByteArray &encodedSegment)
{
    const QByteArray bytes = QByteArray::fromPercentEncoding(encodedSegment);

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString segment = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;

    if (segment == u"." || segment == u"..")
        return std::nullopt;
    if (containsControlCharacter(segment))
        return std::nullopt;
    return segment;
}

} // namespace

QString HttpRequest::remoteName() const
{
    return viaLocalSocket ? QStringLiteral("local socket") : peerAddress.toString();
}

QByteArray HttpRequest::header(QByteArrayView name) const
{
    return headers.value(name.toByteArray().toLower());
}

bool HttpRequest::setTarget(const QByteArray &rawTarget)
{
    // Origin-form is "/" followed by the path and an optional query (RFC 9112 section 3.2.1).
    // A leading "//" would be read by QUrl as a network-path reference with a host.
    if (!rawTarget.startsWith('/') || rawTarget.startsWith("//"))
        return false;
    if (rawTarget.contains('#'))
        return false;

    const QUrl url = QUrl::fromEncoded(rawTarget, QUrl::StrictMode);
    if (!url.isValid() || !url.scheme().isEmpty() || !url.host().isEmpty())
        return false;

    const qsizetype queryStart = rawTarget.indexOf('?');
    const QByteArray encodedPath = queryStart < 0 ? rawTarget : rawTarget.left(queryStart);

    QStringList segments;
    if (encodedPath != "/") {
        const QList<QByteArray> encodedSegments = encodedPath.mid(1).split('/');
        segments.reserve(encodedSegments.size());
        for (const QByteArray &encodedSegment : encodedSegments) {
            std::optional<QString> segment = decodeSegment(encodedSegment);
            if (!segment)
                return false;
            segments.append(std::move(*segment));
        }
    }

    target = rawTarget;
    path = url.path(QUrl::FullyDecoded);
    pathSegments = std::move(segments);
    query = QUrlQuery(url);
    return true;
}
