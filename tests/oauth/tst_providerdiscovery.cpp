#include "oauth/ProviderDiscovery.h"

#include "OidcServer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMs = 20000;

// A scripted HTTP server on 127.0.0.1 for metadata that no conformant authorization server
// sends: a wrong issuer, HTML instead of JSON, an oversized body, no answer at all, a redirect
// to another origin, and RFC 8414 metadata under an issuer with a path (oidc-provider serves
// neither RFC 8414 metadata nor issuers with paths). It answers each request from a table of
// raw responses by path, 404 otherwise, and closes the connection afterwards.
class ScriptedServer : public QObject
{
public:
    ScriptedServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, &ScriptedServer::accept);
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QString origin() const { return u"http://127.0.0.1:%1"_s.arg(port()); }
    void close() { m_server.close(); }

    // An empty response means no answer: the connection stays open and silent.
    void respond(const QByteArray &path, const QByteArray &rawResponse) { m_responses.insert(path, rawResponse); }
    void respondJson(const QByteArray &path, const QJsonObject &json)
    {
        respond(path, response("200 OK", "application/json", QJsonDocument(json).toJson(QJsonDocument::Compact)));
    }

    QList<QByteArray> requestedPaths() const { return m_paths; }

    static QByteArray response(const QByteArray &status, const QByteArray &contentType, const QByteArray &body,
                               const QByteArray &extraHeaders = QByteArray())
    {
        return "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handle(socket); });
        }
    }

    void handle(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;

        const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
        const QByteArray path = requestLine.value(1);
        m_paths.append(path);
        buffer.clear();

        const QByteArray answer = m_responses.value(path, response("404 Not Found", "text/plain", "not found"));
        if (answer.isEmpty())
            return;
        socket->write(answer);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QByteArray, QByteArray> m_responses;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_paths;
};

// Collects the one result of a discovery. Shared with the callback, so a late second call
// would still find it alive and be counted.
struct Outcome
{
    int calls = 0;
    std::optional<Result<Provider>> result;
};

ProviderDiscovery::Callback collectInto(const std::shared_ptr<Outcome> &outcome)
{
    return [outcome](const Result<Provider> &value) {
        ++outcome->calls;
        outcome->result = value;
    };
}

QJsonObject minimalMetadata(const QString &issuer)
{
    return QJsonObject{
        {u"issuer"_s, issuer},
        {u"authorization_endpoint"_s, QString(issuer + u"/authorize"_s)},
        {u"token_endpoint"_s, QString(issuer + u"/token"_s)},
        {u"response_types_supported"_s, QJsonArray{u"code"_s}},
    };
}

} // namespace

class TestProviderDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metadataUrls_data();
    void metadataUrls();
    void invalidIssuer_data();
    void invalidIssuer();
    void fromMetadataReadsMembers();
    void fromMetadataDefaults_data();
    void fromMetadataDefaults();
    void fromMetadataRejects_data();
    void fromMetadataRejects();

    void realServerDiscovered();
    void realServerTrailingSlashIsAnotherIssuer();
    void realServerWithoutMetadataNotFound();

    void fallsBackToRfc8414WithPathInsertion();
    void issuerMismatchStopsWithoutFallback();
    void htmlAtBothUrlsNotFound();
    void oversizedBodyRejected_data();
    void oversizedBodyRejected();
    void silentServerTimesOut();
    void crossOriginRedirectRejected();
    void sameOriginRedirectFollowed();
    void closedPortUnreachable();
    void invalidIssuerAnswersLater();
    void destroyedDiscoveryNeverCallsBack();

private:
    std::shared_ptr<Outcome> discover(ProviderDiscovery &discovery, const QString &issuer);
};

std::shared_ptr<Outcome> TestProviderDiscovery::discover(ProviderDiscovery &discovery, const QString &issuer)
{
    auto outcome = std::make_shared<Outcome>();
    discovery.discover(issuer, u"discovered"_s, u"Discovered provider"_s, collectInto(outcome));
    [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome->calls > 0, WaitMs); }();
    // A second callback would arrive in the same event loop pass or soon after.
    QTest::qWait(50);
    return outcome;
}

