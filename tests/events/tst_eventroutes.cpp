// GET /api/events end to end: a real HttpServer with the event and token routes, a
// ConnectionManager whose token endpoint is a FakeTokenEndpoint, SQLite, the keychain of the
// test's D-Bus session, and raw clients on the local socket and on TCP.

#include "ManagerHarness.h"
#include "RawHttpClient.h"

#include "agents/AgentDirectory.h"
#include "agents/AgentKey.h"
#include "api/HttpServer.h"
#include "api/Router.h"
#include "api/routes/ApiSharedState.h"
#include "api/routes/EventRoutes.h"
#include "api/routes/TokenRoutes.h"
#include "events/ConnectionEventPublisher.h"
#include "events/EventBus.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int KeychainWaitMs = 15000;

const FakeTokenEndpoint::Step RefreshOk =
    FakeTokenEndpoint::json(200, R"({"access_token":"refreshed-access-token","token_type":"Bearer","expires_in":3600})");

// Returns the value of the `data:` line of one event block.
QJsonObject eventData(const QByteArray &block)
{
    for (const QByteArray &line : block.split('\n')) {
        if (line.startsWith("data: "))
            return QJsonDocument::fromJson(line.mid(6)).object();
    }
    return {};
}

} // namespace

class EventRoutesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void defaultStreamLimits();
    void agentKeyRequired_data();
    void agentKeyRequired();
    void tokenReadOverSocket();
    void refreshReachesPermittedAgent();
    void heartbeatArrives();
    void streamCapRefuses();
    void clientDisconnectFreesSlot();
    void revokedAgentStreamCloses();
    void shutdownClosesStreams();
    void pipelinedRequestAfterStreamIgnored();

private:
    void startServer(int heartbeatMs);
    // Opens GET /api/events with `key` and checks the header block of the stream.
    void openStream(RawHttpClient &client, const QString &key, bool localSocket = true);
    QString sessionIdOf(const QString &connectionId);

    ManagerHarness m_harness;
    std::unique_ptr<QTemporaryDir> m_socketDir;
    AgentDirectory m_agents;
    EventBus m_bus;
    ApiSharedState m_state;
    std::unique_ptr<ConnectionEventPublisher> m_publisher;
    std::unique_ptr<HttpServer> m_server;
    QString m_connectionId;
    // Agent A may use the connection; agent B may not and has no session on it.
    QString m_keyA;
    QString m_keyB;
};

void EventRoutesTest::init()
{
    m_harness.setUp(ManagerHarness::fastPolicy());
    if (QTest::currentTestFailed())
        return;

    TokenResponse tokens;
    tokens.accessToken = u"expired-access-token"_s;
    tokens.refreshToken = u"refresh-token-for-events"_s;
    tokens.expiresIn = 0;
    m_connectionId = m_harness.storeGrant(tokens, {u"openid"_s});
    QVERIFY(!m_connectionId.isEmpty());

    m_keyA = AgentKey::generate();
    m_keyB = AgentKey::generate();
    AgentEntry agentA{u"agent-a"_s, u"Agent A"_s, {}, {}};
    agentA.permissions.connections = QStringList{m_connectionId};
    agentA.permissions.tokenRead = true;
    AgentEntry agentB{u"agent-b"_s, u"Agent B"_s, {}, {}};
    agentB.permissions.connections = QStringList{u"some-other-connection"_s};
    m_agents.put(AgentKey::hash(m_keyA.toLatin1()), agentA);
    m_agents.put(AgentKey::hash(m_keyB.toLatin1()), agentB);

    m_publisher = std::make_unique<ConnectionEventPublisher>(*m_harness.manager, *m_harness.cache, m_bus);
    startServer(15000);
}

void EventRoutesTest::startServer(int heartbeatMs)
{
    m_server.reset();
    ApiRoutes::Context context;
    context.cache = m_harness.cache.get();
    context.state = &m_state;
    context.connections = m_harness.manager.get();
    context.agents = &m_agents;
    context.events = &m_bus;
    auto router = std::make_shared<Router>();
    EventRoutes::add(*router, context);
    TokenRoutes::add(*router, context);

    m_socketDir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<HttpServer>();
    m_server->setRouter(router);
    HttpServer::Options options;
    options.localSocketPath = m_socketDir->filePath(u"api.sock"_s);
    options.maxStreams = 3;
    options.maxStreamsPerAgent = 2;
    options.streamHeartbeatMs = heartbeatMs;
    const Result<void> listening = m_server->listen(options);
    QVERIFY2(listening.ok(), qPrintable(listening.error().message));
}

void EventRoutesTest::cleanup()
{
    m_server.reset();
    m_publisher.reset();
    m_agents.clear();
    m_harness.tearDown();
}

