// The routes that describe the broker, the OpenAPI document against the registered routes,
// and the checks of the HTTP layer on every route, over real HTTP against a real broker.
#include "ContractFixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// "/api/tokens/<session_id>" -> "/api/tokens/{session_id}"
QString openApiPath(QString pattern)
{
    static const QRegularExpression parameter(u"<([A-Za-z_][A-Za-z0-9_]*)>"_s);
    return pattern.replace(parameter, u"{\\1}"_s);
}

} // namespace

class TestMetaRoutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void metaContract_data();
    void metaContract();
    void healthHidesConnectionsFromAnonymous();
    void storageStatsCountsByAgent();
    void openApiMatchesRouter();
    void everyRouteRejectsHostileRequests_data();
    void everyRouteRejectsHostileRequests();

private:
    QStringList registeredRoutes();

    ContractFixture m_fixture;
    QByteArray m_readerKey;
    QByteArray m_adminKey;
};

void TestMetaRoutes::initTestCase()
{
    const QString started = m_fixture.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    m_readerKey = ContractHttp::bearer(m_fixture.addAgent(u"reader"_s, ContractFixture::tokenReader()));
    m_adminKey = ContractHttp::bearer(m_fixture.addAgent(u"admin"_s, ContractFixture::administrator()));
    SessionOptions options;
    options.agentId = u"reader"_s;
    QVERIFY(!m_fixture.createSession(options).isEmpty());
}

void TestMetaRoutes::metaContract_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("keyKind"); // 0 none, 1 reader, 2 admin
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("version") << QByteArray("GET") << QByteArray("/api/version") << 0 << 200 << QString();
    QTest::newRow("health anonymous") << QByteArray("GET") << QByteArray("/api/health") << 0 << 200 << QString();
    QTest::newRow("health agent") << QByteArray("GET") << QByteArray("/api/health") << 1 << 200 << QString();
    QTest::newRow("providers") << QByteArray("GET") << QByteArray("/api/providers") << 0 << 200 << QString();
    QTest::newRow("stats admin") << QByteArray("GET") << QByteArray("/api/storage/stats") << 2 << 200 << QString();
    QTest::newRow("stats non-admin") << QByteArray("GET") << QByteArray("/api/storage/stats") << 1 << 403 << u"PERMISSION_DENIED"_s;
    QTest::newRow("stats anonymous") << QByteArray("GET") << QByteArray("/api/storage/stats") << 0 << 401 << u"AGENT_KEY_REQUIRED"_s;
    QTest::newRow("version wrong method") << QByteArray("POST") << QByteArray("/api/version") << 0 << 405 << u"METHOD_NOT_ALLOWED"_s;
    QTest::newRow("unknown route") << QByteArray("GET") << QByteArray("/api/versions") << 0 << 404 << u"NOT_FOUND"_s;
}

void TestMetaRoutes::metaContract()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(int, keyKind);
    QFETCH(int, status);
    QFETCH(QString, code);

    QList<QByteArray> headers;
    if (keyKind == 1)
        headers.append(m_readerKey);
    if (keyKind == 2)
        headers.append(m_adminKey);
    const ContractHttp::Reply reply = m_fixture.http().send(method, target, headers);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json.value(u"success"_s).toBool(), status < 300);
    QCOMPARE(reply.json.value(u"version"_s).toString(), u"1.0"_s);
    if (status >= 300)
        QCOMPARE(reply.json[u"error"_s][u"code"_s].toString(), code);
    if (status == 405)
        QCOMPARE(reply.headers.value("allow"), QByteArray("GET, HEAD"));
}

void TestMetaRoutes::healthHidesConnectionsFromAnonymous()
{
    const ContractHttp::Reply anonymous = m_fixture.http().send("GET", "/api/health");
    QCOMPARE(anonymous.json[u"data"_s][u"connections"_s].toInt(), 1);
    QVERIFY(!anonymous.json[u"data"_s].toObject().contains(u"connection_states"_s));
    QVERIFY(!anonymous.body.contains(m_fixture.connectionId().toLatin1()));

    // An agent sees the connections its permissions name; this one names none.
    const ContractHttp::Reply reader = m_fixture.http().send("GET", "/api/health", {m_readerKey});
    QCOMPARE(reader.json[u"data"_s][u"connection_states"_s].toArray().size(), 0);
    QVERIFY(!reader.body.contains(m_fixture.connectionId().toLatin1()));

    const ContractHttp::Reply admin = m_fixture.http().send("GET", "/api/health", {m_adminKey});
    QCOMPARE(admin.json[u"data"_s][u"connection_states"_s].toArray().size(), 1);
    QCOMPARE(admin.json[u"data"_s][u"connection_states"_s][0][u"id"_s].toString(), m_fixture.connectionId());
}

