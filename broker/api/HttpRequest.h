#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

// One parsed HTTP/1.1 request, as route handlers see it.
struct HttpRequest
{
    // Method token as sent, e.g. "GET". HTTP methods are case-sensitive.
    QByteArray method;

    // Raw request-target in origin-form, e.g. "/api/tokens/abc?x=1".
    QByteArray target;

    // Percent-decoded path of the target, without the query.
    QString path;

    // Percent-decoded path segments, split on the literal '/' before decoding, so "%2F" stays
    // inside its segment. "/" has no segments and "/a/" has two ("a" and "").
    QStringList pathSegments;

    QUrlQuery query;

    // Header fields keyed by lower-cased name. Repeated fields are joined with ", " as RFC 9110
    // section 5.3 allows, except Cookie, which is joined with "; " (RFC 6265 section 5.4).
    QHash<QByteArray, QByteArray> headers;

    QByteArray body;

    // Values of the <name> segments of the matched route pattern, filled by Router.
    QHash<QString, QString> pathParams;

    // The client's address; empty for requests on the local socket.
    QHostAddress peerAddress;

    // Whether the request came through the local socket instead of TCP.
    bool viaLocalSocket = false;

    // Whether the client allows the connection to stay open after this request.
    bool keepAlive = true;

    // Names the client for audit events and logs: "local socket", or the peer address.
    QString remoteName() const;

    // Returns the value of the header field `name` in any letter case, or an empty array.
    QByteArray header(QByteArrayView name) const;

    // Parses an origin-form request-target ("/path?query") into target, path, pathSegments and
    // query. Returns false, leaving the request unchanged, for any other form (absolute, authority,
    // asterisk, or a path starting with "//"), for a fragment, for invalid percent-encoding or
    // UTF-8, and for "." or ".." segments or control characters in a decoded segment.
    bool setTarget(const QByteArray &rawTarget);
};
