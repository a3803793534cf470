// libFuzzer target for TokenResponseParser::parse, the first code that reads what a token
// endpoint sends back.
//
// Input layout: bytes 0-1 choose the HTTP status (100 to 599). The high bit of byte 2 chooses
// the response format, and its low 7 bits an entry of ContentTypes. Past the end of that list,
// the next byte gives the length of a Content-Type of up to 63 bytes taken from the input. The
// rest is the body.

#include "oauth/TokenResponseParser.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iterator>

namespace {

// Media types that token endpoints send, and the spellings the parser treats specially.
const char *const ContentTypes[] = {
    "application/json",
    "application/json; charset=utf-8",
    "application/x-www-form-urlencoded",
    "application/x-www-form-urlencoded; charset=ISO-8859-1",
    "text/plain",
    "text/plain; charset=utf-8",
    "text/javascript",
    "application/problem+json",
    "application/vnd.api+json",
    "+json",
    "text/html",
    "",
    " APPLICATION/JSON ;",
};
constexpr std::size_t ContentTypeCount = std::size(ContentTypes);

bool isVisibleAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// Aborts, which libFuzzer reports as a crash with the input, when the parser breaks a promise
// of TokenResponseParser.h.
void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // The parser logs a warning for every odd lifetime or scope; at thousands of inputs a
    // second that output would dominate the run.
    QLoggingCategory::setFilterRules(QStringLiteral("securecontext.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 3)
        return 0;

    const int status = 100 + ((data[0] << 8) | data[1]) % 500;
    const TokenResponseFormat format =
        (data[2] & 0x80) != 0 ? TokenResponseFormat::SlackUserToken : TokenResponseFormat::Standard;
    const std::size_t typeIndex = data[2] & 0x7f;
    data += 3;
    size -= 3;

    QByteArray contentType;
    if (typeIndex < ContentTypeCount) {
        contentType = ContentTypes[typeIndex];
    } else {
        if (size < 1)
            return 0;
        const std::size_t length = std::min<std::size_t>(data[0] % 64, size - 1);
        contentType = QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(length));
        data += 1 + length;
        size -= 1 + length;
    }
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    const Result<TokenResponse> result = TokenResponseParser::parse(status, contentType, body, format);
    if (!result.ok()) {
        check(!result.error().code.isEmpty());
        check(!result.error().message.isEmpty());
        return 0;
    }

    const TokenResponse &response = result.value();
    check(status >= 200 && status <= 299);
    check(!response.accessToken.isEmpty());
    check(isVisibleAscii(response.accessToken));
    check(isVisibleAscii(response.refreshToken));
    check(isVisibleAscii(response.idToken));
    check(!response.expiresIn || *response.expiresIn >= 0);
    check(!response.refreshTokenExpiresIn || *response.refreshTokenExpiresIn >= 0);
    return 0;
}
