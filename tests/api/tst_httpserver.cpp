#include "api/ApiReply.h"
#include "api/HttpServer.h"
#include "api/Router.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

#ifndef Q_OS_WIN
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMs = 5000;

struct ClientResponse
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // lower-cased names
    QByteArray body;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonObject data() const { return json().value(u"data"_s).toObject(); }
    QString errorCode() const
    {
        return json().value(u"error"_s).toObject().value(u"code"_s).toString();
    }
};

// A raw HTTP/1.1 client on QTcpSocket. It collects responses as they arrive, so tests can
// send bytes in any split and then wait on the event loop for what comes back.
class TestClient : public QObject
{
public:
    explicit TestClient(quint16 port, const QHostAddress &address = QHostAddress::LocalHost)
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
            m_buffer += m_socket.readAll();
            parseResponses();
        });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { m_disconnected = true; });
        connect(&m_socket, &QTcpSocket::errorOccurred, this,
                [this](QAbstractSocket::SocketError error) { m_errors.append(error); });
        m_socket.connectToHost(address, port);
    }

    bool waitForConnected()
    {
        return QTest::qWaitFor(
            [this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, WaitMs);
    }

    // Writes once connected, so each call reaches the server as its own segment.
    void send(const QByteArray &bytes)
    {
        QVERIFY(waitForConnected());
        m_socket.write(bytes);
        m_socket.flush();
    }

    // The next final response belongs to a HEAD request and has no body.
    void expectHeadResponse() { ++m_headResponsesExpected; }

    bool waitForResponses(qsizetype count, int timeoutMs = WaitMs)
    {
        static_cast<void>(QTest::qWaitFor(
            [&] { return m_responses.size() >= count || m_disconnected; }, timeoutMs));
        return m_responses.size() >= count;
    }

    bool waitForDisconnected(int timeoutMs = WaitMs)
    {
        return QTest::qWaitFor([this] { return m_disconnected; }, timeoutMs);
    }

    void abort() { m_socket.abort(); }

    // Sends FIN while keeping the receiving side open, as `nc -N` or shutdown(SHUT_WR) do.
    void shutdownSending()
    {
#ifndef Q_OS_WIN
        ::shutdown(static_cast<int>(m_socket.socketDescriptor()), SHUT_WR);
#endif
    }

    const QList<ClientResponse> &responses() const { return m_responses; }
    const QList<ClientResponse> &interimResponses() const { return m_interim; }
    bool isDisconnected() const { return m_disconnected; }
    bool sawConnectionReset() const
    {
        return m_errors.contains(QAbstractSocket::RemoteHostClosedError) == false
            && !m_errors.isEmpty();
    }

private:
    void parseResponses()
    {
        for (;;) {
            const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;

            ClientResponse response;
            const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
            response.status = lines.first().split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                response.headers.insert(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
            }

            const bool interim = response.status < 200;
            const bool head = !interim && m_headResponsesExpected > 0;
            qsizetype length = 0;
            if (!interim && !head)
                length = response.headers.value("content-length").toLongLong();

            const qsizetype total = headerEnd + 4 + length;
            if (m_buffer.size() < total)
                return;

            response.body = m_buffer.mid(headerEnd + 4, length);
            m_buffer.remove(0, total);
            if (interim) {
                m_interim.append(response);
                continue;
            }
            if (head)
                --m_headResponsesExpected;
            m_responses.append(response);
        }
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    QList<ClientResponse> m_responses;
    QList<ClientResponse> m_interim;
    QList<QAbstractSocket::SocketError> m_errors;
    int m_headResponsesExpected = 0;
    bool m_disconnected = false;
};

quint64 totalResponses(const HttpServer::Stats &stats)
{
    quint64 total = 0;
    for (const quint64 count : stats.responsesByClass)
        total += count;
    return total;
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void keepAliveTwoRequests();
    void pipelinedAnsweredInOrder();
    void splitSegmentsSameResponse();
    void hostHeader_data();
    void hostHeader();
    void servesIpv6Loopback();
    void originHeader_data();
    void originHeader();
    void bodyMediaType_data();
    void bodyMediaType();
    void notFoundEnvelope();
    void methodNotAllowedEnvelope();
    void headWithoutBody();
    void expectContinue();
    void headerTimeoutCloses();
    void idleTimeoutCloses();
    void trickledBodyCloses();
    void portTakenOnIpv6Fails();
    void connectionLimit();
    void stalledConnectionGivesWay();
    void clientGoneBeforeResponse();
    void responderSendsOnce();
    void silentHandlerGets500();
    void malformedInputGets400();
    void oversizedUploadGets413();
    void countsResponses();
    void portInUse();
    void bindsLoopbackOnly();
    void closeDisconnectsClients();
    void halfClosedClient();

private:
    [[nodiscard]] bool startServer(HttpServer::Options options = {});
    std::shared_ptr<Router> makeRouter();
    QByteArray hostValue() const { return "127.0.0.1:" + QByteArray::number(m_port); }
    QByteArray get(const QByteArray &path) const
    {
        return "GET " + path + " HTTP/1.1\r\nHost: " + hostValue() + "\r\n\r\n";
    }

    QThread m_helperThread;
    QObject m_helperContext;
    std::unique_ptr<HttpServer> m_server;
    quint16 m_port = 0;
    std::atomic<int> m_handlerCalls{0};
    QMutex m_heldRespondersMutex;
    QList<Responder> m_heldResponders;
};

void TestHttpServer::initTestCase()
{
    QLoggingCategory::setFilterRules(u"securecontext.*.debug=false"_s);
    m_helperContext.moveToThread(&m_helperThread);
    m_helperThread.start();
}

void TestHttpServer::cleanupTestCase()
{
    m_helperThread.quit();
    m_helperThread.wait();
}

void TestHttpServer::init()
{
    m_handlerCalls = 0;
    QMutexLocker locker(&m_heldRespondersMutex);
    m_heldResponders.clear();
}

void TestHttpServer::cleanup()
{
    m_server.reset();
    QMutexLocker locker(&m_heldRespondersMutex);
    m_heldResponders.clear();
}

std::shared_ptr<Router> TestHttpServer::makeRouter()
{
    auto router = std::make_shared<Router>();

    router->addRoute("GET", u"/api/version"_s, [this](const HttpRequest &, Responder responder) {
        ++m_handlerCalls;
        responder.send(ApiReply::success(QJsonObject{{u"version"_s, u"test"_s}}));
    });
    router->addRoute("GET", u"/api/tokens/<session_id>"_s,
                     [this](const HttpRequest &request, Responder responder) {
                         ++m_handlerCalls;
                         responder.send(ApiReply::success(
                             QJsonObject{{u"session_id"_s, request.pathParams.value(u"session_id"_s)}}));
                     });
    router->addRoute("POST", u"/api/echo"_s, [this](const HttpRequest &request, Responder responder) {
        ++m_handlerCalls;
        responder.send(ApiReply::success(QJsonObject{{u"body"_s, QString::fromUtf8(request.body)}}));
    });
    router->addRoute("GET", u"/fast"_s, [this](const HttpRequest &, Responder responder) {
        ++m_handlerCalls;
        responder.send(ApiReply::success(QJsonObject{{u"name"_s, u"fast"_s}}));
    });
    // Sends its response 300 ms later from the test's helper thread.
    router->addRoute("GET", u"/slow"_s, [this](const HttpRequest &, Responder responder) {
        ++m_handlerCalls;
        QMetaObject::invokeMethod(
            &m_helperContext,
            [responder] {
                QThread::msleep(300);
                responder.send(ApiReply::success(QJsonObject{{u"name"_s, u"slow"_s}}));
            },
            Qt::QueuedConnection);
    });
    // Keeps the Responder for the test to use later.
    router->addRoute("GET", u"/held"_s, [this](const HttpRequest &, Responder responder) {
        ++m_handlerCalls;
        QMutexLocker locker(&m_heldRespondersMutex);
        m_heldResponders.append(responder);
    });
    router->addRoute("GET", u"/twice"_s, [this](const HttpRequest &, Responder responder) {
        ++m_handlerCalls;
        responder.send(ApiReply::success(QJsonObject{{u"name"_s, u"first"_s}}));
        responder.send(ApiReply::success(QJsonObject{{u"name"_s, u"second"_s}}));
    });
    router->addRoute("GET", u"/silent"_s, [this](const HttpRequest &, Responder) {
        ++m_handlerCalls;
    });
    return router;
}

bool TestHttpServer::startServer(HttpServer::Options options)
{
    options.port = 0;
    m_server = std::make_unique<HttpServer>();
    m_server->setRouter(makeRouter());
    const Result<void> listening = m_server->listen(options);
    if (!listening) {
        qWarning() << "listen failed:" << listening.error().message;
        return false;
    }
    m_port = m_server->serverPort();
    return m_port != 0;
}

void TestHttpServer::keepAliveTwoRequests()
{
    QVERIFY(startServer());
    TestClient client(m_port);

    client.send(get("/api/version"));
    QVERIFY(client.waitForResponses(1));
    client.send(get("/api/tokens/abc"));
    QVERIFY(client.waitForResponses(2));

    QCOMPARE(client.responses().at(0).status, 200);
    QCOMPARE(client.responses().at(0).data().value(u"version"_s).toString(), u"test"_s);
    QCOMPARE(client.responses().at(1).status, 200);
    QCOMPARE(client.responses().at(1).data().value(u"session_id"_s).toString(), u"abc"_s);
    QVERIFY(!client.responses().at(0).headers.contains("connection"));
    QVERIFY(!client.responses().at(1).headers.contains("connection"));
    QVERIFY(!client.isDisconnected());
    QTRY_COMPARE(m_server->stats().openConnections, 1);
}

void TestHttpServer::pipelinedAnsweredInOrder()
{
    QVERIFY(startServer());
    TestClient client(m_port);
    QVERIFY(client.waitForConnected());

    QElapsedTimer timer;
    timer.start();
    client.send(get("/slow") + get("/fast"));
    QVERIFY(client.waitForResponses(2));

    QCOMPARE(m_handlerCalls.load(), 2);
    QCOMPARE(client.responses().at(0).data().value(u"name"_s).toString(), u"slow"_s);
    QCOMPARE(client.responses().at(1).data().value(u"name"_s).toString(), u"fast"_s);
    // The fast handler responded at once, but its response waited for the slow one.
    QVERIFY2(timer.elapsed() >= 250, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!client.isDisconnected());
}

void TestHttpServer::splitSegmentsSameResponse()
{
    QVERIFY(startServer());
    const QByteArray request = get("/api/tokens/split-session");

    TestClient whole(m_port);
    whole.send(request);
    QVERIFY(whole.waitForResponses(1));

    TestClient split(m_port);
    QVERIFY(split.waitForConnected());
    const qsizetype third = request.size() / 3;
    split.send(request.left(third));
    QTest::qWait(200);
    split.send(request.mid(third, third));
    QTest::qWait(200);
    QVERIFY(split.responses().isEmpty());
    split.send(request.mid(2 * third));
    QVERIFY(split.waitForResponses(1));

    const ClientResponse &expected = whole.responses().first();
    const ClientResponse &actual = split.responses().first();
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.json().value(u"data"_s), expected.json().value(u"data"_s));
    QCOMPARE(actual.headers.keys().size(), expected.headers.keys().size());
    QCOMPARE(actual.headers.value("content-type"), expected.headers.value("content-type"));
    QCOMPARE(actual.headers.value("content-length"), expected.headers.value("content-length"));
}

