// The API over the local socket: a real HttpServer listening on a Unix domain socket in a
// temporary directory, with QLocalSocket clients that send raw bytes.

#include "RawHttpClient.h"

#include "api/ApiReply.h"
#include "api/HttpRequest.h"
#include "api/HttpServer.h"
#include "api/Responder.h"
#include "api/Router.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// Routes that report what the handler saw of the transport.
std::shared_ptr<const Router> transportRouter()
{
    auto router = std::make_shared<Router>();
    router->addRoute("GET", u"/transport"_s, [](const HttpRequest &request, Responder responder) {
        responder.send(ApiReply::success(QJsonObject{
            {u"via_local_socket"_s, request.viaLocalSocket},
            {u"peer_address"_s, request.peerAddress.toString()},
            {u"remote"_s, request.remoteName()},
        }));
    });
    router->addRoute("GET", u"/echo/<value>"_s, [](const HttpRequest &request, Responder responder) {
        responder.send(ApiReply::success(QJsonObject{{u"value"_s, request.pathParams.value(u"value"_s)}}));
    });
    return router;
}

// Binds a Unix domain socket at `path` and closes it without removing the file, as a crashed
// broker leaves it.
bool createStaleSocket(const QString &path)
{
    const int descriptor = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (descriptor < 0)
        return false;
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(path);
    std::memcpy(address.sun_path, encoded.constData(), qMin<std::size_t>(encoded.size(), sizeof(address.sun_path) - 1));
    const bool bound = ::bind(descriptor, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    ::close(descriptor);
    return bound;
}

QJsonObject dataOf(const RawHttpClient::Response &response)
{
    return QJsonDocument::fromJson(response.body).object().value(u"data"_s).toObject();
}

} // namespace

class LocalSocketTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void requestOverSocket();
    void hostCheck_data();
    void hostCheck();
    void socketIsUserOnly();
    void socketRemovedOnClose();
    void staleSocketRemoved();
    void secondServerRefused();
    void nonSocketFileKept();
    void pipelinedRequests();
    void splitRequest();
    void oversizeHeaderRejected();

private:
    Result<void> startServer(HttpServer &server, const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HttpServer> m_server;
    QString m_path;
};

void LocalSocketTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // A subdirectory that does not exist yet, so the server creates it.
    m_path = m_dir->filePath(u"run/api.sock"_s);
    m_server = std::make_unique<HttpServer>();
    const Result<void> listening = startServer(*m_server, m_path);
    QVERIFY2(listening.ok(), qPrintable(listening.error().message));
}

void LocalSocketTest::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

Result<void> LocalSocketTest::startServer(HttpServer &server, const QString &path)
{
    server.setRouter(transportRouter());
    HttpServer::Options options;
    options.workerThreads = 1;
    options.localSocketPath = path;
    return server.listen(options);
}

void LocalSocketTest::requestOverSocket()
{
    QCOMPARE(m_server->localSocketPath(), m_path);

    RawHttpClient client;
    QVERIFY(client.connectLocal(m_path));
    client.write(RawHttpClient::get("/transport"));
    const std::optional<RawHttpClient::Response> response = client.readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    const QJsonObject data = dataOf(*response);
    QCOMPARE(data.value(u"via_local_socket"_s).toBool(), true);
    QCOMPARE(data.value(u"peer_address"_s).toString(), QString());
    QCOMPARE(data.value(u"remote"_s).toString(), u"local socket"_s);
}

void LocalSocketTest::hostCheck_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");

    QTest::newRow("localhost") << RawHttpClient::get("/transport", "localhost") << 200;
    QTest::newRow("LOCALHOST") << RawHttpClient::get("/transport", "LOCALHOST") << 200;
    QTest::newRow("127.0.0.1") << RawHttpClient::get("/transport", "127.0.0.1") << 200;
    QTest::newRow("[::1]") << RawHttpClient::get("/transport", "[::1]") << 200;
    // The server is not listening yet here; hostCheck() puts its TCP port in for @PORT@.
    QTest::newRow("localhost with API port") << RawHttpClient::get("/transport", "localhost:@PORT@") << 200;
    QTest::newRow("hostile: foreign name") << RawHttpClient::get("/transport", "attacker.example") << 421;
    QTest::newRow("hostile: localhost with other port") << RawHttpClient::get("/transport", "localhost:1") << 421;
    QTest::newRow("hostile: trailing dot") << RawHttpClient::get("/transport", "localhost.") << 421;
    QTest::newRow("hostile: socket path") << RawHttpClient::get("/transport", "%2Frun%2Fapi.sock") << 421;
    QTest::newRow("hostile: no Host") << QByteArray("GET /transport HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("hostile: foreign origin")
        << RawHttpClient::get("/transport", "localhost", "Origin: https://attacker.example\r\n") << 403;
}

