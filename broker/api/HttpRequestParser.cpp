#include "api/HttpRequestParser.h"

#include <http_parser.h>

#include <deque>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Bytes the request line adds to method and target: two spaces, "HTTP/1.1" and CRLF.
constexpr qint64 RequestLineOverhead = 12;

// Bytes a header field line adds to name and value: ": " and CRLF.
constexpr qint64 FieldLineOverhead = 4;

// http-parser sets content_length to this value when the request has no Content-Length.
constexpr quint64 NoContentLength = std::numeric_limits<quint64>::max();

} // namespace

struct HttpRequestParser::Private
{
    explicit Private(const Limits &parserLimits)
        : limits(parserLimits)
    {
        http_parser_init(&parser, HTTP_REQUEST);
        parser.data = this;
    }

    static const http_parser_settings &settings();
    static Private *from(http_parser *parser) { return static_cast<Private *>(parser->data); }

    static int onMessageBegin(http_parser *parser);
    static int onUrl(http_parser *parser, const char *at, size_t length);
    static int onHeaderField(http_parser *parser, const char *at, size_t length);
    static int onHeaderValue(http_parser *parser, const char *at, size_t length);
    static int onHeadersComplete(http_parser *parser);
    static int onChunkHeader(http_parser *parser);
    static int onBody(http_parser *parser, const char *at, size_t length);
    static int onMessageComplete(http_parser *parser);

    // Records the failure and returns the value that makes http-parser stop.
    int fail(int status, const QString &code, const QString &message);
    void failWithParserError(http_errno error);

    int countHeaderBytes(qint64 count);
    int storeHeaderField();

    http_parser parser;
    Limits limits;

    HttpRequest current;
    QByteArray fieldName;
    QByteArray fieldValue;
    bool readingValue = false;
    bool inMessage = false;
    bool readingHeaders = false;
    qint64 headerBytes = 0;
    bool expectContinue = false;
    bool continueTaken = false;
    quint64 requestsStarted = 0;
    bool finished = false;

    std::deque<HttpRequest> ready;
    std::optional<Failure> failure;
};

const http_parser_settings &HttpRequestParser::Private::settings()
{
    static const http_parser_settings instance = [] {
        http_parser_settings callbacks;
        http_parser_settings_init(&callbacks);
        callbacks.on_message_begin = &Private::onMessageBegin;
        callbacks.on_url = &Private::onUrl;
        callbacks.on_header_field = &Private::onHeaderField;
        callbacks.on_header_value = &Private::onHeaderValue;
        callbacks.on_headers_complete = &Private::onHeadersComplete;
        callbacks.on_chunk_header = &Private::onChunkHeader;
        callbacks.on_body = &Private::onBody;
        callbacks.on_message_complete = &Private::onMessageComplete;
        return callbacks;
    }();
    return instance;
}

int HttpRequestParser::Private::fail(int status, const QString &code, const QString &message)
{
    if (!failure)
        failure = Failure{status, Error{code, message}};
    return -1;
}

void HttpRequestParser::Private::failWithParserError(http_errno error)
{
    const QString description = QString::fromLatin1(http_errno_description(error));

    switch (error) {
    case HPE_HEADER_OVERFLOW:
        fail(431, u"REQUEST_HEADER_FIELDS_TOO_LARGE"_s,
             u"The request header block is larger than the parser accepts."_s);
        return;
    case HPE_INVALID_CONTENT_LENGTH:
    case HPE_UNEXPECTED_CONTENT_LENGTH:
        fail(400, u"INVALID_CONTENT_LENGTH"_s,
             u"Invalid Content-Length or chunk size: %1."_s.arg(description));
        return;
    default:
        fail(400, u"MALFORMED_REQUEST"_s, u"Malformed HTTP request: %1."_s.arg(description));
        return;
    }
}

int HttpRequestParser::Private::countHeaderBytes(qint64 count)
{
    headerBytes += count;
    if (headerBytes <= limits.maxHeaderBytes)
        return 0;

    return fail(431, u"REQUEST_HEADER_FIELDS_TOO_LARGE"_s,
                u"The request header block is larger than %1 bytes."_s.arg(limits.maxHeaderBytes));
}