void TestHttpServer::hostHeader_data()
{
    QTest::addColumn<QByteArray>("hostLines");
    QTest::addColumn<bool>("needsIpv6");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("127.0.0.1") << QByteArray("Host: 127.0.0.1:PORT\r\n") << false << 200 << QString();
    QTest::newRow("localhost") << QByteArray("Host: localhost:PORT\r\n") << false << 200 << QString();
    QTest::newRow("LOCALHOST") << QByteArray("Host: LOCALHOST:PORT\r\n") << false << 200 << QString();
    QTest::newRow("[::1] when bound") << QByteArray("Host: [::1]:PORT\r\n") << true << 200 << QString();

    const QString misdirected = u"MISDIRECTED_REQUEST"_s;
    QTest::newRow("rebind.attacker.test")
        << QByteArray("Host: rebind.attacker.test:PORT\r\n") << false << 421 << misdirected;
    QTest::newRow("localhost with trailing dot")
        << QByteArray("Host: localhost.:PORT\r\n") << false << 421 << misdirected;
    QTest::newRow("127.0.0.2") << QByteArray("Host: 127.0.0.2:PORT\r\n") << false << 421 << misdirected;
    QTest::newRow("wrong port") << QByteArray("Host: 127.0.0.1:OTHER\r\n") << false << 421 << misdirected;
    QTest::newRow("port with leading zero")
        << QByteArray("Host: 127.0.0.1:0PORT\r\n") << false << 421 << misdirected;
    QTest::newRow("no port") << QByteArray("Host: 127.0.0.1\r\n") << false << 421 << misdirected;
    QTest::newRow("localhost without port")
        << QByteArray("Host: localhost\r\n") << false << 421 << misdirected;
    QTest::newRow("userinfo before host")
        << QByteArray("Host: user@127.0.0.1:PORT\r\n") << false << 421 << misdirected;
    QTest::newRow("empty Host") << QByteArray("Host: \r\n") << false << 421 << misdirected;
    QTest::newRow("0.0.0.0") << QByteArray("Host: 0.0.0.0:PORT\r\n") << false << 421 << misdirected;

    QTest::newRow("missing Host") << QByteArray() << false << 400 << u"MISSING_HOST_HEADER"_s;
    QTest::newRow("two Host fields")
        << QByteArray("Host: 127.0.0.1:PORT\r\nHost: rebind.attacker.test:PORT\r\n") << false << 400
        << u"DUPLICATE_HOST_HEADER"_s;
}