void LocalSocketTest::hostCheck()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    request.replace("@PORT@", QByteArray::number(m_server->serverPort()));

    RawHttpClient client;
    QVERIFY(client.connectLocal(m_path));
    client.write(request);
    const std::optional<RawHttpClient::Response> response = client.readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, status);
}

void LocalSocketTest::socketIsUserOnly()
{
    struct stat socketStatus{};
    QCOMPARE(::lstat(QFile::encodeName(m_path).constData(), &socketStatus), 0);
    QVERIFY(S_ISSOCK(socketStatus.st_mode));
    QCOMPARE(socketStatus.st_uid, ::getuid());
    QCOMPARE(socketStatus.st_mode & (S_IRWXG | S_IRWXO), 0u);

    struct stat directoryStatus{};
    QCOMPARE(::stat(QFile::encodeName(m_dir->filePath(u"run"_s)).constData(), &directoryStatus), 0);
    QCOMPARE(directoryStatus.st_mode & 0777, 0700u);
}

void LocalSocketTest::socketRemovedOnClose()
{
    QVERIFY(QFile::exists(m_path));
    m_server->close();
    QVERIFY(!QFile::exists(m_path));
    QCOMPARE(m_server->localSocketPath(), QString());
}

void LocalSocketTest::staleSocketRemoved()
{
    m_server.reset();
    QVERIFY(!QFile::exists(m_path));
    QVERIFY(createStaleSocket(m_path));
    QVERIFY(QFile::exists(m_path));

    HttpServer server;
    const Result<void> listening = startServer(server, m_path);
    QVERIFY2(listening.ok(), qPrintable(listening.error().message));

    RawHttpClient client;
    QVERIFY(client.connectLocal(m_path));
    client.write(RawHttpClient::get("/echo/fresh"));
    const std::optional<RawHttpClient::Response> response = client.readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
}

void LocalSocketTest::secondServerRefused()
{
    HttpServer second;
    const Result<void> listening = startServer(second, m_path);
    QVERIFY(!listening.ok());
    QCOMPARE(listening.error().code, u"SOCKET_IN_USE"_s);
    QVERIFY(listening.error().message.contains(m_path));
    // The refused server releases its TCP port too.
    QVERIFY(!second.isListening());

    // The first server still owns the socket and serves it.
    RawHttpClient client;
    QVERIFY(client.connectLocal(m_path));
    client.write(RawHttpClient::get("/echo/first"));
    const std::optional<RawHttpClient::Response> response = client.readResponse();
    QVERIFY(response);
    QCOMPARE(dataOf(*response).value(u"value"_s).toString(), u"first"_s);
}

void LocalSocketTest::nonSocketFileKept()
{
    const QString path = m_dir->filePath(u"notes.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();

    HttpServer server;
    const Result<void> listening = startServer(server, path);
    QVERIFY(!listening.ok());
    QCOMPARE(listening.error().code, u"SOCKET_PATH_TAKEN"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

void LocalSocketTest::pipelinedRequests()
{
    RawHttpClient client;
    QVERIFY(client.connectLocal(m_path));
    client.write(RawHttpClient::get("/echo/one") + RawHttpClient::get("/echo/two") + RawHttpClient::get("/echo/three"));

    for (const QString &expected : {u"one"_s, u"two"_s, u"three"_s}) {
        const std::optional<RawHttpClient::Response> response = client.readResponse();
        QVERIFY2(response, qPrintable(expected));
        QCOMPARE(response->status, 200);
        QCOMPARE(dataOf(*response).value(u"value"_s).toString(), expected);
    }
}

void LocalSocketTest::splitRequest()
{
    RawHttpClient client;
    QVERIFY(client.connectLocal(m_path));
    const QByteArray request = RawHttpClient::get("/echo/split");
    // One byte, the rest of the request line, then the headers in two parts.
    const QList<qsizetype> cuts{1, 12, request.size() - 5};
    qsizetype start = 0;
    for (qsizetype cut : cuts) {
        client.write(request.mid(start, cut - start));
        start = cut;
        QTest::qWait(20);
    }
    QVERIFY(!client.readResponse(50));
    client.write(request.mid(start));

    const std::optional<RawHttpClient::Response> response = client.readResponse();
    QVERIFY(response);
    QCOMPARE(dataOf(*response).value(u"value"_s).toString(), u"split"_s);
}

void LocalSocketTest::oversizeHeaderRejected()
{
    RawHttpClient client;
    QVERIFY(client.connectLocal(m_path));
    const QByteArray filler = "X-Filler: " + QByteArray(20 * 1024, 'a') + "\r\n";
    client.write(RawHttpClient::get("/echo/big", "localhost", filler));

    const std::optional<RawHttpClient::Response> response = client.readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 431);
    QVERIFY(response->body.contains("REQUEST_HEADER_FIELDS_TOO_LARGE"));
    QVERIFY(client.waitForClosed());
}

QTEST_GUILESS_MAIN(LocalSocketTest)
#include "tst_localsocket.moc"
