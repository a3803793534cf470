#include "api/HttpRequestParser.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView SimpleGet = "GET /api/version HTTP/1.1\r\nHost: 127.0.0.1:8765\r\n\r\n";

QByteArray postWithBody(const QByteArray &body)
{
    return "POST /api/echo?mode=plain HTTP/1.1\r\n"
           "Host: 127.0.0.1:8765\r\n"
           "Content-Type: text/plain\r\n"
           "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QList<HttpRequest> drain(HttpRequestParser &parser)
{
    QList<HttpRequest> requests;
    while (parser.hasRequest())
        requests.append(parser.takeRequest());
    return requests;
}

} // namespace

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesRequests_data();
    void parsesRequests();
    void splitAtEveryOffset();
    void feedByteByByte();
    void rejectsInput_data();
    void rejectsInput();
    void keepsRequestsBeforeFailure();
    void hugeHeaderLineNotBuffered();
    void repeatedHeadersJoined();
    void decodesTarget();
    void keepAlive_data();
    void keepAlive();
    void ignoresInputAfterClose();
    void expectContinueOnce();
    void tracksHeaderPhase();
};

void TestHttpRequestParser::parsesRequests_data()
{
    QTest::addColumn<QByteArrayList>("pieces");
    QTest::addColumn<QByteArrayList>("methods");
    QTest::addColumn<QByteArrayList>("targets");
    QTest::addColumn<QByteArrayList>("bodies");

    QTest::newRow("complete GET") << QByteArrayList{SimpleGet.toByteArray()}
                                  << QByteArrayList{"GET"} << QByteArrayList{"/api/version"}
                                  << QByteArrayList{QByteArray()};

    const QByteArray headers = "POST /api/echo HTTP/1.1\r\nHost: localhost:1\r\n"
                               "Content-Length: 5\r\n\r\n";
    QTest::newRow("headers then body byte by byte")
        << QByteArrayList{headers, "h", "e", "l", "l", "o"} << QByteArrayList{"POST"}
        << QByteArrayList{"/api/echo"} << QByteArrayList{"hello"};

    QTest::newRow("two pipelined GETs in one feed")
        << QByteArrayList{"GET /a HTTP/1.1\r\nHost: h:1\r\n\r\nGET /b?x=1 HTTP/1.1\r\nHost: h:1\r\n\r\n"}
        << QByteArrayList{"GET", "GET"} << QByteArrayList{"/a", "/b?x=1"}
        << QByteArrayList{QByteArray(), QByteArray()};

    QTest::newRow("chunked body")
        << QByteArrayList{"POST /api/echo HTTP/1.1\r\nHost: h:1\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"}
        << QByteArrayList{"POST"} << QByteArrayList{"/api/echo"} << QByteArrayList{"hello world"};

    QTest::newRow("chunked body split inside chunks")
        << QByteArrayList{"POST /api/echo HTTP/1.1\r\nHost: h:1\r\nTransfer-Encoding: chunked\r\n\r\n5\r",
                          "\nhel", "lo\r\n", "6\r\n world\r\n0\r", "\n\r\n"}
        << QByteArrayList{"POST"} << QByteArrayList{"/api/echo"} << QByteArrayList{"hello world"};

    QTest::newRow("chunked body with trailer")
        << QByteArrayList{"POST /t HTTP/1.1\r\nHost: h:1\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "3\r\nabc\r\n0\r\nX-Checksum: 1\r\n\r\n"}
        << QByteArrayList{"POST"} << QByteArrayList{"/t"} << QByteArrayList{"abc"};

    QTest::newRow("request line cut mid-path then completed")
        << QByteArrayList{"GET /api/tok", "ens/abc HTTP/1.1\r\nHost: h:1\r\n\r\n"}
        << QByteArrayList{"GET"} << QByteArrayList{"/api/tokens/abc"}
        << QByteArrayList{QByteArray()};

    QTest::newRow("empty lines before request")
        << QByteArrayList{"\r\n\r\nGET / HTTP/1.1\r\nHost: h:1\r\n\r\n"} << QByteArrayList{"GET"}
        << QByteArrayList{"/"} << QByteArrayList{QByteArray()};

    QTest::newRow("pipelined POST and GET split across feeds")
        << QByteArrayList{postWithBody("abc").left(40), postWithBody("abc").mid(40) + "GET /x HT",
                          "TP/1.1\r\nHost: h:1\r\n\r\n"}
        << QByteArrayList{"POST", "GET"} << QByteArrayList{"/api/echo?mode=plain", "/x"}
        << QByteArrayList{"abc", QByteArray()};
}

void TestHttpRequestParser::parsesRequests()
{
    QFETCH(QByteArrayList, pieces);
    QFETCH(QByteArrayList, methods);
    QFETCH(QByteArrayList, targets);
    QFETCH(QByteArrayList, bodies);

    HttpRequestParser parser;
    for (const QByteArray &piece : pieces)
        parser.feed(piece);

    QVERIFY2(!parser.hasFailed(), qPrintable(parser.hasFailed() ? parser.failure().error.message
                                                                : QString()));
    const QList<HttpRequest> requests = drain(parser);
    QCOMPARE(requests.size(), methods.size());
    for (qsizetype i = 0; i < requests.size(); ++i) {
        QCOMPARE(requests.at(i).method, methods.at(i));
        QCOMPARE(requests.at(i).target, targets.at(i));
        QCOMPARE(requests.at(i).body, bodies.at(i));
        QCOMPARE(requests.at(i).header("host").isEmpty(), false);
    }
}

void TestHttpRequestParser::splitAtEveryOffset()
{
    const QByteArray input = postWithBody("{\"scopes\":[\"mail.read\"]}");

    HttpRequestParser reference;
    reference.feed(input);
    QVERIFY(reference.hasRequest());
    const HttpRequest expected = reference.takeRequest();

    for (qsizetype offset = 0; offset <= input.size(); ++offset) {
        HttpRequestParser parser;
        parser.feed(QByteArrayView(input).first(offset));
        parser.feed(QByteArrayView(input).sliced(offset));

        const QByteArray where = "split at offset " + QByteArray::number(offset);
        QVERIFY2(!parser.hasFailed(), where.constData());
        QVERIFY2(parser.hasRequest(), where.constData());

        const HttpRequest request = parser.takeRequest();
        QCOMPARE(request.method, expected.method);
        QCOMPARE(request.target, expected.target);
        QCOMPARE(request.path, expected.path);
        QCOMPARE(request.headers, expected.headers);
        QCOMPARE(request.body, expected.body);
        QVERIFY2(!parser.hasRequest(), where.constData());
    }
}

void TestHttpRequestParser::feedByteByByte()
{
    const QByteArray input = postWithBody("0123456789") + SimpleGet.toByteArray();

    HttpRequestParser parser;
    for (const char byte : input)
        parser.feed(QByteArrayView(&byte, 1));

    QVERIFY(!parser.hasFailed());
    const QList<HttpRequest> requests = drain(parser);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).body, "0123456789");
    QCOMPARE(requests.at(0).header("content-type"), "text/plain");
    QCOMPARE(requests.at(1).target, "/api/version");
}