void TestProviderDiscovery::metadataUrls_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("openIdUrl");
    QTest::addColumn<QString>("oauthUrl");

    QTest::newRow("host only") << u"https://id.example.test"_s
                               << u"https://id.example.test/.well-known/openid-configuration"_s
                               << u"https://id.example.test/.well-known/oauth-authorization-server"_s;
    QTest::newRow("host with trailing slash") << u"https://id.example.test/"_s
                                              << u"https://id.example.test/.well-known/openid-configuration"_s
                                              << u"https://id.example.test/.well-known/oauth-authorization-server"_s;
    // RFC 8414 section 3.1's own example.
    QTest::newRow("path component") << u"https://example.com/issuer1"_s
                                    << u"https://example.com/issuer1/.well-known/openid-configuration"_s
                                    << u"https://example.com/.well-known/oauth-authorization-server/issuer1"_s;
    QTest::newRow("path with trailing slash") << u"https://example.com/tenant/v2.0/"_s
                                              << u"https://example.com/tenant/v2.0/.well-known/openid-configuration"_s
                                              << u"https://example.com/.well-known/oauth-authorization-server/tenant/v2.0"_s;
    QTest::newRow("port kept") << u"https://id.example.test:8443/realms/main"_s
                               << u"https://id.example.test:8443/realms/main/.well-known/openid-configuration"_s
                               << u"https://id.example.test:8443/.well-known/oauth-authorization-server/realms/main"_s;
    QTest::newRow("percent-encoded path kept") << u"https://id.example.test/a%20b"_s
                                               << u"https://id.example.test/a%20b/.well-known/openid-configuration"_s
                                               << u"https://id.example.test/.well-known/oauth-authorization-server/a%20b"_s;
    QTest::newRow("loopback http") << u"http://127.0.0.1:9000"_s
                                   << u"http://127.0.0.1:9000/.well-known/openid-configuration"_s
                                   << u"http://127.0.0.1:9000/.well-known/oauth-authorization-server"_s;
    QTest::newRow("IPv6 loopback http") << u"http://[::1]:9000/x"_s << u"http://[::1]:9000/x/.well-known/openid-configuration"_s
                                        << u"http://[::1]:9000/.well-known/oauth-authorization-server/x"_s;
}

void TestProviderDiscovery::metadataUrls()
{
    QFETCH(QString, issuer);
    QFETCH(QString, openIdUrl);
    QFETCH(QString, oauthUrl);

    const Result<QList<QUrl>> urls = ProviderDiscovery::metadataUrls(issuer);
    QVERIFY2(urls.ok(), qPrintable(urls.error().message));
    QCOMPARE(urls.value().size(), 2);
    QCOMPARE(urls.value().at(0).toString(QUrl::FullyEncoded), openIdUrl);
    QCOMPARE(urls.value().at(1).toString(QUrl::FullyEncoded), oauthUrl);
}

void TestProviderDiscovery::invalidIssuer_data()
{
    QTest::addColumn<QString>("issuer");

    QTest::newRow("empty") << QString();
    QTest::newRow("relative") << u"/issuer"_s;
    QTest::newRow("remote http") << u"http://id.example.test"_s;
    QTest::newRow("private address over http") << u"http://192.168.1.10"_s;
    QTest::newRow("localhost as subdomain") << u"http://localhost.example.test"_s;
    QTest::newRow("ftp") << u"ftp://id.example.test"_s;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s;
    QTest::newRow("query") << u"https://id.example.test/?tenant=1"_s;
    QTest::newRow("fragment") << u"https://id.example.test/#x"_s;
    QTest::newRow("user info") << u"https://user:pass@id.example.test"_s;
    QTest::newRow("space in host") << u"https://id example.test"_s;
}

void TestProviderDiscovery::invalidIssuer()
{
    QFETCH(QString, issuer);

    const Result<QList<QUrl>> urls = ProviderDiscovery::metadataUrls(issuer);
    QVERIFY(!urls.ok());
    QCOMPARE(urls.error().code, u"INVALID_ISSUER"_s);
}