int HttpRequestParser::Private::storeHeaderField()
{
    QByteArray name = fieldName.toLower();
    QByteArray value = fieldValue.trimmed();
    fieldName.clear();
    fieldValue.clear();
    readingValue = false;

    // http-parser 2.9 in non-strict mode, as Debian 12 builds it, keeps spaces in field names.
    // RFC 9112 section 5.1 requires rejecting "Name : value", a known request smuggling vector.
    if (name.contains(' ') || name.contains('\t')) {
        return fail(400, u"MALFORMED_REQUEST"_s,
                    u"Malformed HTTP request: whitespace in a header field name."_s);
    }

    // Trailer fields after a chunked body count toward the size limit but are not kept, so a
    // trailer cannot add or change a header that was already checked.
    if (!readingHeaders)
        return 0;

    auto existing = current.headers.find(name);
    if (existing == current.headers.end()) {
        current.headers.insert(std::move(name), std::move(value));
        return 0;
    }

    // RFC 9112 section 3.2: a server must reject a request with more than one Host field.
    if (name == "host")
        return fail(400, u"DUPLICATE_HOST_HEADER"_s, u"The request has more than one Host header."_s);

    existing.value() += (name == "cookie" ? QByteArrayView("; ") : QByteArrayView(", "));
    existing.value() += value;
    return 0;
}

int HttpRequestParser::Private::onMessageBegin(http_parser *parser)
{
    Private *d = from(parser);
    d->current = HttpRequest{};
    d->fieldName.clear();
    d->fieldValue.clear();
    d->readingValue = false;
    d->inMessage = true;
    d->readingHeaders = true;
    d->headerBytes = 0;
    d->expectContinue = false;
    d->continueTaken = false;
    ++d->requestsStarted;
    return 0;
}

int HttpRequestParser::Private::onUrl(http_parser *parser, const char *at, size_t length)
{
    Private *d = from(parser);

    // The method is complete before the target starts, so count the request line once here.
    qint64 count = static_cast<qint64>(length);
    if (d->current.target.isEmpty()) {
        const auto method = static_cast<http_method>(parser->method);
        count += qstrlen(http_method_str(method)) + RequestLineOverhead;
    }
    if (const int stop = d->countHeaderBytes(count))
        return stop;

    d->current.target.append(at, static_cast<qsizetype>(length));
    return 0;
}

int HttpRequestParser::Private::onHeaderField(http_parser *parser, const char *at, size_t length)
{
    Private *d = from(parser);

    // http-parser may deliver one name in several pieces when it spans reads. A name that
    // follows a value starts the next field line.
    qint64 count = static_cast<qint64>(length);
    if (d->readingValue) {
        if (const int stop = d->storeHeaderField())
            return stop;
    }
    if (d->fieldName.isEmpty())
        count += FieldLineOverhead;
    if (const int stop = d->countHeaderBytes(count))
        return stop;

    d->fieldName.append(at, static_cast<qsizetype>(length));
    return 0;
}

int HttpRequestParser::Private::onHeaderValue(http_parser *parser, const char *at, size_t length)
{
    Private *d = from(parser);
    if (const int stop = d->countHeaderBytes(static_cast<qint64>(length)))
        return stop;

    d->fieldValue.append(at, static_cast<qsizetype>(length));
    d->readingValue = true;
    return 0;
}

int HttpRequestParser::Private::onHeadersComplete(http_parser *parser)
{
    Private *d = from(parser);
    if (d->readingValue || !d->fieldName.isEmpty()) {
        if (const int stop = d->storeHeaderField())
            return stop;
    }
    d->readingHeaders = false;

    if (parser->http_major != 1) {
        return d->fail(505, u"HTTP_VERSION_NOT_SUPPORTED"_s,
                       u"Only HTTP/1.0 and HTTP/1.1 are supported."_s);
    }

    HttpRequest &request = d->current;
    request.method = http_method_str(static_cast<http_method>(parser->method));

    const QByteArray rawTarget = request.target;
    if (!request.setTarget(rawTarget)) {
        return d->fail(400, u"INVALID_REQUEST_TARGET"_s,
                       u"The request target must be an absolute path with an optional query, "
                       "such as /api/health."_s);
    }

    // Check a declared length before any of the body arrives, so an oversized upload is
    // rejected without buffering it. Chunked bodies are checked per chunk in onChunkHeader.
    const bool chunked = (parser->flags & F_CHUNKED) != 0;
    const quint64 contentLength = chunked ? NoContentLength : parser->content_length;
    if (contentLength != NoContentLength
        && contentLength > static_cast<quint64>(d->limits.maxBodyBytes)) {
        return d->fail(413, u"PAYLOAD_TOO_LARGE"_s,
                       u"The request body of %1 bytes is larger than the limit of %2 bytes."_s
                           .arg(contentLength)
                           .arg(d->limits.maxBodyBytes));
    }

    // An upgrade (WebSocket, h2c) is not supported, so the request gets an ordinary response
    // and the connection closes after it (RFC 9110 section 7.8 lets a server ignore Upgrade).
    request.keepAlive = http_should_keep_alive(parser) != 0 && parser->upgrade == 0;

    // RFC 9110 section 10.1.1: ignore 100-continue from HTTP/1.0 clients, and there is nothing
    // to wait for without a body.
    const bool bodyFollows = chunked || (contentLength != NoContentLength && contentLength > 0);
    const QByteArray expectation = request.headers.value("expect");
    d->expectContinue = bodyFollows && parser->http_minor >= 1
        && expectation.compare("100-continue", Qt::CaseInsensitive) == 0;
    return 0;
}