void TestHttpRequestParser::rejectsInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("SMTP greeting") << QByteArray("EHLO localhost\r\n") << 400
                                   << u"MALFORMED_REQUEST"_s;
    QTest::newRow("TLS ClientHello") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11)
                                     << 400 << u"MALFORMED_REQUEST"_s;
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : h:1\r\n\r\n") << 400
                                        << u"MALFORMED_REQUEST"_s;

    QByteArray manyHeaders = "GET / HTTP/1.1\r\nHost: h:1\r\n";
    for (int i = 0; i < 40; ++i)
        manyHeaders += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(40, 'v') + "\r\n";
    QTest::newRow("header block over limit") << manyHeaders + "\r\n" << 431
                                             << u"REQUEST_HEADER_FIELDS_TOO_LARGE"_s;
    QTest::newRow("request-target over limit")
        << "GET /" + QByteArray(2048, 'a') + " HTTP/1.1\r\n" << 431
        << u"REQUEST_HEADER_FIELDS_TOO_LARGE"_s;

    QTest::newRow("Content-Length 99999999999 before any body")
        << QByteArray("POST /api/echo HTTP/1.1\r\nHost: h:1\r\nContent-Length: 99999999999\r\n\r\n")
        << 413 << u"PAYLOAD_TOO_LARGE"_s;
    QTest::newRow("Content-Length one over limit")
        << QByteArray("POST /api/echo HTTP/1.1\r\nHost: h:1\r\nContent-Length: 2049\r\n\r\n")
        << 413 << u"PAYLOAD_TOO_LARGE"_s;
    QTest::newRow("chunk over limit")
        << QByteArray("POST / HTTP/1.1\r\nHost: h:1\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "FFFFFF\r\nabc")
        << 413 << u"PAYLOAD_TOO_LARGE"_s;
    QTest::newRow("chunks adding up over limit")
        << "POST / HTTP/1.1\r\nHost: h:1\r\nTransfer-Encoding: chunked\r\n\r\n400\r\n"
               + QByteArray(1024, 'a') + "\r\n400\r\n" + QByteArray(1024, 'b') + "\r\n1\r\n"
        << 413 << u"PAYLOAD_TOO_LARGE"_s;

    QTest::newRow("negative Content-Length")
        << QByteArray("POST / HTTP/1.1\r\nHost: h:1\r\nContent-Length: -1\r\n\r\n") << 400
        << u"INVALID_CONTENT_LENGTH"_s;
    QTest::newRow("non-numeric Content-Length")
        << QByteArray("POST / HTTP/1.1\r\nHost: h:1\r\nContent-Length: 12abc\r\n\r\n") << 400
        << u"INVALID_CONTENT_LENGTH"_s;
    QTest::newRow("Content-Length above 2^64")
        << QByteArray("POST / HTTP/1.1\r\nHost: h:1\r\nContent-Length: 18446744073709551616\r\n\r\n")
        << 400 << u"INVALID_CONTENT_LENGTH"_s;
    QTest::newRow("two Content-Length fields")
        << QByteArray("POST / HTTP/1.1\r\nHost: h:1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
        << 400 << u"INVALID_CONTENT_LENGTH"_s;
    QTest::newRow("Content-Length with chunked")
        << QByteArray("POST / HTTP/1.1\r\nHost: h:1\r\nContent-Length: 3\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
        << 400 << u"INVALID_CONTENT_LENGTH"_s;
    QTest::newRow("invalid chunk size")
        << QByteArray("POST / HTTP/1.1\r\nHost: h:1\r\nTransfer-Encoding: chunked\r\n\r\nxyz\r\n")
        << 400 << u"MALFORMED_REQUEST"_s;

    QTest::newRow("absolute-form target")
        << QByteArray("GET http://127.0.0.1:8765/api/version HTTP/1.1\r\nHost: h:1\r\n\r\n") << 400
        << u"INVALID_REQUEST_TARGET"_s;
    QTest::newRow("authority-form CONNECT")
        << QByteArray("CONNECT 127.0.0.1:443 HTTP/1.1\r\nHost: 127.0.0.1:443\r\n\r\n") << 400
        << u"INVALID_REQUEST_TARGET"_s;
    QTest::newRow("asterisk-form OPTIONS")
        << QByteArray("OPTIONS * HTTP/1.1\r\nHost: h:1\r\n\r\n") << 400
        << u"INVALID_REQUEST_TARGET"_s;
    QTest::newRow("network-path target")
        << QByteArray("GET //evil.test/api HTTP/1.1\r\nHost: h:1\r\n\r\n") << 400
        << u"INVALID_REQUEST_TARGET"_s;
    QTest::newRow("dot-dot segment")
        << QByteArray("GET /api/../oauth HTTP/1.1\r\nHost: h:1\r\n\r\n") << 400
        << u"INVALID_REQUEST_TARGET"_s;
    QTest::newRow("encoded dot-dot segment")
        << QByteArray("GET /api/%2e%2E/oauth HTTP/1.1\r\nHost: h:1\r\n\r\n") << 400
        << u"INVALID_REQUEST_TARGET"_s;
    QTest::newRow("encoded NUL in path")
        << QByteArray("GET /api/tokens/a%00b HTTP/1.1\r\nHost: h:1\r\n\r\n") << 400
        << u"INVALID_REQUEST_TARGET"_s;
    QTest::newRow("encoded line break in path")
        << QByteArray("GET /api/tokens/a%0d%0aX HTTP/1.1\r\nHost: h:1\r\n\r\n") << 400
        << u"INVALID_REQUEST_TARGET"_s;
    QTest::newRow("invalid percent-encoding")
        << QByteArray("GET /api/%zz HTTP/1.1\r\nHost: h:1\r\n\r\n") << 400
        << u"INVALID_REQUEST_TARGET"_s;
    QTest::newRow("raw non-ASCII byte in path")
        << QByteArray("GET /api/\xff HTTP/1.1\r\nHost: h:1\r\n\r\n") << 400
        << u"INVALID_REQUEST_TARGET"_s;
    QTest::newRow("bare CR in header value")
        << QByteArray("GET / HTTP/1.1\r\nHost: h:1\r\nX-A: a\rb\r\n\r\n") << 400
        << u"MALFORMED_REQUEST"_s;
    QTest::newRow("invalid UTF-8 in path")
        << QByteArray("GET /api/%ff%fe HTTP/1.1\r\nHost: h:1\r\n\r\n") << 400
        << u"INVALID_REQUEST_TARGET"_s;

    QTest::newRow("two Host fields")
        << QByteArray("GET / HTTP/1.1\r\nHost: 127.0.0.1:1\r\nHost: evil.test:1\r\n\r\n") << 400
        << u"DUPLICATE_HOST_HEADER"_s;
    QTest::newRow("HTTP/2.0 request line")
        << QByteArray("GET / HTTP/2.0\r\nHost: h:1\r\n\r\n") << 505
        << u"HTTP_VERSION_NOT_SUPPORTED"_s;
    QTest::newRow("HTTP/2 connection preface")
        << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 400 << u"MALFORMED_REQUEST"_s;
}

void TestHttpRequestParser::rejectsInput()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    QFETCH(QString, code);

    HttpRequestParser parser(HttpRequestParser::Limits{1024, 2048});
    parser.feed(input);

    QVERIFY(parser.hasFailed());
    QCOMPARE(parser.failure().status, status);
    QCOMPARE(parser.failure().error.code, code);
    QVERIFY(!parser.failure().error.message.isEmpty());
    QVERIFY(!parser.hasRequest());

    // A failed parser stays failed and ignores a valid request that follows.
    parser.feed(SimpleGet);
    QVERIFY(!parser.hasRequest());
    QCOMPARE(parser.failure().status, status);
}

void TestHttpRequestParser::keepsRequestsBeforeFailure()
{
    HttpRequestParser parser;
    parser.feed(QByteArray(SimpleGet.toByteArray() + "EHLO localhost\r\n"));

    QVERIFY(parser.hasFailed());
    QCOMPARE(parser.failure().status, 400);
    QVERIFY(parser.hasRequest());
    QCOMPARE(parser.takeRequest().target, "/api/version");
    QVERIFY(!parser.hasRequest());
}

void TestHttpRequestParser::hugeHeaderLineNotBuffered()
{
    // A 10 MB header line, offered the way a socket delivers it. The parser must fail once
    // the header limit is passed, long before the whole line has arrived.
    const qint64 lineBytes = 10 * 1024 * 1024;
    const qint64 pieceBytes = 64 * 1024;
    const int maxHeaderBytes = 16 * 1024;

    HttpRequestParser parser(HttpRequestParser::Limits{maxHeaderBytes, 1024 * 1024});
    parser.feed("GET / HTTP/1.1\r\nHost: h:1\r\nX-Huge: ");

    const QByteArray piece(pieceBytes, 'x');
    qint64 fed = 0;
    while (fed < lineBytes && !parser.hasFailed()) {
        parser.feed(piece);
        fed += piece.size();
    }

    QVERIFY(parser.hasFailed());
    QCOMPARE(parser.failure().status, 431);
    QCOMPARE(parser.failure().error.code, u"REQUEST_HEADER_FIELDS_TOO_LARGE"_s);
    QVERIFY2(fed <= maxHeaderBytes + pieceBytes,
             qPrintable(u"failed only after %1 bytes"_s.arg(fed)));

    // The same line in a single feed fails too.
    HttpRequestParser oneShot(HttpRequestParser::Limits{maxHeaderBytes, 1024 * 1024});
    oneShot.feed(QByteArray("GET / HTTP/1.1\r\nHost: h:1\r\nX-Huge: " + QByteArray(lineBytes, 'x')));
    QVERIFY(oneShot.hasFailed());
    QCOMPARE(oneShot.failure().status, 431);
}

void TestHttpRequestParser::repeatedHeadersJoined()
{
    HttpRequestParser parser;
    parser.feed("GET / HTTP/1.1\r\n"
                "Host: 127.0.0.1:8765\r\n"
                "Accept: text/plain\r\n"
                "ACCEPT: application/json  \r\n"
                "Cookie: a=1\r\n"
                "cookie: b=2\r\n"
                "X-Empty:\r\n"
                "X-Padded: \t padded value \t\r\n"
                "\r\n");

    QVERIFY(!parser.hasFailed());
    QVERIFY(parser.hasRequest());
    const HttpRequest request = parser.takeRequest();

    QCOMPARE(request.headers.value("accept"), "text/plain, application/json");
    QCOMPARE(request.header("Accept"), "text/plain, application/json");
    QCOMPARE(request.headers.value("cookie"), "a=1; b=2");
    QVERIFY(request.headers.contains("x-empty"));
    QCOMPARE(request.header("x-empty"), QByteArray());
    QCOMPARE(request.header("X-PADDED"), "padded value");
    QCOMPARE(request.header("x-missing"), QByteArray());
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
        QCOMPARE(it.key(), it.key().toLower());
}

void TestHttpRequestParser::decodesTarget()
{
    HttpRequestParser parser;
    parser.feed("GET /oauth/my%20provider/callback/a%2Fb?code=x%2By&state=s%26t&flag HTTP/1.1\r\n"
                "Host: h:1\r\n\r\n");
    QVERIFY(!parser.hasFailed());
    QVERIFY(parser.hasRequest());
    const HttpRequest request = parser.takeRequest();

    QCOMPARE(request.target, "/oauth/my%20provider/callback/a%2Fb?code=x%2By&state=s%26t&flag");
    QCOMPARE(request.path, u"/oauth/my provider/callback/a/b"_s);
    QCOMPARE(request.pathSegments, (QStringList{u"oauth"_s, u"my provider"_s, u"callback"_s, u"a/b"_s}));
    QCOMPARE(request.query.queryItemValue(u"code"_s, QUrl::FullyDecoded), u"x+y"_s);
    QCOMPARE(request.query.queryItemValue(u"state"_s, QUrl::FullyDecoded), u"s&t"_s);
    QVERIFY(request.query.hasQueryItem(u"flag"_s));

    HttpRequest root;
    QVERIFY(root.setTarget("/"));
    QVERIFY(root.pathSegments.isEmpty());
    QVERIFY(root.setTarget("/api/"));
    QCOMPARE(root.pathSegments, (QStringList{u"api"_s, QString()}));
}

void TestHttpRequestParser::keepAlive_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("keepAlive");

    QTest::newRow("HTTP/1.1 default") << QByteArray("GET / HTTP/1.1\r\nHost: h:1\r\n\r\n") << true;
    QTest::newRow("HTTP/1.1 Connection: close")
        << QByteArray("GET / HTTP/1.1\r\nHost: h:1\r\nConnection: close\r\n\r\n") << false;
    QTest::newRow("HTTP/1.0 default") << QByteArray("GET / HTTP/1.0\r\nHost: h:1\r\n\r\n") << false;
    QTest::newRow("HTTP/1.0 keep-alive")
        << QByteArray("GET / HTTP/1.0\r\nHost: h:1\r\nConnection: keep-alive\r\n\r\n") << true;
    QTest::newRow("Upgrade to WebSocket")
        << QByteArray("GET / HTTP/1.1\r\nHost: h:1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n")
        << false;
}