void TestProviderDiscovery::fromMetadataReadsMembers()
{
    const QString issuer = u"https://id.example.test"_s;
    QJsonObject metadata = minimalMetadata(issuer);
    metadata.insert(u"userinfo_endpoint"_s, u"https://id.example.test/userinfo"_s);
    metadata.insert(u"revocation_endpoint"_s, u"https://id.example.test/revoke"_s);
    metadata.insert(u"scopes_supported"_s, QJsonArray{u"profile"_s, u"openid"_s, u"offline_access"_s, u"admin"_s});
    metadata.insert(u"code_challenge_methods_supported"_s, QJsonArray{u"plain"_s, u"S256"_s});
    metadata.insert(u"token_endpoint_auth_methods_supported"_s, QJsonArray{u"private_key_jwt"_s, u"client_secret_basic"_s});
    metadata.insert(u"grant_types_supported"_s, QJsonArray{u"authorization_code"_s});

    const Result<Provider> result = ProviderDiscovery::providerFromMetadata(
        metadata, ProviderDiscovery::MetadataKind::OpenIdConfiguration, issuer, u"example"_s, u"Example"_s);
    QVERIFY2(result.ok(), qPrintable(result.error().message));

    const Provider &provider = result.value();
    QCOMPARE(provider.name, u"example"_s);
    QCOMPARE(provider.displayName, u"Example"_s);
    QCOMPARE(provider.issuer, issuer);
    QCOMPARE(provider.authorizationUrl, QUrl(u"https://id.example.test/authorize"_s));
    QCOMPARE(provider.tokenUrl, QUrl(u"https://id.example.test/token"_s));
    QCOMPARE(provider.userinfoUrl, QUrl(u"https://id.example.test/userinfo"_s));
    QCOMPARE(provider.revocationUrl, QUrl(u"https://id.example.test/revoke"_s));
    // Our default scopes in our order, limited to those the server lists.
    QCOMPARE(provider.scopes, (QStringList{u"openid"_s, u"profile"_s, u"offline_access"_s}));
    QVERIFY(provider.pkce);
    QCOMPARE(provider.tokenAuthMethod, TokenAuthMethod::ClientSecretBasic);
    QVERIFY(!provider.supportsRefresh);
    QCOMPARE(provider.source, ProviderSource::UserFile);
}

void TestProviderDiscovery::fromMetadataDefaults_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("scopes");

    QTest::newRow("OpenID configuration has the core scopes")
        << int(ProviderDiscovery::MetadataKind::OpenIdConfiguration) << QStringList{u"openid"_s, u"email"_s, u"profile"_s};
    QTest::newRow("OAuth metadata has no default scopes")
        << int(ProviderDiscovery::MetadataKind::OAuthAuthorizationServer) << QStringList();
}

void TestProviderDiscovery::fromMetadataDefaults()
{
    QFETCH(int, kind);
    QFETCH(QStringList, scopes);

    const QString issuer = u"https://id.example.test"_s;
    const Result<Provider> result = ProviderDiscovery::providerFromMetadata(
        minimalMetadata(issuer), ProviderDiscovery::MetadataKind(kind), issuer, u"example"_s, u"Example"_s);
    QVERIFY2(result.ok(), qPrintable(result.error().message));

    QCOMPARE(result.value().scopes, scopes);
    // RFC 8414 section 2: without token_endpoint_auth_methods_supported, client_secret_basic.
    QCOMPARE(result.value().tokenAuthMethod, TokenAuthMethod::ClientSecretBasic);
    // Without code_challenge_methods_supported there is no PKCE, because servers that support it
    // list S256 there.
    QVERIFY(!result.value().pkce);
    QVERIFY(result.value().supportsRefresh);
    QVERIFY(result.value().userinfoUrl.isEmpty());
    QVERIFY(result.value().revocationUrl.isEmpty());
}

