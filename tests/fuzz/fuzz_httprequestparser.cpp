// libFuzzer target for HttpRequestParser, which reads every byte a local client sends to the
// API, and for the query parsing the OAuth callback route applies to the request target.
//
// Input layout: byte 0 chooses the size of the pieces the stream is fed in (1 to 64 bytes, or
// all at once for 0). Byte 1 chooses small or default size limits, so that short inputs reach
// the 413 and 431 paths. The rest is the byte stream of the connection.

#include "api/HttpRequestParser.h"

#include <QByteArrayView>
#include <QLoggingCategory>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

// Aborts, which libFuzzer reports as a crash with the input, when a promise of
// HttpRequestParser.h or HttpRequest.h is broken.
void check(bool condition)
{
    if (!condition)
        std::abort();
}

// Reads the query parameters FlowController::handleCallback reads, in the same way. The calls
// are the test: AddressSanitizer and UndefinedBehaviorSanitizer watch them.
void readCallbackParameters(const QUrlQuery &query)
{
    for (const QString &name : {QStringLiteral("state"), QStringLiteral("code"), QStringLiteral("error"),
                                QStringLiteral("error_description"), QStringLiteral("iss")}) {
        static_cast<void>(query.queryItemValue(name, QUrl::FullyDecoded));
    }
    static_cast<void>(query.queryItems(QUrl::FullyDecoded));
}

void checkRequest(const HttpRequest &request, const HttpRequestParser::Limits &limits)
{
    check(request.target.startsWith('/'));
    check(!request.target.startsWith("//"));
    check(request.body.size() <= limits.maxBodyBytes);
    check(!request.method.isEmpty());
    for (const QString &segment : request.pathSegments) {
        check(segment != QStringLiteral(".") && segment != QStringLiteral(".."));
    }
    readCallbackParameters(request.query);

    // Parsing the target a second time must give the same result, because routing and the
    // callback both rely on it.
    HttpRequest again;
    check(again.setTarget(request.target));
    check(again.path == request.path);
    check(again.pathSegments == request.pathSegments);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("securecontext.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;

    const std::size_t pieceSize = data[0] % 65 == 0 ? size : data[0] % 65;
    HttpRequestParser::Limits limits;
    if ((data[1] & 1) != 0) {
        limits.maxHeaderBytes = 256;
        limits.maxBodyBytes = 64;
    }
    data += 2;
    size -= 2;

    HttpRequestParser parser(limits);
    for (std::size_t offset = 0; offset < size; offset += pieceSize) {
        const std::size_t length = std::min(pieceSize, size - offset);
        parser.feed(QByteArrayView(reinterpret_cast<const char *>(data + offset), qsizetype(length)));
        while (parser.hasRequest())
            checkRequest(parser.takeRequest(), limits);
    }

    if (parser.hasFailed()) {
        const int status = parser.failure().status;
        check(status == 400 || status == 413 || status == 431 || status == 505);
        check(!parser.failure().error.code.isEmpty());
    }

    // The target setter on its own, with bytes http-parser would have rejected earlier.
    HttpRequest request;
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(std::min<std::size_t>(size, 2048)));
    if (request.setTarget(raw))
        readCallbackParameters(request.query);
    return 0;
}