void TestMetaRoutes::storageStatsCountsByAgent()
{
    const ContractHttp::Reply reply = m_fixture.http().send("GET", "/api/storage/stats", {m_adminKey});
    QCOMPARE(reply.status, 200);
    const QJsonObject sessions = reply.json[u"data"_s][u"sessions"_s].toObject();
    QCOMPARE(sessions[u"total"_s].toInt(), 2);
    QCOMPARE(reply.json[u"data"_s][u"total_sessions"_s].toInt(), 2);
    QCOMPARE(reply.json[u"data"_s][u"agents"_s][u"reader"_s].toInt(), 1);
    QCOMPARE(sessions[u"by_agent"_s][u"reader"_s].toInt(), 1);
    QCOMPARE(sessions[u"by_agent"_s][u"console"_s].toInt(), 1);
    QCOMPARE(sessions[u"by_provider"_s][BrokerFixture::ProviderName].toInt(), 2);
    QCOMPARE(reply.json[u"data"_s][u"connections"_s][u"by_provider"_s][BrokerFixture::ProviderName].toInt(), 1);
}

QStringList TestMetaRoutes::registeredRoutes()
{
    const ContractHttp::Reply version = m_fixture.http().send("GET", "/api/version");
    QStringList routes;
    for (const QJsonValue &endpoint : version.json[u"data"_s][u"endpoints"_s].toArray())
        routes.append(endpoint.toString());
    return routes;
}

void TestMetaRoutes::openApiMatchesRouter()
{
    const ContractHttp::Reply document = m_fixture.http().send("GET", "/api/openapi.json");
    QCOMPARE(document.status, 200);
    QCOMPARE(document.json[u"openapi"_s].toString().left(2), u"3."_s);
    QVERIFY(document.json[u"components"_s][u"securitySchemes"_s].toObject().contains(u"agentKey"_s));
    QVERIFY(document.json[u"components"_s][u"schemas"_s].toObject().contains(u"ErrorEnvelope"_s));

    QSet<QString> documented;
    const QJsonObject paths = document.json[u"paths"_s].toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject operations = path.value().toObject();
        for (auto operation = operations.begin(); operation != operations.end(); ++operation)
            documented.insert(operation.key().toUpper() + u' ' + path.key());
    }

    QSet<QString> registered;
    for (const QString &route : registeredRoutes()) {
        const qsizetype space = route.indexOf(u' ');
        registered.insert(route.left(space) + u' ' + openApiPath(route.mid(space + 1)));
    }
    QVERIFY(registered.size() >= 16);

    for (const QString &route : std::as_const(registered))
        QVERIFY2(documented.contains(route), qPrintable(u"not in the OpenAPI document: "_s + route));
    for (const QString &route : std::as_const(documented)) {
        QVERIFY2(registered.contains(route),
                 qPrintable(u"documented but not registered: "_s + route));
    }
}

void TestMetaRoutes::everyRouteRejectsHostileRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QByteArray host = m_fixture.http().host();
    for (const QString &route : registeredRoutes()) {
        const qsizetype space = route.indexOf(u' ');
        static const QRegularExpression parameter(u"<[A-Za-z_]+>"_s);
        const QByteArray method = route.left(space).toLatin1();
        const QByteArray target = route.mid(space + 1).replace(parameter, u"3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f"_s).toLatin1();
        const QByteArray line = method + ' ' + target + " HTTP/1.1\r\n";
        const QByteArray name = route.toLatin1();

        QTest::newRow(QByteArray(name + " foreign origin").constData())
            << QByteArray(line + "Host: " + host + "\r\nOrigin: http://evil.example\r\nConnection: close\r\n\r\n") << 403
            << u"ORIGIN_NOT_ALLOWED"_s;
        QTest::newRow(QByteArray(name + " rebinding host").constData())
            << QByteArray(line + "Host: evil.example\r\nConnection: close\r\n\r\n") << 421 << u"MISDIRECTED_REQUEST"_s;
        QTest::newRow(QByteArray(name + " missing host").constData())
            << QByteArray(line + "Connection: close\r\n\r\n") << 400 << u"MISSING_HOST_HEADER"_s;
        // No route takes PATCH, and every route that takes a body takes JSON only.
        QTest::newRow(QByteArray(name + " wrong method").constData())
            << QByteArray("PATCH " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n") << 405
            << u"METHOD_NOT_ALLOWED"_s;
        QTest::newRow(QByteArray(name + " form body").constData())
            << QByteArray(line + "Host: " + host + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                          "Content-Length: 3\r\nConnection: close\r\n\r\na=b")
            << 415 << u"UNSUPPORTED_MEDIA_TYPE"_s;
    }
}

void TestMetaRoutes::everyRouteRejectsHostileRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, code);

    const ContractHttp::Reply reply = m_fixture.http().sendRaw(request);
    QCOMPARE(reply.status, status);
    // A reply to HEAD has no body to check.
    if (request.startsWith("HEAD "))
        return;
    QCOMPARE(reply.json[u"success"_s].toBool(), false);
    QCOMPARE(reply.json[u"error"_s][u"code"_s].toString(), code);
    if (status == 405)
        QVERIFY(!reply.headers.value("allow").isEmpty());
}

QTEST_GUILESS_MAIN(TestMetaRoutes)
#include "tst_metaroutes.moc"