void TestProviderDiscovery::fromMetadataRejects_data()
{
    QTest::addColumn<QJsonObject>("changes");
    // Members to remove from the minimal metadata.
    QTest::addColumn<QStringList>("removals");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");

    const QString issuer = u"https://id.example.test"_s;

    QTest::newRow("issuer missing") << QJsonObject() << QStringList{u"issuer"_s} << u"DISCOVERY_INVALID_METADATA"_s
                                    << u"no issuer"_s;
    QTest::newRow("issuer of another server")
        << QJsonObject{{u"issuer"_s, u"https://evil.example.test"_s}} << QStringList() << u"DISCOVERY_ISSUER_MISMATCH"_s
        << u"evil.example.test"_s;
    QTest::newRow("issuer with trailing slash")
        << QJsonObject{{u"issuer"_s, QString(issuer + u'/')}} << QStringList() << u"DISCOVERY_ISSUER_MISMATCH"_s << QString();
    QTest::newRow("issuer in other letter case")
        << QJsonObject{{u"issuer"_s, u"https://ID.example.test"_s}} << QStringList() << u"DISCOVERY_ISSUER_MISMATCH"_s
        << QString();
    QTest::newRow("issuer with control characters")
        << QJsonObject{{u"issuer"_s, u"https://evil\x1b[2J.test"_s}} << QStringList() << u"DISCOVERY_ISSUER_MISMATCH"_s
        << u"evil?[2J"_s;
    QTest::newRow("token endpoint missing") << QJsonObject() << QStringList{u"token_endpoint"_s}
                                            << u"DISCOVERY_INVALID_METADATA"_s << u"token_endpoint: is missing"_s;
    QTest::newRow("token endpoint remote http")
        << QJsonObject{{u"token_endpoint"_s, u"http://id.example.test/token"_s}} << QStringList()
        << u"DISCOVERY_INVALID_METADATA"_s << u"token_endpoint: must use https"_s;
    QTest::newRow("authorization endpoint a number")
        << QJsonObject{{u"authorization_endpoint"_s, 42}} << QStringList() << u"DISCOVERY_INVALID_METADATA"_s
        << u"authorization_endpoint: "_s;
    QTest::newRow("userinfo endpoint javascript")
        << QJsonObject{{u"userinfo_endpoint"_s, u"javascript:alert(1)"_s}} << QStringList()
        << u"DISCOVERY_INVALID_METADATA"_s << u"userinfo_endpoint: "_s;
    QTest::newRow("no code response type")
        << QJsonObject{{u"response_types_supported"_s, QJsonArray{u"token"_s, u"id_token"_s}}} << QStringList()
        << u"DISCOVERY_UNSUPPORTED"_s << u"response_types_supported"_s;
    QTest::newRow("no authorization code grant")
        << QJsonObject{{u"grant_types_supported"_s, QJsonArray{u"client_credentials"_s}}} << QStringList()
        << u"DISCOVERY_UNSUPPORTED"_s << u"grant_types_supported"_s;
    QTest::newRow("only private_key_jwt")
        << QJsonObject{{u"token_endpoint_auth_methods_supported"_s, QJsonArray{u"private_key_jwt"_s, u"tls_client_auth"_s}}}
        << QStringList() << u"DISCOVERY_UNSUPPORTED"_s << u"client_secret_post"_s;
    QTest::newRow("public client without S256")
        << QJsonObject{{u"token_endpoint_auth_methods_supported"_s, QJsonArray{u"none"_s}},
                       {u"code_challenge_methods_supported"_s, QJsonArray{u"plain"_s}}}
        << QStringList() << u"DISCOVERY_INVALID_METADATA"_s << u"pkce"_s;
    QTest::newRow("scopes_supported a string")
        << QJsonObject{{u"scopes_supported"_s, u"openid email"_s}} << QStringList() << u"DISCOVERY_INVALID_METADATA"_s
        << u"scopes_supported"_s;
    QTest::newRow("auth methods with a number")
        << QJsonObject{{u"token_endpoint_auth_methods_supported"_s, QJsonArray{u"none"_s, 1}}} << QStringList()
        << u"DISCOVERY_INVALID_METADATA"_s << u"token_endpoint_auth_methods_supported"_s;
}

