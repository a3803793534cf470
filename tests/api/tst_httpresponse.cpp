#include "api/ApiReply.h"
#include "api/HttpResponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct ParsedResponse
{
    QByteArray statusLine;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArrayList values(QByteArrayView name) const
    {
        QByteArrayList found;
        for (const auto &[fieldName, value] : headers) {
            if (fieldName.compare(name, Qt::CaseInsensitive) == 0)
                found.append(value);
        }
        return found;
    }
};

QList<QByteArray> splitLines(const QByteArray &block)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start <= block.size()) {
        qsizetype end = block.indexOf("\r\n", start);
        if (end < 0)
            end = block.size();
        lines.append(block.mid(start, end - start));
        start = end + 2;
    }
    return lines;
}

ParsedResponse parse(const QByteArray &wire)
{
    ParsedResponse parsed;
    const qsizetype end = wire.indexOf("\r\n\r\n");
    if (end < 0)
        return parsed;

    const QList<QByteArray> lines = splitLines(wire.left(end));
    parsed.statusLine = lines.first();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        parsed.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    parsed.body = wire.mid(end + 4);
    return parsed;
}

} // namespace

class TestHttpResponse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsSecurityHeaders();
    void connectionCloseOnlyWhenNotKeepingAlive();
    void headOmitsBody();
    void noContentStatus();
    void serverHeadersWin();
    void dropsInjectedHeaders_data();
    void dropsInjectedHeaders();
    void invalidStatusBecomes500();
    void htmlHasRestrictivePolicy();
    void successEnvelope();
    void errorEnvelope();
};

void TestHttpResponse::addsSecurityHeaders()
{
    const HttpResponse response = HttpResponse::json(200, QJsonObject{{u"a"_s, 1}});
    const ParsedResponse parsed = parse(response.serialize(true));

    QCOMPARE(parsed.statusLine, "HTTP/1.1 200 OK");
    QCOMPARE(parsed.values("Content-Length"), QByteArrayList{QByteArray::number(parsed.body.size())});
    QCOMPARE(parsed.values("Content-Type"), QByteArrayList{"application/json"});
    QCOMPARE(parsed.values("Cache-Control"), QByteArrayList{"no-store"});
    QCOMPARE(parsed.values("X-Content-Type-Options"), QByteArrayList{"nosniff"});
    QCOMPARE(parsed.values("Date").size(), 1);
    QVERIFY(QRegularExpression(u"^[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT$"_s)
                .match(QString::fromLatin1(parsed.values("Date").first()))
                .hasMatch());
    QCOMPARE(parsed.body, "{\"a\":1}");
}

void TestHttpResponse::connectionCloseOnlyWhenNotKeepingAlive()
{
    const HttpResponse response = HttpResponse::json(200, {});
    QCOMPARE(parse(response.serialize(true)).values("Connection"), QByteArrayList{});
    QCOMPARE(parse(response.serialize(false)).values("Connection"), QByteArrayList{"close"});
}

void TestHttpResponse::headOmitsBody()
{
    const HttpResponse response = HttpResponse::json(200, QJsonObject{{u"key"_s, u"value"_s}});
    const ParsedResponse full = parse(response.serialize(true));
    const ParsedResponse head = parse(response.serialize(true, HttpResponse::BodyMode::Omit));

    QVERIFY(head.body.isEmpty());
    QCOMPARE(head.values("Content-Length"), full.values("Content-Length"));
    QCOMPARE(head.values("Content-Length"), QByteArrayList{QByteArray::number(full.body.size())});
}

void TestHttpResponse::noContentStatus()
{
    HttpResponse response;
    response.status = 204;
    response.body = "ignored";
    const ParsedResponse parsed = parse(response.serialize(true));

    QCOMPARE(parsed.statusLine, "HTTP/1.1 204 No Content");
    QVERIFY(parsed.values("Content-Length").isEmpty());
    QVERIFY(parsed.body.isEmpty());
    QCOMPARE(parsed.values("Cache-Control"), QByteArrayList{"no-store"});
}

void TestHttpResponse::serverHeadersWin()
{
    HttpResponse response = HttpResponse::json(200, {});
    response.headers.emplaceBack("Content-Length", "999");
    response.headers.emplaceBack("cache-control", "public, max-age=3600");
    response.headers.emplaceBack("Connection", "keep-alive");
    response.headers.emplaceBack("Transfer-Encoding", "chunked");
    const ParsedResponse parsed = parse(response.serialize(false));

    QCOMPARE(parsed.values("Content-Length"), QByteArrayList{"2"});
    QCOMPARE(parsed.values("Cache-Control"), QByteArrayList{"no-store"});
    QCOMPARE(parsed.values("Connection"), QByteArrayList{"close"});
    QVERIFY(parsed.values("Transfer-Encoding").isEmpty());
}