void TestHttpServer::hostHeader()
{
    QFETCH(QByteArray, hostLines);
    QFETCH(bool, needsIpv6);
    QFETCH(int, status);
    QFETCH(QString, code);

    QVERIFY(startServer());
    const bool ipv6Bound = m_server->listenAddresses().contains(QHostAddress::LocalHostIPv6);
    if (needsIpv6 && !ipv6Bound)
        QSKIP("::1 is not available on this machine");

    hostLines.replace("OTHER", QByteArray::number(m_port == 65535 ? 1 : m_port + 1));
    hostLines.replace("PORT", QByteArray::number(m_port));

    TestClient client(m_port);
    client.send("GET /api/version HTTP/1.1\r\n" + hostLines + "\r\n");
    QVERIFY(client.waitForResponses(1));

    const ClientResponse &response = client.responses().first();
    QCOMPARE(response.status, status);
    if (status == 200) {
        QCOMPARE(m_handlerCalls.load(), 1);
        QVERIFY(!client.isDisconnected());
        return;
    }

    // Rejected before routing: no handler ran, the reply is the JSON envelope, and the
    // connection closes.
    QCOMPARE(response.errorCode(), code);
    QCOMPARE(response.json().value(u"error"_s).toObject().value(u"status_code"_s).toInt(), status);
    QCOMPARE(response.headers.value("content-type"), "application/json");
    QCOMPARE(response.headers.value("connection"), "close");
    QCOMPARE(m_handlerCalls.load(), 0);
    QVERIFY(client.waitForDisconnected());
}