void TestProviderDiscovery::fromMetadataRejects()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QStringList, removals);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);

    const QString issuer = u"https://id.example.test"_s;
    QJsonObject metadata = minimalMetadata(issuer);
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        metadata.insert(it.key(), it.value());
    for (const QString &member : removals)
        metadata.remove(member);

    const Result<Provider> result = ProviderDiscovery::providerFromMetadata(
        metadata, ProviderDiscovery::MetadataKind::OpenIdConfiguration, issuer, u"example"_s, u"Example"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
    QVERIFY2(!result.error().message.contains(QChar(0x1b)), "the message carries a control character");
}

void TestProviderDiscovery::realServerDiscovered()
{
    OidcServer server;
    const QString started = server.start(0, u"discovery-client"_s, u"discovery-secret"_s, u"http://127.0.0.1:1/callback"_s);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const QString issuer = server.issuer();

    ProviderDiscovery discovery;
    const std::shared_ptr<Outcome> outcome = discover(discovery, issuer);
    QCOMPARE(outcome->calls, 1);
    QVERIFY2(outcome->result->ok(), qPrintable(outcome->result->error().message));

    const Provider &provider = outcome->result->value();
    QCOMPARE(provider.issuer, issuer);
    QCOMPARE(provider.authorizationUrl, QUrl(issuer + u"/auth"_s));
    QCOMPARE(provider.tokenUrl, QUrl(issuer + u"/token"_s));
    QCOMPARE(provider.userinfoUrl, QUrl(issuer + u"/me"_s));
    QCOMPARE(provider.revocationUrl, QUrl(issuer + u"/token/revocation"_s));
    QCOMPARE(provider.scopes, ProviderDiscovery::defaultScopes());
    QVERIFY(provider.pkce);
    QVERIFY(provider.supportsRefresh);
    QCOMPARE(provider.tokenAuthMethod, TokenAuthMethod::ClientSecretPost);
    QCOMPARE(provider.name, u"discovered"_s);
}

void TestProviderDiscovery::realServerTrailingSlashIsAnotherIssuer()
{
    OidcServer server;
    const QString started = server.start(0, u"discovery-client"_s, u"discovery-secret"_s, u"http://127.0.0.1:1/callback"_s);
    QVERIFY2(started.isEmpty(), qPrintable(started));

    // The document exists at <issuer>/.well-known/openid-configuration either way, but names
    // the issuer without the slash, and issuers compare as exact strings.
    ProviderDiscovery discovery;
    const std::shared_ptr<Outcome> outcome = discover(discovery, server.issuer() + u'/');
    QCOMPARE(outcome->calls, 1);
    QVERIFY(!outcome->result->ok());
    QCOMPARE(outcome->result->error().code, u"DISCOVERY_ISSUER_MISMATCH"_s);
}

void TestProviderDiscovery::realServerWithoutMetadataNotFound()
{
    OidcServer server;
    const QString started = server.start(0, u"discovery-client"_s, u"discovery-secret"_s, u"http://127.0.0.1:1/callback"_s);
    QVERIFY2(started.isEmpty(), qPrintable(started));

    // oidc-provider returns 404 at both metadata URLs of an issuer with a path.
    ProviderDiscovery discovery;
    const std::shared_ptr<Outcome> outcome = discover(discovery, server.issuer() + u"/tenant"_s);
    QCOMPARE(outcome->calls, 1);
    QVERIFY(!outcome->result->ok());
    QCOMPARE(outcome->result->error().code, u"DISCOVERY_NOT_FOUND"_s);
    QVERIFY2(outcome->result->error().message.contains(u"HTTP 404"_s), qPrintable(outcome->result->error().message));
}