void EventRoutesTest::openStream(RawHttpClient &client, const QString &key, bool localSocket)
{
    QVERIFY(localSocket ? client.connectLocal(m_server->localSocketPath()) : client.connectTcp(m_server->serverPort()));
    const QByteArray host = localSocket ? QByteArray("localhost") : "127.0.0.1:" + QByteArray::number(m_server->serverPort());
    client.write(RawHttpClient::get("/api/events", host, "Authorization: Bearer " + key.toLatin1() + "\r\n"));
    const std::optional<RawHttpClient::Response> head = client.readHead();
    QVERIFY(head);
    QCOMPARE(head->status, 200);
    QCOMPARE(head->header("Content-Type"), QByteArray("text/event-stream; charset=utf-8"));
    QCOMPARE(head->header("Content-Length"), QByteArray());
    QCOMPARE(head->header("Cache-Control"), QByteArray("no-store"));
}

QString EventRoutesTest::sessionIdOf(const QString &connectionId)
{
    std::optional<Result<QString>> revealed;
    m_harness.manager->revealSessionId(connectionId, [&revealed](const Result<QString> &id) { revealed = id; });
    if (!QTest::qWaitFor([&revealed] { return revealed.has_value(); }, KeychainWaitMs) || !revealed->ok())
        return {};
    return revealed->value();
}

void EventRoutesTest::defaultStreamLimits()
{
    const HttpServer::Options defaults;
    QCOMPARE(defaults.maxStreams, 64);
    QCOMPARE(defaults.maxStreamsPerAgent, 8);
    QCOMPARE(defaults.streamHeartbeatMs, 15000);
}

void EventRoutesTest::agentKeyRequired_data()
{
    QTest::addColumn<QString>("authorization");
    QTest::addColumn<QByteArray>("code");

    QTest::newRow("no key") << QString() << QByteArray("AGENT_KEY_REQUIRED");
    QTest::newRow("hostile: session id as bearer") << u"@SESSION@"_s << QByteArray("AGENT_KEY_INVALID");
    QTest::newRow("hostile: unknown key") << AgentKey::generate() << QByteArray("AGENT_KEY_INVALID");
}

void EventRoutesTest::agentKeyRequired()
{
    QFETCH(QString, authorization);
    QFETCH(QByteArray, code);
    authorization.replace(u"@SESSION@"_s, sessionIdOf(m_connectionId));

    RawHttpClient client;
    QVERIFY(client.connectLocal(m_server->localSocketPath()));
    const QByteArray header = authorization.isEmpty() ? QByteArray() : "Authorization: Bearer " + authorization.toLatin1() + "\r\n";
    client.write(RawHttpClient::get("/api/events", "localhost", header));
    const std::optional<RawHttpClient::Response> response = client.readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 401);
    QVERIFY2(response->body.contains(code), response->body.constData());
    QCOMPARE(m_server->openStreams(), 0);
}

void EventRoutesTest::tokenReadOverSocket()
{
    const QString sessionId = sessionIdOf(m_connectionId);
    QVERIFY(!sessionId.isEmpty());
    m_harness.endpoint->append(RefreshOk);

    RawHttpClient client;
    QVERIFY(client.connectLocal(m_server->localSocketPath()));
    client.write(RawHttpClient::get("/api/tokens/" + sessionId.toLatin1()));
    const std::optional<RawHttpClient::Response> response = client.readResponse(KeychainWaitMs);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    const QJsonObject data = QJsonDocument::fromJson(response->body).object().value(u"data"_s).toObject();
    QCOMPARE(data.value(u"access_token"_s).toString(), u"refreshed-access-token"_s);
}

void EventRoutesTest::refreshReachesPermittedAgent()
{
    RawHttpClient clientA;
    openStream(clientA, m_keyA, true);
    RawHttpClient clientB;
    openStream(clientB, m_keyB, false);
    if (QTest::currentTestFailed())
        return;

    m_harness.endpoint->append(RefreshOk);
    const Result<TokenSnapshot> refreshed = m_harness.freshToken(m_connectionId);
    QVERIFY2(refreshed.ok(), qPrintable(refreshed.error().message));

    const std::optional<QByteArray> block = clientA.readUntil("\n\n", KeychainWaitMs);
    QVERIFY(block);
    QVERIFY2(block->startsWith("event: token.refreshed\n"), block->constData());
    const QJsonObject data = eventData(*block);
    QCOMPARE(data.value(u"connection_id"_s).toString(), m_connectionId);
    QCOMPARE(data.value(u"provider"_s).toString(), ManagerHarness::ProviderName);
    QVERIFY(!data.value(u"expires_at"_s).toString().isEmpty());
    QVERIFY(!block->contains("refreshed-access-token"));
    QVERIFY(!block->contains("refresh-token-for-events"));

    // Agent B may not use the connection, so nothing reaches it.
    QTest::qWait(300);
    QVERIFY(clientB.readUntil("\n\n", 10) == std::nullopt);
    QCOMPARE(clientB.buffered(), QByteArray());
}