int HttpRequestParser::Private::onChunkHeader(http_parser *parser)
{
    Private *d = from(parser);
    const quint64 chunkSize = parser->content_length;
    const quint64 remaining = static_cast<quint64>(d->limits.maxBodyBytes - d->current.body.size());
    if (chunkSize <= remaining)
        return 0;

    return d->fail(413, u"PAYLOAD_TOO_LARGE"_s,
                   u"The chunked request body is larger than the limit of %1 bytes."_s
                       .arg(d->limits.maxBodyBytes));
}

int HttpRequestParser::Private::onBody(http_parser *parser, const char *at, size_t length)
{
    Private *d = from(parser);
    const qint64 size = static_cast<qint64>(length);
    if (d->current.body.size() + size > d->limits.maxBodyBytes) {
        return d->fail(413, u"PAYLOAD_TOO_LARGE"_s,
                       u"The request body is larger than the limit of %1 bytes."_s
                           .arg(d->limits.maxBodyBytes));
    }

    d->current.body.append(at, static_cast<qsizetype>(length));
    return 0;
}

int HttpRequestParser::Private::onMessageComplete(http_parser *parser)
{
    Private *d = from(parser);
    d->fieldName.clear();
    d->fieldValue.clear();
    d->readingValue = false;
    d->inMessage = false;
    d->expectContinue = false;

    const bool keepAlive = d->current.keepAlive;
    d->ready.push_back(std::move(d->current));
    d->current = HttpRequest{};

    // Bytes after a request that ends the connection belong to no request; pausing makes
    // http_parser_execute return here instead of failing on them.
    if (!keepAlive) {
        d->finished = true;
        http_parser_pause(parser, 1);
    }
    return 0;
}

HttpRequestParser::HttpRequestParser()
    : HttpRequestParser(Limits{})
{
}

HttpRequestParser::HttpRequestParser(const Limits &limits)
    : d(std::make_unique<Private>(limits))
{
}

HttpRequestParser::~HttpRequestParser() = default;

void HttpRequestParser::feed(QByteArrayView data)
{
    if (d->failure || d->finished || data.isEmpty())
        return;

    const size_t size = static_cast<size_t>(data.size());
    const size_t parsed = http_parser_execute(&d->parser, &Private::settings(), data.data(), size);
    if (d->failure || d->finished)
        return;

    const auto error = HTTP_PARSER_ERRNO(&d->parser);
    if (error != HPE_OK) {
        d->failWithParserError(error);
        return;
    }
    if (parsed != size)
        d->failWithParserError(HPE_UNKNOWN);
}

bool HttpRequestParser::hasRequest() const
{
    return !d->ready.empty();
}

HttpRequest HttpRequestParser::takeRequest()
{
    Q_ASSERT(!d->ready.empty());
    HttpRequest request = std::move(d->ready.front());
    d->ready.pop_front();
    return request;
}

bool HttpRequestParser::hasFailed() const
{
    return d->failure.has_value();
}

const HttpRequestParser::Failure &HttpRequestParser::failure() const
{
    Q_ASSERT(d->failure);
    return *d->failure;
}

bool HttpRequestParser::isReadingHeaders() const
{
    return d->readingHeaders && !d->failure;
}

bool HttpRequestParser::isReadingBody() const
{
    return d->inMessage && !d->readingHeaders && !d->failure;
}

quint64 HttpRequestParser::requestsStarted() const
{
    return d->requestsStarted;
}

bool HttpRequestParser::isFinished() const
{
    return d->finished;
}

bool HttpRequestParser::takeContinueRequest()
{
    if (!d->expectContinue || d->continueTaken || d->failure)
        return false;
    d->continueTaken = true;
    return true;
}
