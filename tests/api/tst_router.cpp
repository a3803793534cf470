#include "api/ApiReply.h"
#include "api/ResponseChannel.h"
#include "api/Router.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// Routing decisions without a server: handlers record what they were called with. The bodies
// of the router's own 404 and 405 replies are checked in tst_httpserver, over a socket.
class TestRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void matchesRoutes_data();
    void matchesRoutes();
    void allowedMethods_data();
    void allowedMethods();
    void ignoresInvalidPatterns_data();
    void ignoresInvalidPatterns();

private:
    std::unique_ptr<Router> m_router;
};

namespace {

HttpRequest requestFor(const QByteArray &method, const QByteArray &target)
{
    HttpRequest request;
    request.method = method;
    const bool valid = request.setTarget(target);
    Q_ASSERT(valid);
    return request;
}

// The name of the route that handled the request, and the parameters it saw.
struct Handled
{
    QString route;
    QHash<QString, QString> pathParams;
};

} // namespace

static Handled g_handled;

void TestRouter::init()
{
    g_handled = Handled{};
    m_router = std::make_unique<Router>();
}

void TestRouter::matchesRoutes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("route");
    QTest::addColumn<QVariantHash>("params");

    QTest::newRow("literal route") << QByteArray("GET") << QByteArray("/api/version")
                                   << u"version"_s << QVariantHash{};
    QTest::newRow("session parameter")
        << QByteArray("GET") << QByteArray("/api/tokens/3f2b-41aa")
        << u"token"_s << QVariantHash{{u"session_id"_s, u"3f2b-41aa"_s}};
    QTest::newRow("literal beats parameter") << QByteArray("POST") << QByteArray("/api/tokens/batch")
                                             << u"batch"_s << QVariantHash{};
    QTest::newRow("parameter when literal lacks method")
        << QByteArray("GET") << QByteArray("/api/tokens/batch")
        << u"token"_s << QVariantHash{{u"session_id"_s, u"batch"_s}};
    QTest::newRow("provider callback")
        << QByteArray("GET") << QByteArray("/oauth/github/callback?code=c&state=s")
        << u"callback"_s << QVariantHash{{u"provider"_s, u"github"_s}};
    QTest::newRow("decoded parameter keeps slash")
        << QByteArray("GET") << QByteArray("/oauth/a%2Fb/callback")
        << u"callback"_s << QVariantHash{{u"provider"_s, u"a/b"_s}};
    QTest::newRow("HEAD served by GET") << QByteArray("HEAD") << QByteArray("/api/version")
                                        << u"version"_s << QVariantHash{};
    QTest::newRow("root") << QByteArray("GET") << QByteArray("/") << u"root"_s << QVariantHash{};

    QTest::newRow("callback with suffix") << QByteArray("GET") << QByteArray("/oauth/x/callbackx")
                                          << u"NOT_FOUND"_s << QVariantHash{};
    QTest::newRow("callback with extra segment")
        << QByteArray("GET") << QByteArray("/oauth/x/callback/extra") << u"NOT_FOUND"_s
        << QVariantHash{};
    QTest::newRow("empty parameter") << QByteArray("GET") << QByteArray("/oauth//callback")
                                     << u"NOT_FOUND"_s << QVariantHash{};
    QTest::newRow("trailing slash") << QByteArray("GET") << QByteArray("/api/version/")
                                    << u"NOT_FOUND"_s << QVariantHash{};
    QTest::newRow("case differs") << QByteArray("GET") << QByteArray("/API/version")
                                  << u"NOT_FOUND"_s << QVariantHash{};
    QTest::newRow("prefix only") << QByteArray("GET") << QByteArray("/api") << u"NOT_FOUND"_s
                                 << QVariantHash{};
    QTest::newRow("wrong method") << QByteArray("DELETE") << QByteArray("/api/version")
                                  << u"METHOD_NOT_ALLOWED"_s << QVariantHash{};
    QTest::newRow("lower-case method") << QByteArray("get") << QByteArray("/api/version")
                                       << u"METHOD_NOT_ALLOWED"_s << QVariantHash{};
}