void TestProviderDiscovery::fallsBackToRfc8414WithPathInsertion()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    const QString issuer = server.origin() + u"/tenant"_s;
    QJsonObject metadata = minimalMetadata(issuer);
    metadata.insert(u"scopes_supported"_s, QJsonArray{u"email"_s, u"read"_s});
    metadata.insert(u"code_challenge_methods_supported"_s, QJsonArray{u"S256"_s});
    metadata.insert(u"token_endpoint_auth_methods_supported"_s, QJsonArray{u"none"_s});
    server.respondJson("/.well-known/oauth-authorization-server/tenant", metadata);

    ProviderDiscovery discovery;
    const std::shared_ptr<Outcome> outcome = discover(discovery, issuer);
    QCOMPARE(outcome->calls, 1);
    QVERIFY2(outcome->result->ok(), qPrintable(outcome->result->error().message));
    QCOMPARE(server.requestedPaths(), (QList<QByteArray>{"/tenant/.well-known/openid-configuration",
                                                         "/.well-known/oauth-authorization-server/tenant"}));

    const Provider &provider = outcome->result->value();
    QCOMPARE(provider.tokenUrl, QUrl(issuer + u"/token"_s));
    QCOMPARE(provider.scopes, QStringList{u"email"_s});
    QCOMPARE(provider.tokenAuthMethod, TokenAuthMethod::None);
    QVERIFY(provider.pkce);
}

void TestProviderDiscovery::issuerMismatchStopsWithoutFallback()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    QJsonObject metadata = minimalMetadata(server.origin());
    metadata.insert(u"issuer"_s, u"https://accounts.example.test"_s);
    server.respondJson("/.well-known/openid-configuration", metadata);
    server.respondJson("/.well-known/oauth-authorization-server", minimalMetadata(server.origin()));

    ProviderDiscovery discovery;
    const std::shared_ptr<Outcome> outcome = discover(discovery, server.origin());
    QCOMPARE(outcome->calls, 1);
    QVERIFY(!outcome->result->ok());
    QCOMPARE(outcome->result->error().code, u"DISCOVERY_ISSUER_MISMATCH"_s);
    QCOMPARE(server.requestedPaths().size(), 1);
}

void TestProviderDiscovery::htmlAtBothUrlsNotFound()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    // A single-page app that answers every path with its HTML page and status 200.
    const QByteArray html = ScriptedServer::response("200 OK", "text/html", "<!doctype html><title>App</title>");
    server.respond("/.well-known/openid-configuration", html);
    server.respond("/.well-known/oauth-authorization-server", html);

    ProviderDiscovery discovery;
    const std::shared_ptr<Outcome> outcome = discover(discovery, server.origin());
    QCOMPARE(outcome->calls, 1);
    QVERIFY(!outcome->result->ok());
    QCOMPARE(outcome->result->error().code, u"DISCOVERY_NOT_FOUND"_s);
    QVERIFY2(outcome->result->error().message.contains(u"JSON object"_s), qPrintable(outcome->result->error().message));
    QCOMPARE(server.requestedPaths().size(), 2);
}

void TestProviderDiscovery::oversizedBodyRejected_data()
{
    QTest::addColumn<bool>("announced");

    QTest::newRow("Content-Length above the limit") << true;
    QTest::newRow("chunked body without a length") << false;
}

void TestProviderDiscovery::oversizedBodyRejected()
{
    QFETCH(bool, announced);

    ScriptedServer server;
    QVERIFY(server.listen());
    const qint64 limit = 64 * 1024;
    // Valid JSON, so only the size can make it fail.
    const QByteArray body = "{\"issuer\":\"" + server.origin().toUtf8() + "\",\"padding\":\""
        + QByteArray(limit * 2, 'x') + "\"}";
    QByteArray raw;
    if (announced) {
        raw = ScriptedServer::response("200 OK", "application/json", body);
    } else {
        raw = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        for (qsizetype offset = 0; offset < body.size(); offset += 4096) {
            const QByteArray chunk = body.mid(offset, 4096);
            raw += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        }
        raw += "0\r\n\r\n";
    }
    server.respond("/.well-known/openid-configuration", raw);

    ProviderDiscovery discovery;
    discovery.setMaxResponseBytes(limit);
    const std::shared_ptr<Outcome> outcome = discover(discovery, server.origin());
    QCOMPARE(outcome->calls, 1);
    QVERIFY(!outcome->result->ok());
    QCOMPARE(outcome->result->error().code, u"DISCOVERY_RESPONSE_TOO_LARGE"_s);
}