void TestHttpServer::originHeader_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");

    const QByteArray tokenGet = "GET /api/tokens/3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b HTTP/1.1\r\nHost: HOST\r\n";
    QTest::newRow("agent without Origin") << QByteArray(tokenGet + "\r\n") << 200;
    QTest::newRow("allowed origin") << QByteArray(tokenGet + "Origin: http://127.0.0.1:3000\r\n\r\n") << 200;
    QTest::newRow("foreign web page") << QByteArray(tokenGet + "Origin: https://attacker.test\r\n\r\n") << 403;
    QTest::newRow("sandboxed page sends null") << QByteArray(tokenGet + "Origin: null\r\n\r\n") << 403;
    QTest::newRow("rebound page on our own host and port")
        << QByteArray(tokenGet + "Origin: http://HOST\r\n\r\n") << 403;
    QTest::newRow("allowed origin with another port")
        << QByteArray(tokenGet + "Origin: http://127.0.0.1:3001\r\n\r\n") << 403;
    QTest::newRow("CORS preflight")
        << QByteArray("OPTIONS /api/tokens/3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b HTTP/1.1\r\nHost: HOST\r\n"
                      "Origin: https://attacker.test\r\nAccess-Control-Request-Method: GET\r\n\r\n")
        << 403;
}

void TestHttpServer::originHeader()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);

    HttpServer::Options options;
    options.allowedOrigins = {QByteArrayLiteral("http://127.0.0.1:3000")};
    QVERIFY(startServer(options));
    request.replace("HOST", hostValue());

    TestClient client(m_port);
    client.send(request);
    QVERIFY(client.waitForResponses(1));
    const ClientResponse &response = client.responses().first();
    QCOMPARE(response.status, status);

    // No reply ever carries a CORS grant, so a browser keeps the body from the page.
    QVERIFY(!response.headers.contains("access-control-allow-origin"));
    if (status == 403) {
        QCOMPARE(response.errorCode(), u"ORIGIN_NOT_ALLOWED"_s);
        QCOMPARE(m_handlerCalls.load(), 0);
    }
}

void TestHttpServer::bodyMediaType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");

    QTest::newRow("application/json") << QByteArray("application/json") << 200;
    QTest::newRow("with charset") << QByteArray("application/json; charset=utf-8") << 200;
    QTest::newRow("upper case") << QByteArray("Application/JSON") << 200;
    QTest::newRow("+json suffix") << QByteArray("application/merge-patch+json") << 200;
    QTest::newRow("form post from a web page") << QByteArray("application/x-www-form-urlencoded") << 415;
    QTest::newRow("text/plain from a web page") << QByteArray("text/plain") << 415;
    QTest::newRow("multipart") << QByteArray("multipart/form-data; boundary=x") << 415;
    QTest::newRow("missing") << QByteArray() << 415;
    QTest::newRow("json as a parameter only") << QByteArray("text/plain; x=application/json") << 415;
}

