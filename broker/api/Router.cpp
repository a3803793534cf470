#include "api/Router.h"

#include "api/ApiReply.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <exception>
#include <map>
#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRouter, "securecontext.api.router")

struct Router::Endpoint
{
    RouteHandler handler;

    // Names of the pattern's parameters, in path order.
    QStringList parameterNames;
};

struct Router::Node
{
    std::map<QString, std::unique_ptr<Node>> literals;
    std::unique_ptr<Node> parameter;
    QHash<QByteArray, Endpoint> endpoints;
};

struct Router::Match
{
    const Node *node;
    QStringList captures;
};

namespace {

// One parsed pattern segment: a literal, or a parameter when parameterName is set.
struct PatternSegment
{
    QString literal;
    std::optional<QString> parameterName;
};

std::optional<QList<PatternSegment>> parsePattern(const QString &pattern)
{
    if (!pattern.startsWith(u'/'))
        return std::nullopt;

    static const QRegularExpression parameterSyntax(u"^<([A-Za-z_][A-Za-z0-9_]*)>$"_s);

    QList<PatternSegment> segments;
    if (pattern == u"/")
        return segments;

    const QStringList parts = pattern.mid(1).split(u'/');
    for (const QString &part : parts) {
        const QRegularExpressionMatch match = parameterSyntax.match(part);
        if (match.hasMatch()) {
            segments.append(PatternSegment{QString(), match.captured(1)});
            continue;
        }
        if (part.contains(u'<') || part.contains(u'>'))
            return std::nullopt;
        segments.append(PatternSegment{part, std::nullopt});
    }
    return segments;
}

bool hasBody(const HttpRequest &request)
{
    return !request.body.isEmpty() || request.headers.contains("transfer-encoding")
        || (request.headers.contains("content-length") && request.header("content-length").trimmed() != "0");
}

// True for application/json and any application/<something>+json, with or without parameters.
bool isJsonMediaType(const QByteArray &contentType)
{
    const QByteArray mediaType = contentType.split(';').first().trimmed().toLower();
    return mediaType == "application/json" || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
}


} // namespace

QList<QByteArray> Router::allowedMethodsOf(const QList<Match> &matches)
{
    QList<QByteArray> methods;
    for (const Match &match : matches)
        methods += match.node->endpoints.keys();
    if (methods.contains("GET") && !methods.contains("HEAD"))
        methods.append("HEAD");
    std::sort(methods.begin(), methods.end());
    methods.erase(std::unique(methods.begin(), methods.end()), methods.end());
    return methods;
}

Router::Router()
    : m_root(std::make_unique<Node>())
{
}

Router::~Router() = default;

void Router::addRoute(const QByteArray &method, const QString &pattern, RouteHandler handler)
{
    const std::optional<QList<PatternSegment>> segments = parsePattern(pattern);
    if (!segments || method.isEmpty() || !handler) {
        qCCritical(lcRouter) << "Ignored invalid route" << method << pattern;
        return;
    }

    Node *node = m_root.get();
    QStringList parameterNames;
    for (const PatternSegment &segment : *segments) {
        std::unique_ptr<Node> *child = nullptr;
        if (segment.parameterName) {
            parameterNames.append(*segment.parameterName);
            child = &node->parameter;
        } else {
            child = &node->literals[segment.literal];
        }
        if (!*child)
            *child = std::make_unique<Node>();
        node = child->get();
    }

    if (node->endpoints.contains(method))
        qCWarning(lcRouter) << "Replaced the handler of route" << method << pattern;
    else
        m_routes.append(RouteInfo{method, pattern});
    node->endpoints.insert(method, Endpoint{std::move(handler), parameterNames});
}

void Router::collectMatches(const Node &node, const QStringList &segments, qsizetype index,
                            QStringList &captures, QList<Match> &matches) const
{
    if (index == segments.size()) {
        if (!node.endpoints.isEmpty())
            matches.append(Match{&node, captures});
        return;
    }

    const QString &segment = segments.at(index);
    const auto literal = node.literals.find(segment);
    if (literal != node.literals.end())
        collectMatches(*literal->second, segments, index + 1, captures, matches);

    if (node.parameter && !segment.isEmpty()) {
        captures.append(segment);
        collectMatches(*node.parameter, segments, index + 1, captures, matches);
        captures.removeLast();
    }
}

QList<Router::Match> Router::findMatches(const QStringList &segments) const
{
    QList<Match> matches;
    QStringList captures;
    collectMatches(*m_root, segments, 0, captures, matches);
    return matches;
}

QList<QByteArray> Router::allowedMethods(const QStringList &pathSegments) const
{
    return allowedMethodsOf(findMatches(pathSegments));
}

void Router::dispatch(HttpRequest request, Responder responder) const
{
    const QList<Match> matches = findMatches(request.pathSegments);
    if (matches.isEmpty()) {
        responder.send(ApiReply::error(404, u"NOT_FOUND"_s, u"No API route matches this path."_s));
        return;
    }

    // Matches come most specific first, so the first one that serves the method wins.
    const Endpoint *endpoint = nullptr;
    const Match *chosen = nullptr;
    for (const Match &match : matches) {
        auto found = match.node->endpoints.constFind(request.method);
        if (found == match.node->endpoints.cend() && request.method == "HEAD")
            found = match.node->endpoints.constFind("GET");
        if (found != match.node->endpoints.cend()) {
            endpoint = &found.value();
            chosen = &match;
            break;
        }
    }

    if (!endpoint) {
        const QList<QByteArray> allowed = allowedMethodsOf(matches);

        QJsonArray allowedJson;
        for (const QByteArray &method : allowed)
            allowedJson.append(QString::fromLatin1(method));

        HttpResponse response = ApiReply::error(
            405, u"METHOD_NOT_ALLOWED"_s,
            u"Method %1 is not allowed on this path."_s.arg(QString::fromLatin1(request.method)),
            QJsonObject{{u"allowed_methods"_s, allowedJson}});
        response.setHeader("Allow", allowed.join(", "));
        responder.send(std::move(response));
        return;
    }

    // Every route that takes a body takes JSON. Checking the media type also stops a web
    // form, which can send only form encodings or text/plain without a CORS preflight.
    if (hasBody(request) && !isJsonMediaType(request.header("content-type"))) {
        responder.send(ApiReply::error(415, u"UNSUPPORTED_MEDIA_TYPE"_s,
                                       u"The request body must be JSON; send Content-Type: application/json."_s));
        return;
    }

    for (qsizetype i = 0; i < endpoint->parameterNames.size(); ++i)
        request.pathParams.insert(endpoint->parameterNames.at(i), chosen->captures.at(i));

    try {
        endpoint->handler(request, responder);
    } catch (const std::exception &exception) {
        qCCritical(lcRouter) << "Route handler threw for" << request.method
                             << "; error:" << exception.what();
        responder.send(ApiReply::error(500, u"INTERNAL_ERROR"_s,
                                       u"The request handler failed."_s));
    }
}