void EventRoutesTest::heartbeatArrives()
{
    startServer(100);
    RawHttpClient client;
    openStream(client, m_keyA);
    const std::optional<QByteArray> heartbeat = client.readUntil("\n\n", 3000);
    QVERIFY(heartbeat);
    QCOMPARE(*heartbeat, QByteArray(": heartbeat\n\n"));
}

void EventRoutesTest::streamCapRefuses()
{
    RawHttpClient first;
    openStream(first, m_keyA);
    RawHttpClient second;
    openStream(second, m_keyA);

    // The third stream of agent A passes its per-agent limit of 2.
    RawHttpClient third;
    QVERIFY(third.connectLocal(m_server->localSocketPath()));
    third.write(RawHttpClient::get("/api/events", "localhost", "Authorization: Bearer " + m_keyA.toLatin1() + "\r\n"));
    std::optional<RawHttpClient::Response> refused = third.readResponse();
    QVERIFY(refused);
    QCOMPARE(refused->status, 429);
    QVERIFY(refused->body.contains("TOO_MANY_STREAMS"));
    QCOMPARE(refused->header("Retry-After"), QByteArray("5"));

    // Agent B gets the last place of the server-wide limit of 3, then is refused too.
    RawHttpClient fromB;
    openStream(fromB, m_keyB);
    RawHttpClient secondFromB;
    QVERIFY(secondFromB.connectLocal(m_server->localSocketPath()));
    secondFromB.write(RawHttpClient::get("/api/events", "localhost", "Authorization: Bearer " + m_keyB.toLatin1() + "\r\n"));
    refused = secondFromB.readResponse();
    QVERIFY(refused);
    QCOMPARE(refused->status, 429);
    QCOMPARE(m_server->openStreams(), 3);
}

void EventRoutesTest::clientDisconnectFreesSlot()
{
    RawHttpClient first;
    openStream(first, m_keyA);
    RawHttpClient second;
    openStream(second, m_keyA, false);
    QCOMPARE(m_server->openStreams(), 2);
    QCOMPARE(m_bus.subscriberCount(), 2);

    second.close();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openStreams(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_bus.subscriberCount(), 1, 5000);

    RawHttpClient third;
    openStream(third, m_keyA);
    QCOMPARE(m_server->openStreams(), 2);
}

void EventRoutesTest::revokedAgentStreamCloses()
{
    RawHttpClient client;
    openStream(client, m_keyA);
    m_agents.remove(u"agent-a"_s);

    ApiEvent event;
    event.type = QString::fromLatin1(ApiEventType::ConnectionStatusChanged);
    event.connectionId = m_connectionId;
    event.data.insert(u"status"_s, u"needs_reauth"_s);
    m_bus.publish(event);

    QVERIFY(client.waitForClosed());
    QVERIFY(!client.buffered().contains("connection.status_changed"));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openStreams(), 0, 5000);
}

void EventRoutesTest::shutdownClosesStreams()
{
    RawHttpClient client;
    openStream(client, m_keyA);
    QCOMPARE(m_bus.subscriberCount(), 1);

    m_server->close();
    QVERIFY(client.waitForClosed());
    QCOMPARE(m_server->openStreams(), 0);
    QCOMPARE(m_bus.subscriberCount(), 0);
}

void EventRoutesTest::pipelinedRequestAfterStreamIgnored()
{
    const QString sessionId = sessionIdOf(m_connectionId);
    QVERIFY(!sessionId.isEmpty());
    // The handler of the pipelined token request may still run; only its response is dropped.
    m_harness.endpoint->append(RefreshOk);

    RawHttpClient client;
    QVERIFY(client.connectLocal(m_server->localSocketPath()));
    client.write(RawHttpClient::get("/api/events", "localhost", "Authorization: Bearer " + m_keyA.toLatin1() + "\r\n")
                 + RawHttpClient::get("/api/tokens/" + sessionId.toLatin1()));
    const std::optional<RawHttpClient::Response> head = client.readHead();
    QVERIFY(head);
    QCOMPARE(head->status, 200);

    // The stream keeps the connection, so the token request behind it gets no response.
    QTest::qWait(500);
    QVERIFY(client.isConnected());
    QVERIFY2(!client.buffered().contains("HTTP/1.1"), client.buffered().constData());
}

QTEST_GUILESS_MAIN(EventRoutesTest)
#include "tst_eventroutes.moc"