void TestHttpServer::bodyMediaType()
{
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);

    QVERIFY(startServer());
    const QByteArray body = "{\"a\":1}";
    QByteArray request = "POST /api/echo HTTP/1.1\r\nHost: " + hostValue() + "\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n";
    if (!contentType.isEmpty())
        request += "Content-Type: " + contentType + "\r\n";
    request += "\r\n" + body;

    TestClient client(m_port);
    client.send(request);
    QVERIFY(client.waitForResponses(1));
    const ClientResponse &response = client.responses().first();
    QCOMPARE(response.status, status);
    if (status == 415) {
        QCOMPARE(response.errorCode(), u"UNSUPPORTED_MEDIA_TYPE"_s);
        QCOMPARE(m_handlerCalls.load(), 0);
    } else {
        QCOMPARE(m_handlerCalls.load(), 1);
    }
}

void TestHttpServer::servesIpv6Loopback()
{
    QVERIFY(startServer());
    if (!m_server->listenAddresses().contains(QHostAddress::LocalHostIPv6))
        QSKIP("::1 is not available on this machine");

    TestClient client(m_port, QHostAddress::LocalHostIPv6);
    client.send("GET /api/version HTTP/1.1\r\nHost: [::1]:" + QByteArray::number(m_port)
                + "\r\n\r\n");
    QVERIFY(client.waitForResponses(1));
    QCOMPARE(client.responses().first().status, 200);
}

void TestHttpServer::notFoundEnvelope()
{
    QVERIFY(startServer());
    TestClient client(m_port);
    client.send(get("/api/nope"));
    QVERIFY(client.waitForResponses(1));

    const ClientResponse &response = client.responses().first();
    QCOMPARE(response.status, 404);
    QCOMPARE(response.headers.value("content-type"), "application/json");
    QCOMPARE(response.headers.value("x-api-version"), "1.0");
    QCOMPARE(response.headers.value("cache-control"), "no-store");
    QCOMPARE(response.headers.value("x-content-type-options"), "nosniff");

    const QJsonObject body = response.json();
    QCOMPARE(body.value(u"success"_s), QJsonValue(false));
    QCOMPARE(body.value(u"version"_s).toString(), u"1.0"_s);
    QVERIFY(QRegularExpression(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"_s)
                .match(body.value(u"timestamp"_s).toString())
                .hasMatch());
    const QJsonObject error = body.value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"NOT_FOUND"_s);
    QCOMPARE(error.value(u"status_code"_s).toInt(), 404);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    QVERIFY(error.value(u"details"_s).isObject());
    QCOMPARE(m_handlerCalls.load(), 0);

    // A 404 does not close the connection.
    client.send(get("/api/version"));
    QVERIFY(client.waitForResponses(2));
    QCOMPARE(client.responses().at(1).status, 200);
}

void TestHttpServer::methodNotAllowedEnvelope()
{
    QVERIFY(startServer());
    TestClient client(m_port);
    client.send("POST /api/version HTTP/1.1\r\nHost: " + hostValue()
                + "\r\nContent-Length: 2\r\n\r\n{}");
    QVERIFY(client.waitForResponses(1));

    const ClientResponse &response = client.responses().first();
    QCOMPARE(response.status, 405);
    QCOMPARE(response.errorCode(), u"METHOD_NOT_ALLOWED"_s);
    QCOMPARE(response.headers.value("allow"), "GET, HEAD");
    QCOMPARE(response.headers.value("content-type"), "application/json");
    const QJsonArray allowed = response.json()
                                   .value(u"error"_s)
                                   .toObject()
                                   .value(u"details"_s)
                                   .toObject()
                                   .value(u"allowed_methods"_s)
                                   .toArray();
    QCOMPARE(allowed, (QJsonArray{u"GET"_s, u"HEAD"_s}));
    QCOMPARE(m_handlerCalls.load(), 0);
}

void TestHttpServer::headWithoutBody()
{
    QVERIFY(startServer());
    TestClient client(m_port);
    client.expectHeadResponse();
    client.send("HEAD /api/version HTTP/1.1\r\nHost: " + hostValue() + "\r\n\r\n"
                + get("/api/version"));
    QVERIFY(client.waitForResponses(2));

    const ClientResponse &head = client.responses().at(0);
    const ClientResponse &full = client.responses().at(1);
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    QCOMPARE(head.headers.value("content-length").toLongLong(), full.body.size());
    // The GET after it parsed cleanly, so no body bytes followed the HEAD response.
    QCOMPARE(full.status, 200);
    QCOMPARE(full.data().value(u"version"_s).toString(), u"test"_s);
}

