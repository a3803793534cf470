#pragma once

#include "api/HttpRequest.h"
#include "api/Responder.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

using RouteHandler = std::function<void(const HttpRequest &, Responder)>;

// The route table of the local API: a tree of path segments with one handler per method at each
// route. Routes are added once, before the server starts. After that the table is only read, so
// worker threads share one const Router without locking.
//
// Patterns are absolute paths whose segments are literals or `<name>` parameters, such as
// `/api/tokens/<session_id>` or `/oauth/<provider>/callback`. A parameter matches exactly one
// non-empty segment and its decoded value goes to HttpRequest::pathParams. Literal segments
// must match a whole decoded segment exactly, so `/oauth/x/callbackx` and
// `/oauth/x/callback/extra` do not match the pattern above. Where a literal and a parameter
// both fit, the literal wins.
class Router
{
public:
    Router();
    ~Router();

    Router(const Router &) = delete;
    Router &operator=(const Router &) = delete;

    // Adds `handler` for `method` requests to paths matching `pattern`, replacing an earlier
    // handler for the same method and pattern. An invalid pattern is logged and ignored.
    // A GET route also serves HEAD, with the body dropped, unless HEAD has its own route.
    void addRoute(const QByteArray &method, const QString &pattern, RouteHandler handler);

    // Calls the handler for the request on the calling thread, with pathParams filled.
    // Sends 404 NOT_FOUND when no pattern matches the path, and 405 METHOD_NOT_ALLOWED with an
    // Allow header when patterns match but none has a handler for the method. A handler that
    // throws gets a 500 INTERNAL_ERROR response.
    void dispatch(HttpRequest request, Responder responder) const;

    // Methods served at the path with these decoded segments, sorted, with HEAD added where GET is served. Empty when no
    // pattern matches.
    QList<QByteArray> allowedMethods(const QStringList &pathSegments) const;

    // A registered route: its method and its pattern as passed to addRoute().
    struct RouteInfo
    {
        QByteArray method;
        QString pattern;
    };
    // Every registered route in registration order, without the implicit HEAD of GET routes;
    // for GET /api/version and the check of the OpenAPI document.
    QList<RouteInfo> routes() const { return m_routes; }

private:
    struct Node;
    struct Endpoint;
    struct Match;

    void collectMatches(const Node &node, const QStringList &segments, qsizetype index,
                        QStringList &captures, QList<Match> &matches) const;
    QList<Match> findMatches(const QStringList &segments) const;
    static QList<QByteArray> allowedMethodsOf(const QList<Match> &matches);

    std::unique_ptr<Node> m_root;
    QList<RouteInfo> m_routes;
};