void TestProviderDiscovery::silentServerTimesOut()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.respond("/.well-known/openid-configuration", QByteArray());

    ProviderDiscovery discovery;
    discovery.setTimeoutMs(300);
    QElapsedTimer timer;
    timer.start();
    const std::shared_ptr<Outcome> outcome = discover(discovery, server.origin());
    QCOMPARE(outcome->calls, 1);
    QVERIFY(!outcome->result->ok());
    QCOMPARE(outcome->result->error().code, u"DISCOVERY_TIMEOUT"_s);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

void TestProviderDiscovery::crossOriginRedirectRejected()
{
    ScriptedServer other;
    QVERIFY(other.listen());
    other.respondJson("/.well-known/openid-configuration", minimalMetadata(other.origin()));

    ScriptedServer server;
    QVERIFY(server.listen());
    // Another port on the same host is another origin.
    server.respond("/.well-known/openid-configuration",
                   ScriptedServer::response("302 Found", "text/plain", QByteArray(),
                                            "Location: " + other.origin().toUtf8() + "/.well-known/openid-configuration\r\n"));

    ProviderDiscovery discovery;
    const std::shared_ptr<Outcome> outcome = discover(discovery, server.origin());
    QCOMPARE(outcome->calls, 1);
    QVERIFY(!outcome->result->ok());
    QCOMPARE(outcome->result->error().code, u"DISCOVERY_REDIRECT_REJECTED"_s);
    QVERIFY(other.requestedPaths().isEmpty());
}

void TestProviderDiscovery::sameOriginRedirectFollowed()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.respond("/.well-known/openid-configuration",
                   ScriptedServer::response("301 Moved Permanently", "text/plain", QByteArray(),
                                            "Location: /metadata.json\r\n"));
    server.respondJson("/metadata.json", minimalMetadata(server.origin()));

    ProviderDiscovery discovery;
    const std::shared_ptr<Outcome> outcome = discover(discovery, server.origin());
    QCOMPARE(outcome->calls, 1);
    QVERIFY2(outcome->result->ok(), qPrintable(outcome->result->error().message));
    QCOMPARE(outcome->result->value().tokenUrl, QUrl(server.origin() + u"/token"_s));
}

void TestProviderDiscovery::closedPortUnreachable()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    const QString origin = server.origin();
    server.close();

    ProviderDiscovery discovery;
    const std::shared_ptr<Outcome> outcome = discover(discovery, origin);
    QCOMPARE(outcome->calls, 1);
    QVERIFY(!outcome->result->ok());
    QCOMPARE(outcome->result->error().code, u"DISCOVERY_UNREACHABLE"_s);
}

void TestProviderDiscovery::invalidIssuerAnswersLater()
{
    ProviderDiscovery discovery;
    auto outcome = std::make_shared<Outcome>();
    discovery.discover(u"http://id.example.test"_s, u"x"_s, u"X"_s, collectInto(outcome));
    QCOMPARE(outcome->calls, 0);

    QTRY_COMPARE(outcome->calls, 1);
    QCOMPARE(outcome->result->error().code, u"INVALID_ISSUER"_s);
}

void TestProviderDiscovery::destroyedDiscoveryNeverCallsBack()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.respond("/.well-known/openid-configuration", QByteArray());

    auto outcome = std::make_shared<Outcome>();
    auto discovery = std::make_unique<ProviderDiscovery>();
    discovery->discover(server.origin(), u"x"_s, u"X"_s, collectInto(outcome));
    QTRY_COMPARE(server.requestedPaths().size(), 1);
    discovery.reset();

    QTest::qWait(200);
    QCOMPARE(outcome->calls, 0);
}

QTEST_GUILESS_MAIN(TestProviderDiscovery)
#include "tst_providerdiscovery.moc"