void TestHttpResponse::dropsInjectedHeaders_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("CRLF in value") << QByteArray("X-Note") << QByteArray("a\r\nSet-Cookie: evil=1");
    QTest::newRow("bare LF in value") << QByteArray("X-Note") << QByteArray("a\nSet-Cookie: evil=1");
    QTest::newRow("NUL in value") << QByteArray("X-Note") << QByteArray("a\0b", 3);
    QTest::newRow("colon in name") << QByteArray("Set-Cookie: evil=1\r\nX") << QByteArray("v");
    QTest::newRow("space in name") << QByteArray("X Note") << QByteArray("v");
    QTest::newRow("empty name") << QByteArray() << QByteArray("v");
}

void TestHttpResponse::dropsInjectedHeaders()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);

    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"Dropped an invalid response header field"_s));
    HttpResponse response = HttpResponse::json(200, {});
    response.headers.emplaceBack(name, value);
    response.headers.emplaceBack("X-Kept", "yes");
    const QByteArray wire = response.serialize(true);

    QVERIFY(!wire.contains("evil"));
    QVERIFY(!wire.contains(QByteArray("a\0b", 3)));
    const ParsedResponse parsed = parse(wire);
    QCOMPARE(parsed.values("X-Kept"), QByteArrayList{"yes"});
    QCOMPARE(parsed.body, "{}");
}

void TestHttpResponse::invalidStatusBecomes500()
{
    HttpResponse response;
    response.status = 42;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Invalid HTTP status 42"_s));
    QCOMPARE(parse(response.serialize(true)).statusLine, "HTTP/1.1 500 Internal Server Error");

    response.status = 299;
    QCOMPARE(parse(response.serialize(true)).statusLine, "HTTP/1.1 299 ");
}

void TestHttpResponse::htmlHasRestrictivePolicy()
{
    const HttpResponse response = HttpResponse::html(200, "<p>Connected.</p>");
    const ParsedResponse parsed = parse(response.serialize(true));

    QCOMPARE(parsed.values("Content-Type"), QByteArrayList{"text/html; charset=utf-8"});
    QCOMPARE(parsed.values("Content-Security-Policy").size(), 1);
    QVERIFY(parsed.values("Content-Security-Policy").first().contains("default-src 'none'"));
    QCOMPARE(parsed.values("Referrer-Policy"), QByteArrayList{"no-referrer"});
    QCOMPARE(parsed.body, "<p>Connected.</p>");
}

void TestHttpResponse::successEnvelope()
{
    const HttpResponse response = ApiReply::success(QJsonObject{{u"provider"_s, u"github"_s}}, 201);
    QCOMPARE(response.status, 201);
    QCOMPARE(response.header("content-type"), "application/json");
    QCOMPARE(response.header("X-API-Version"), "1.0");

    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    QCOMPARE(body.value(u"success"_s), QJsonValue(true));
    QCOMPARE(body.value(u"version"_s).toString(), u"1.0"_s);
    QCOMPARE(body.value(u"data"_s).toObject().value(u"provider"_s).toString(), u"github"_s);
    QVERIFY(!body.contains(u"error"_s));

    const QString timestamp = body.value(u"timestamp"_s).toString();
    QVERIFY2(QRegularExpression(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"_s)
                 .match(timestamp)
                 .hasMatch(),
             qPrintable(timestamp));
}

void TestHttpResponse::errorEnvelope()
{
    const HttpResponse response = ApiReply::error(404, u"SESSION_NOT_FOUND"_s,
                                                  u"No such session."_s,
                                                  QJsonObject{{u"hint"_s, u"start a flow"_s}});
    QCOMPARE(response.status, 404);
    QCOMPARE(response.header("Content-Type"), "application/json");
    QCOMPARE(response.header("X-API-Version"), "1.0");

    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    QCOMPARE(body.value(u"success"_s), QJsonValue(false));
    QCOMPARE(body.value(u"version"_s).toString(), u"1.0"_s);
    QVERIFY(body.value(u"timestamp"_s).toString().endsWith(u'Z'));
    QVERIFY(!body.contains(u"data"_s));

    const QJsonObject error = body.value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"SESSION_NOT_FOUND"_s);
    QCOMPARE(error.value(u"message"_s).toString(), u"No such session."_s);
    QCOMPARE(error.value(u"status_code"_s).toInt(), 404);
    QCOMPARE(error.value(u"details"_s).toObject().value(u"hint"_s).toString(), u"start a flow"_s);

    const QJsonObject withoutDetails =
        QJsonDocument::fromJson(ApiReply::error(400, u"X"_s, u"y"_s).body).object();
    QVERIFY(withoutDetails.value(u"error"_s).toObject().value(u"details"_s).isObject());
}

QTEST_GUILESS_MAIN(TestHttpResponse)
#include "tst_httpresponse.moc"
