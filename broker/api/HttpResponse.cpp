#include "api/HttpResponse.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>

#include <http_parser.h>

#include <array>

Q_LOGGING_CATEGORY(lcHttpResponse, "securecontext.api.response")

namespace {

// Header fields that serialize() writes itself.
constexpr std::array<QByteArrayView, 6> ServerManagedHeaders = {
    "content-length", "transfer-encoding", "connection",
    "date",           "cache-control",     "x-content-type-options",
};

bool isServerManaged(QByteArrayView name)
{
    for (const QByteArrayView managed : ServerManagedHeaders) {
        if (name.size() == managed.size()
            && qstrnicmp(name.data(), name.size(), managed.data(), managed.size()) == 0)
            return true;
    }
    return false;
}

// RFC 9110 section 5.6.2: token = 1*tchar.
bool isToken(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (const char character : name) {
        const bool alphanumeric = (character >= 'a' && character <= 'z')
            || (character >= 'A' && character <= 'Z') || (character >= '0' && character <= '9');
        if (!alphanumeric && !QByteArrayView("!#$%&'*+-.^_`|~").contains(character))
            return false;
    }
    return true;
}

bool isSafeFieldValue(QByteArrayView value)
{
    return !value.contains('\r') && !value.contains('\n') && !value.contains('\0');
}

bool statusForbidsContent(int status)
{
    return status < 200 || status == 204 || status == 304;
}

// The IMF-fixdate of the current second (RFC 9110 section 5.6.7). Formatting a date costs more
// than the rest of the header block, so each thread reuses its value within the same second.
QByteArray currentHttpDate()
{
    thread_local qint64 cachedSecond = -1;
    thread_local QByteArray cachedDate;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 second = now.toSecsSinceEpoch();
    if (second != cachedSecond) {
        cachedSecond = second;
        cachedDate = QLocale::c()
                         .toString(now, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                         .toLatin1();
    }
    return cachedDate;
}

} // namespace

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    HttpResponse response;
    response.status = status;
    response.headers.emplaceBack("Content-Type", "application/json");
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::html(int status, const QByteArray &document)
{
    HttpResponse response;
    response.status = status;
    response.headers.emplaceBack("Content-Type", "text/html; charset=utf-8");
    response.headers.emplaceBack(
        "Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'");
    response.headers.emplaceBack("Referrer-Policy", "no-referrer");
    response.body = document;
    return response;
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&name](const std::pair<QByteArray, QByteArray> &field) {
        return field.first.compare(name, Qt::CaseInsensitive) == 0;
    });
    headers.emplaceBack(name, value);
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[fieldName, value] : headers) {
        if (fieldName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpResponse::serialize(bool keepAlive, BodyMode bodyMode) const
{
    int code = status;
    if (code < 100 || code > 599) {
        qCWarning(lcHttpResponse) << "Invalid HTTP status" << code << "replaced with 500";
        code = 500;
    }

    // http_parser names every registered status code and returns "<unknown>" for the rest,
    // where the reason phrase is left empty as RFC 9112 section 4 allows.
    QByteArrayView reason = http_status_str(static_cast<http_status>(code));
    if (reason == "<unknown>")
        reason = {};
    const bool hasContent = !statusForbidsContent(code);

    QByteArray out;
    out.reserve(256 + (hasContent ? body.size() : 0));
    out += "HTTP/1.1 " + QByteArray::number(code) + ' ' + reason + "\r\n";

    for (const auto &[name, value] : headers) {
        if (isServerManaged(name))
            continue;
        if (!isToken(name) || !isSafeFieldValue(value)) {
            qCWarning(lcHttpResponse) << "Dropped an invalid response header field; name:"
                                      << name.left(64);
            continue;
        }
        out += name + ": " + value + "\r\n";
    }

    const bool streaming = bodyMode == BodyMode::Stream;
    if (hasContent && !streaming)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Date: " + currentHttpDate() + "\r\n";
    out += "Cache-Control: no-store\r\n";
    out += "X-Content-Type-Options: nosniff\r\n";
    if (!keepAlive || streaming)
        out += "Connection: close\r\n";
    out += "\r\n";

    if (hasContent && bodyMode == BodyMode::Include)
        out += body;
    return out;
}
