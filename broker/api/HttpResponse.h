#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>

#include <utility>

// One HTTP response as a route handler builds it. The server adds the framing and the security
// headers in serialize(), so handlers set only status, content headers and body.
struct HttpResponse
{
    // Whether serialize() writes the body. HEAD responses carry the headers of the GET response,
    // including its Content-Length, but no body (RFC 9110 section 9.3.2). Stream writes the
    // header block of a response whose body follows later and ends when the connection closes:
    // no Content-Length, no body, and always `Connection: close`.
    enum class BodyMode { Include, Omit, Stream };

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(int status, const QJsonObject &object);

    // Builds an HTML page response. The Content-Security-Policy allows no scripts, frames or
    // external loads, because these pages only report an outcome to the user's browser.
    static HttpResponse html(int status, const QByteArray &document);

    // Replaces every header field called `name` (any letter case) with one field.
    void setHeader(const QByteArray &name, const QByteArray &value);

    // Returns the first value of the header field `name` in any letter case, or an empty array.
    QByteArray header(QByteArrayView name) const;

    // Serializes the status line, header fields and body for HTTP/1.1. Always adds
    // Content-Length, Date, `Cache-Control: no-store` (bodies may contain tokens) and
    // `X-Content-Type-Options: nosniff`, and adds `Connection: close` when keepAlive is false.
    // These replace any handler header of the same name, as does Transfer-Encoding.
    // 1xx, 204 and 304 responses get neither body nor Content-Length (RFC 9110 section 8.6).
    // A header field whose name is not a token or whose value contains CR, LF or NUL is
    // dropped and logged, so a handler cannot inject header lines. A status outside 100-599
    // is sent as 500.
    QByteArray serialize(bool keepAlive, BodyMode bodyMode = BodyMode::Include) const;
};