void TestHttpRequestParser::keepAlive()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, keepAlive);

    HttpRequestParser parser;
    parser.feed(input);
    QVERIFY(!parser.hasFailed());
    QVERIFY(parser.hasRequest());
    QCOMPARE(parser.takeRequest().keepAlive, keepAlive);
    QCOMPARE(parser.isFinished(), !keepAlive);
}

void TestHttpRequestParser::ignoresInputAfterClose()
{
    HttpRequestParser parser;
    parser.feed("GET /a HTTP/1.1\r\nHost: h:1\r\nConnection: close\r\n\r\nGET /b HTTP/1.1\r\n");
    parser.feed("garbage that is not HTTP\r\n");

    QVERIFY(!parser.hasFailed());
    QVERIFY(parser.isFinished());
    QVERIFY(parser.hasRequest());
    QCOMPARE(parser.takeRequest().target, "/a");
    QVERIFY(!parser.hasRequest());
}

void TestHttpRequestParser::expectContinueOnce()
{
    HttpRequestParser parser;
    parser.feed("POST /api/echo HTTP/1.1\r\nHost: h:1\r\nExpect: 100-continue\r\n"
                "Content-Length: 3\r\n\r\n");
    QVERIFY(!parser.hasFailed());
    QVERIFY(parser.takeContinueRequest());
    QVERIFY(!parser.takeContinueRequest());

    parser.feed("abc");
    QVERIFY(parser.hasRequest());
    QCOMPARE(parser.takeRequest().body, "abc");

    // No interim response for a request without a body or from an HTTP/1.0 client.
    parser.feed("GET / HTTP/1.1\r\nHost: h:1\r\nExpect: 100-continue\r\n\r\n");
    QVERIFY(!parser.takeContinueRequest());
    HttpRequestParser oldClient;
    oldClient.feed("POST / HTTP/1.0\r\nHost: h:1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
    QVERIFY(!oldClient.takeContinueRequest());
}

void TestHttpRequestParser::tracksHeaderPhase()
{
    HttpRequestParser parser;
    QVERIFY(!parser.isReadingHeaders());
    QCOMPARE(parser.requestsStarted(), 0u);

    parser.feed("GET / HT");
    QVERIFY(parser.isReadingHeaders());
    QCOMPARE(parser.requestsStarted(), 1u);

    parser.feed("TP/1.1\r\nHost: h:1\r\nContent-Length: 2\r\n\r\na");
    QVERIFY(!parser.isReadingHeaders());

    parser.feed("bG");
    QVERIFY(parser.hasRequest());
    QVERIFY(parser.isReadingHeaders());
    QCOMPARE(parser.requestsStarted(), 2u);
}

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