void TestRouter::matchesRoutes()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QString, route);
    QFETCH(QVariantHash, params);

    auto record = [](const QString &name) {
        return [name](const HttpRequest &request, Responder responder) {
            g_handled.route = name;
            g_handled.pathParams = request.pathParams;
            responder.send(HttpResponse{});
        };
    };
    m_router->addRoute("GET", u"/"_s, record(u"root"_s));
    m_router->addRoute("GET", u"/api/version"_s, record(u"version"_s));
    m_router->addRoute("GET", u"/api/tokens/<session_id>"_s, record(u"token"_s));
    m_router->addRoute("POST", u"/api/tokens/batch"_s, record(u"batch"_s));
    m_router->addRoute("GET", u"/oauth/<provider>/callback"_s, record(u"callback"_s));

    // Responses go to a detached channel and are dropped.
    auto channel = std::make_shared<ResponseChannel>(nullptr, nullptr);
    m_router->dispatch(requestFor(method, target), Responder(channel, 1, 1));

    if (route == u"NOT_FOUND" || route == u"METHOD_NOT_ALLOWED") {
        QVERIFY2(g_handled.route.isEmpty(), qPrintable(g_handled.route));
        const QList<QByteArray> allowed = m_router->allowedMethods(requestFor(method, target).pathSegments);
        QCOMPARE(allowed.isEmpty(), route == u"NOT_FOUND");
        return;
    }

    QCOMPARE(g_handled.route, route);
    QCOMPARE(g_handled.pathParams.size(), params.size());
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        QCOMPARE(g_handled.pathParams.value(it.key()), it.value().toString());
}

void TestRouter::allowedMethods_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArrayList>("allowed");

    QTest::newRow("GET adds HEAD") << QByteArray("/api/version") << QByteArrayList{"GET", "HEAD"};
    QTest::newRow("methods of literal and parameter routes")
        << QByteArray("/api/tokens/batch") << QByteArrayList{"DELETE", "GET", "HEAD", "POST"};
    QTest::newRow("parameter route only")
        << QByteArray("/api/tokens/abc") << QByteArrayList{"DELETE", "GET", "HEAD"};
    QTest::newRow("unknown path") << QByteArray("/api/unknown") << QByteArrayList{};
}

void TestRouter::allowedMethods()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArrayList, allowed);

    const auto ignore = [](const HttpRequest &, Responder responder) {
        responder.send(HttpResponse{});
    };
    m_router->addRoute("GET", u"/api/version"_s, ignore);
    m_router->addRoute("GET", u"/api/tokens/<session_id>"_s, ignore);
    m_router->addRoute("DELETE", u"/api/tokens/<session_id>"_s, ignore);
    m_router->addRoute("POST", u"/api/tokens/batch"_s, ignore);

    QCOMPARE(m_router->allowedMethods(requestFor("GET", target).pathSegments), allowed);
}

void TestRouter::ignoresInvalidPatterns_data()
{
    QTest::addColumn<QString>("pattern");

    QTest::newRow("relative") << u"api/version"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("unclosed parameter") << u"/api/<session_id"_s;
    QTest::newRow("parameter inside segment") << u"/api/x<session_id>"_s;
    QTest::newRow("empty parameter name") << u"/api/<>"_s;
    QTest::newRow("parameter name with dash") << u"/api/<session-id>"_s;
}

void TestRouter::ignoresInvalidPatterns()
{
    QFETCH(QString, pattern);

    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"Ignored invalid route"_s));
    m_router->addRoute("GET", pattern, [](const HttpRequest &, Responder responder) {
        responder.send(HttpResponse{});
    });

    QVERIFY(m_router->allowedMethods({u"api"_s, u"x"_s}).isEmpty());
    QVERIFY(m_router->allowedMethods({u"api"_s, u"version"_s}).isEmpty());
}

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