void TestHttpServer::expectContinue()
{
    QVERIFY(startServer());
    TestClient client(m_port);
    client.send("POST /api/echo HTTP/1.1\r\nHost: " + hostValue()
                + "\r\nExpect: 100-continue\r\nContent-Type: application/json\r\nContent-Length: 5\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(client.interimResponses().size(), 1, WaitMs);
    QCOMPARE(client.interimResponses().first().status, 100);
    QVERIFY(client.responses().isEmpty());

    client.send("[1,2]");
    QVERIFY(client.waitForResponses(1));
    QCOMPARE(client.responses().first().data().value(u"body"_s).toString(), u"[1,2]"_s);
}

void TestHttpServer::headerTimeoutCloses()
{
    HttpServer::Options options;
    options.headerTimeoutMs = 300;
    QVERIFY(startServer(options));

    TestClient slow(m_port);
    QVERIFY(slow.waitForConnected());
    QElapsedTimer timer;
    timer.start();
    slow.send("GET /api/version HTTP/1.1\r\nHost: " + hostValue() + "\r\nX-Partial: ");

    QVERIFY(slow.waitForDisconnected(3000));
    QVERIFY2(timer.elapsed() >= 250, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(slow.responses().isEmpty());
    QCOMPARE(m_handlerCalls.load(), 0);

    // A connection that never sends a byte gets the same deadline, not the idle timeout.
    TestClient silent(m_port);
    QVERIFY(silent.waitForConnected());
    timer.restart();
    QVERIFY(silent.waitForDisconnected(3000));
    QVERIFY2(timer.elapsed() >= 250, qPrintable(QString::number(timer.elapsed())));

    // A request that completes in time on another connection is served.
    TestClient prompt(m_port);
    prompt.send(get("/api/version"));
    QVERIFY(prompt.waitForResponses(1));
    QCOMPARE(prompt.responses().first().status, 200);
}

void TestHttpServer::idleTimeoutCloses()
{
    HttpServer::Options options;
    options.idleTimeoutMs = 300;
    QVERIFY(startServer(options));

    TestClient client(m_port);
    client.send(get("/api/version"));
    QVERIFY(client.waitForResponses(1));
    QVERIFY(!client.responses().first().headers.contains("connection"));

    QElapsedTimer timer;
    timer.start();
    QVERIFY(client.waitForDisconnected(3000));
    QVERIFY2(timer.elapsed() >= 200, qPrintable(QString::number(timer.elapsed())));
}

void TestHttpServer::trickledBodyCloses()
{
    HttpServer::Options options;
    options.bodyTimeoutMs = 400;
    options.idleTimeoutMs = 5000;
    QVERIFY(startServer(options));

    TestClient slow(m_port);
    QVERIFY(slow.waitForConnected());
    QElapsedTimer timer;
    timer.start();
    slow.send("POST /api/echo HTTP/1.1\r\nHost: " + hostValue()
              + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n");

    // One byte every 100 ms keeps the idle timer from firing; only the body deadline ends it.
    for (int i = 0; i < 30 && !slow.isDisconnected(); ++i) {
        slow.send("1");
        QTest::qWait(100);
    }
    QVERIFY(slow.waitForDisconnected(3000));
    QVERIFY2(timer.elapsed() >= 350 && timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_handlerCalls.load(), 0);
}

void TestHttpServer::portTakenOnIpv6Fails()
{
    QTcpServer squatter;
    if (!squatter.listen(QHostAddress::LocalHostIPv6, 0))
        QSKIP("::1 is not available on this machine");

    HttpServer::Options options;
    options.port = squatter.serverPort();
    HttpServer server;
    server.setRouter(makeRouter());
    const Result<void> listening = server.listen(options);
    QVERIFY(!listening.ok());
    QCOMPARE(listening.error().code, u"PORT_IN_USE"_s);
    QVERIFY(listening.error().message.contains(u"[::1]"_s));
    QVERIFY(!server.isListening());
}

void TestHttpServer::connectionLimit()
{
    HttpServer::Options options;
    options.maxConnections = 2;
    QVERIFY(startServer(options));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Rejected 1 connection"_s));

    TestClient first(m_port);
    TestClient second(m_port);
    first.send(get("/api/version"));
    second.send(get("/api/version"));
    QVERIFY(first.waitForResponses(1));
    QVERIFY(second.waitForResponses(1));

    TestClient third(m_port);
    QVERIFY(third.waitForResponses(1));
    const ClientResponse &rejected = third.responses().first();
    QCOMPARE(rejected.status, 503);
    QCOMPARE(rejected.errorCode(), u"TOO_MANY_CONNECTIONS"_s);
    QCOMPARE(rejected.headers.value("connection"), "close");
    QCOMPARE(rejected.headers.value("retry-after"), "1");
    QVERIFY(third.waitForDisconnected());

    // Closing one connection frees its place.
    first.abort();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->stats().openConnections, 1, WaitMs);
    TestClient fourth(m_port);
    fourth.send(get("/api/version"));
    QVERIFY(fourth.waitForResponses(1));
    QCOMPARE(fourth.responses().first().status, 200);
}

void TestHttpServer::stalledConnectionGivesWay()
{
    HttpServer::Options options;
    options.maxConnections = 2;
    QVERIFY(startServer(options));

    // Two slow clients hold both places with half a request header.
    TestClient slowFirst(m_port);
    TestClient slowSecond(m_port);
    QVERIFY(slowFirst.waitForConnected());
    QVERIFY(slowSecond.waitForConnected());
    slowFirst.send("GET /api/version HTTP/1.1\r\nHost: " + hostValue() + "\r\nX-Slow: ");
    slowSecond.send("GET /api/version HTTP/1.1\r\nHost: " + hostValue() + "\r\nX-Slow: ");
    QTRY_COMPARE_WITH_TIMEOUT(m_server->stats().openConnections, 2, WaitMs);

    // Within the first second they count as new clients and keep their places.
    TestClient early(m_port);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Rejected 1 connection"_s));
    QVERIFY(early.waitForResponses(1));
    QCOMPARE(early.responses().first().status, 503);

    // After a second, a stalled one gives way to a legitimate request: the oldest of the
    // worker thread that takes the new connection.
    QTest::qWait(1100);
    TestClient legitimate(m_port);
    legitimate.send(get("/api/version"));
    QVERIFY(legitimate.waitForResponses(1));
    QCOMPARE(legitimate.responses().first().status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(int(slowFirst.isDisconnected()) + int(slowSecond.isDisconnected()), 1, WaitMs);
    QVERIFY(slowFirst.responses().isEmpty());
    QVERIFY(slowSecond.responses().isEmpty());
}

void TestHttpServer::clientGoneBeforeResponse()
{
    QVERIFY(startServer());
    TestClient client(m_port);
    client.send(get("/held"));
    QTRY_COMPARE_WITH_TIMEOUT(m_handlerCalls.load(), 1, WaitMs);

    client.abort();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->stats().openConnections, 0, WaitMs);
    const quint64 responsesBefore = totalResponses(m_server->stats());

    // Send the response from another thread after the connection is gone.
    Responder lateResponder;
    {
        QMutexLocker locker(&m_heldRespondersMutex);
        QCOMPARE(m_heldResponders.size(), 1);
        lateResponder = m_heldResponders.takeFirst();
    }
    QMetaObject::invokeMethod(
        &m_helperContext,
        [lateResponder] { lateResponder.send(ApiReply::success(QJsonObject{{u"late"_s, true}})); },
        Qt::BlockingQueuedConnection);
    QTest::qWait(100);
    QCOMPARE(totalResponses(m_server->stats()), responsesBefore);

    // The server still serves the next client.
    TestClient next(m_port);
    next.send(get("/api/version"));
    QVERIFY(next.waitForResponses(1));
    QCOMPARE(next.responses().first().status, 200);
}

void TestHttpServer::responderSendsOnce()
{
    QVERIFY(startServer());
    TestClient client(m_port);
    client.send(get("/twice") + get("/api/version"));
    QVERIFY(client.waitForResponses(2));
    QTest::qWait(200);

    QCOMPARE(client.responses().size(), 2);
    QCOMPARE(client.responses().at(0).data().value(u"name"_s).toString(), u"first"_s);
    QCOMPARE(client.responses().at(1).data().value(u"version"_s).toString(), u"test"_s);
}

void TestHttpServer::silentHandlerGets500()
{
    QVERIFY(startServer());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Handler finished without a response"_s));

    TestClient client(m_port);
    client.send(get("/silent"));
    QVERIFY(client.waitForResponses(1));
    QCOMPARE(client.responses().first().status, 500);
    QCOMPARE(client.responses().first().errorCode(), u"INTERNAL_ERROR"_s);
}

void TestHttpServer::malformedInputGets400()
{
    QVERIFY(startServer());
    TestClient client(m_port);
    client.send("EHLO localhost\r\n");
    QVERIFY(client.waitForResponses(1));

    const ClientResponse &response = client.responses().first();
    QCOMPARE(response.status, 400);
    QCOMPARE(response.errorCode(), u"MALFORMED_REQUEST"_s);
    QCOMPARE(response.headers.value("connection"), "close");
    QCOMPARE(response.headers.value("content-type"), "application/json");
    QVERIFY(client.waitForDisconnected());
}

void TestHttpServer::oversizedUploadGets413()
{
    HttpServer::Options options;
    options.maxBodyBytes = 1024;
    QVERIFY(startServer(options));

    // The client sends the whole 4 MB body without waiting. The lingering close lets it read
    // the 413 instead of a connection reset.
    const QByteArray body(4 * 1024 * 1024, 'x');
    TestClient client(m_port);
    client.send("POST /api/echo HTTP/1.1\r\nHost: " + hostValue() + "\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QVERIFY(client.waitForResponses(1));

    const ClientResponse &response = client.responses().first();
    QCOMPARE(response.status, 413);
    QCOMPARE(response.errorCode(), u"PAYLOAD_TOO_LARGE"_s);
    QCOMPARE(response.headers.value("connection"), "close");
    QVERIFY(client.waitForDisconnected());
    QCOMPARE(m_handlerCalls.load(), 0);
}

void TestHttpServer::countsResponses()
{
    QVERIFY(startServer());
    TestClient client(m_port);
    client.send(get("/api/version") + get("/fast") + get("/api/missing"));
    QVERIFY(client.waitForResponses(3));

    TestClient garbage(m_port);
    garbage.send("EHLO localhost\r\n");
    QVERIFY(garbage.waitForResponses(1));

    QTRY_COMPARE_WITH_TIMEOUT(totalResponses(m_server->stats()), 4u, WaitMs);
    const HttpServer::Stats stats = m_server->stats();
    QCOMPARE(stats.requestsServed, 3u);
    QCOMPARE(stats.responsesByClass[1], 2u);
    QCOMPARE(stats.responsesByClass[3], 2u);
    QCOMPARE(stats.responsesByClass[4], 0u);
}

void TestHttpServer::portInUse()
{
    QVERIFY(startServer());

    HttpServer second;
    HttpServer::Options options;
    options.port = m_port;
    const Result<void> result = second.listen(options);

    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"PORT_IN_USE"_s);
    QVERIFY2(result.error().message.contains(QString::number(m_port)),
             qPrintable(result.error().message));
    QVERIFY(!second.isListening());

    // The first server is unaffected.
    TestClient client(m_port);
    client.send(get("/api/version"));
    QVERIFY(client.waitForResponses(1));
    QCOMPARE(client.responses().first().status, 200);
}

void TestHttpServer::bindsLoopbackOnly()
{
    QVERIFY(startServer());
    const QList<QHostAddress> addresses = m_server->listenAddresses();

    QVERIFY(addresses.contains(QHostAddress(QHostAddress::LocalHost)));
    for (const QHostAddress &address : addresses) {
        QVERIFY2(address.isLoopback(), qPrintable(address.toString()));
        QVERIFY(address != QHostAddress::Any);
        QVERIFY(address != QHostAddress::AnyIPv4);
        QVERIFY(address != QHostAddress::AnyIPv6);
    }

    HttpServer invalid;
    HttpServer::Options options;
    options.workerThreads = 0;
    const Result<void> result = invalid.listen(options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"INVALID_OPTIONS"_s);
}

void TestHttpServer::closeDisconnectsClients()
{
    QVERIFY(startServer());
    TestClient client(m_port);
    client.send(get("/api/version"));
    QVERIFY(client.waitForResponses(1));

    m_server->close();
    QVERIFY(!m_server->isListening());
    QVERIFY(client.waitForDisconnected());

    // Counters survive the stop.
    QCOMPARE(m_server->stats().requestsServed, 1u);
    QCOMPARE(m_server->stats().openConnections, 0);
}

void TestHttpServer::halfClosedClient()
{
#ifdef Q_OS_WIN
    QSKIP("uses the POSIX shutdown() call");
#endif
    QVERIFY(startServer());
    TestClient client(m_port);
    client.send(get("/slow"));
    client.shutdownSending();

    QEXPECT_FAIL("", "QAbstractSocket closes the socket when the peer shuts down its sending side",
                 Continue);
    QVERIFY(client.waitForResponses(1, 2000));
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"

