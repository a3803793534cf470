// The per-flow callback listener of providers with redirect_port_policy "any", and localhost
// redirect URIs, against a real broker, the OIDC test server and raw HTTP requests.

#include "BrokerFixture.h"
#include "OidcBrowser.h"
#include "RawHttp.h"

#include "Broker.h"
#include "core/Random.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

// An ephemeral listener and a 127.0.0.1 redirect URI.
const QString AnyPortProvider = u"anyport"_s;
// Ephemeral listener, redirect URI on localhost.
const QString AnyLocalProvider = u"anylocal"_s;
// The API listener, redirect URI on localhost.
const QString FixedLocalProvider = u"fixedlocal"_s;
const QString ClientId = u"securecontext-callback"_s;

struct StartedFlow
{
    QString flowId;
    QUrl authorizationUrl;
    QUrl redirectUri;
    QByteArray state;

    quint16 port() const { return quint16(redirectUri.port()); }
    QByteArray callbackPath() const { return redirectUri.path(QUrl::FullyEncoded).toLatin1(); }
};

QByteArray hostValue(const QString &host, quint16 port)
{
    return (host + u':' + QString::number(port)).toLatin1();
}

} // namespace

class CallbackListenerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void ephemeralListenerPerFlow();
    void localhostRedirect_data();
    void localhostRedirect();
    void hostHeader_data();
    void hostHeader();
    void strayRequests_data();
    void strayRequests();
    void accessDeniedEndsFlow_data();
    void accessDeniedEndsFlow();
    void providerErrorHasCode_data();
    void providerErrorHasCode();
    void cancelClosesListener();
    void brokerStopClosesListener();

private:
    QString writeProviders();
    StartedFlow startFlow(const QString &provider);
    // Signs in at the server and returns the callback target (path and query) to send.
    QByteArray signIn(const StartedFlow &flow, bool deny = false);
    // Waits for flowFinished() of this flow and returns its error code ("" for success).
    QString waitFinished(QSignalSpy &finished, const QString &flowId, QString *sessionId = nullptr);
    bool hasFinished(const QSignalSpy &finished, const QString &flowId) const;
    bool listenerClosed(quint16 port) const;

    BrokerFixture m_fixture;
    OidcServer m_oidc;
    QString m_clientSecret;
    bool m_ipv6 = false;
};

void CallbackListenerTest::initTestCase()
{
    m_ipv6 = RawHttp::hasIpv6Loopback();

    // A server of our own, because the broker loads provider files only at start, and these
    // name the issuer. The ports of its registrations do not matter with loopbackAnyPort.
    m_clientSecret = QString::fromLatin1(Random::base64Url(24));
    OidcServer::Options options;
    options.loopbackAnyPort = true;
    options.extraRedirectUris = {u"http://localhost/oauth/%1/callback"_s.arg(AnyLocalProvider),
                                 u"http://localhost/oauth/%1/callback"_s.arg(FixedLocalProvider)};
    const QString serverStarted = m_oidc.start(BrokerFixture::freeLoopbackPort(), ClientId, m_clientSecret,
                                               u"http://127.0.0.1/oauth/%1/callback"_s.arg(AnyPortProvider), options);
    QVERIFY2(serverStarted.isEmpty(), qPrintable(serverStarted));

    const QString written = writeProviders();
    QVERIFY2(written.isEmpty(), qPrintable(written));
    const QString started = m_fixture.start(OidcServer::Options(), RefreshPolicy());
    QVERIFY2(started.isEmpty(), qPrintable(started));

    for (const QString &provider : {AnyPortProvider, AnyLocalProvider, FixedLocalProvider}) {
        Broker *broker = m_fixture.broker();
        QSignalSpy configured(broker, &Broker::providersChanged);
        const QString secret = m_clientSecret;
        QMetaObject::invokeMethod(broker, [broker, provider, secret] {
            broker->configureProvider(provider, ClientId, secret);
        });
        QVERIFY(!configured.isEmpty() || configured.wait(15000));
    }
}

QString CallbackListenerTest::writeProviders()
{
    const QString issuer = m_oidc.issuer();
    if (!QDir(m_fixture.dataDir()).mkpath(u"providers"_s))
        return u"cannot create the providers directory"_s;
    const QList<std::tuple<QString, QString, QString>> providers{
        {AnyPortProvider, u"127.0.0.1"_s, u"any"_s},
        {AnyLocalProvider, u"localhost"_s, u"any"_s},
        {FixedLocalProvider, u"localhost"_s, u"fixed"_s},
    };
    for (const auto &[name, host, policy] : providers) {
        const QJsonObject json{
            {u"name"_s, name},
            {u"display_name"_s, QString(u"Local OIDC ("_s + name + u")"_s)},
            {u"issuer"_s, issuer},
            {u"authorization_url"_s, QString(issuer + u"/auth"_s)},
            {u"token_url"_s, QString(issuer + u"/token"_s)},
            {u"userinfo_url"_s, QString(issuer + u"/me"_s)},
            {u"scopes"_s, QJsonArray{u"openid"_s, u"email"_s, u"offline_access"_s}},
            {u"extra_authorization_params"_s, QJsonObject{{u"prompt"_s, u"consent"_s}}},
            {u"redirect_host"_s, host},
            {u"redirect_port_policy"_s, policy},
        };
        QFile file(QDir(m_fixture.dataDir()).filePath(u"providers/"_s + name + u".json"_s));
        if (!file.open(QIODevice::WriteOnly))
            return u"cannot write the provider file of "_s + name;
        file.write(QJsonDocument(json).toJson());
    }
    return {};
}

StartedFlow CallbackListenerTest::startFlow(const QString &provider)
{
    Broker *broker = m_fixture.broker();
    QSignalSpy started(broker, &Broker::flowStarted);
    QMetaObject::invokeMethod(broker, [broker, provider] { broker->startFlow(provider); });
    if (started.isEmpty() && !started.wait(15000))
        return {};

    StartedFlow flow;
    flow.flowId = started.first().at(0).toString();
    flow.authorizationUrl = started.first().at(2).toUrl();
    const QUrlQuery query(flow.authorizationUrl);
    flow.redirectUri = QUrl(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    flow.state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded).toLatin1();
    return flow;
}

QByteArray CallbackListenerTest::signIn(const StartedFlow &flow, bool deny)
{
    QString error;
    const QUrl callback = OidcBrowser::signIn(flow.authorizationUrl, u"carol"_s, &error, deny);
    if (!error.isEmpty())
        qWarning("sign-in failed: %s", qPrintable(error));
    if (callback.isEmpty())
        return {};
    return callback.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
}

bool CallbackListenerTest::hasFinished(const QSignalSpy &finished, const QString &flowId) const
{
    for (const QList<QVariant> &arguments : finished) {
        if (arguments.at(0).toString() == flowId)
            return true;
    }
    return false;
}

QString CallbackListenerTest::waitFinished(QSignalSpy &finished, const QString &flowId, QString *sessionId)
{
    for (int attempt = 0; attempt < 30 && !hasFinished(finished, flowId); ++attempt)
        finished.wait(1000);
    for (const QList<QVariant> &arguments : finished) {
        if (arguments.at(0).toString() != flowId)
            continue;
        if (sessionId)
            *sessionId = arguments.at(2).toString();
        return arguments.at(3).value<Error>().code;
    }
    return u"NOT_FINISHED"_s;
}

bool CallbackListenerTest::listenerClosed(quint16 port) const
{
    if (!RawHttp::connectionRefused(QHostAddress::LocalHost, port))
        return false;
    return !m_ipv6 || RawHttp::connectionRefused(QHostAddress::LocalHostIPv6, port);
}

void CallbackListenerTest::ephemeralListenerPerFlow()
{
    QSignalSpy finished(m_fixture.broker(), &Broker::flowFinished);
    const StartedFlow first = startFlow(AnyPortProvider);
    const StartedFlow second = startFlow(AnyPortProvider);
    QVERIFY(!first.flowId.isEmpty());
    QVERIFY(!second.flowId.isEmpty());

    QCOMPARE(first.redirectUri.host(), u"127.0.0.1"_s);
    QCOMPARE(first.redirectUri.path(), u"/oauth/anyport/callback"_s);
    QVERIFY(first.port() != 0);
    QVERIFY(first.port() != m_fixture.apiPort());
    QVERIFY(second.port() != 0);
    QVERIFY(second.port() != m_fixture.apiPort());
    QVERIFY(first.port() != second.port());
    QVERIFY(first.state != second.state);

    const QByteArray firstCallback = signIn(first);
    const QByteArray secondCallback = signIn(second);
    QVERIFY(!firstCallback.isEmpty());
    QVERIFY(!secondCallback.isEmpty());

    // The second flow's callback goes first, each to its own listener.
    const int codesBefore = m_oidc.grantCount(u"authorization_code"_s);
    const RawHttp::Reply secondReply = RawHttp::get(QHostAddress::LocalHost, second.port(),
                                                    hostValue(u"127.0.0.1"_s, second.port()), secondCallback);
    QCOMPARE(secondReply.status, 200);
    QString sessionId;
    QCOMPARE(waitFinished(finished, second.flowId, &sessionId), QString());
    QVERIFY(!sessionId.isEmpty());
    QVERIFY(!hasFinished(finished, first.flowId));
    QVERIFY(listenerClosed(second.port()));
    QVERIFY(!RawHttp::connectionRefused(QHostAddress::LocalHost, first.port()));

    const RawHttp::Reply firstReply = RawHttp::get(QHostAddress::LocalHost, first.port(),
                                                   hostValue(u"127.0.0.1"_s, first.port()), firstCallback);
    QCOMPARE(firstReply.status, 200);
    QVERIFY(firstReply.body.contains("Connected"));
    QCOMPARE(waitFinished(finished, first.flowId), QString());
    QVERIFY(listenerClosed(first.port()));
    QCOMPARE(m_oidc.grantCount(u"authorization_code"_s), codesBefore + 2);
}

void CallbackListenerTest::localhostRedirect_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<bool>("ipv6");

    QTest::newRow("any port, callback to 127.0.0.1") << AnyLocalProvider << false;
    QTest::newRow("any port, callback to [::1]") << AnyLocalProvider << true;
    QTest::newRow("API port, callback to 127.0.0.1") << FixedLocalProvider << false;
    QTest::newRow("API port, callback to [::1]") << FixedLocalProvider << true;
}

void CallbackListenerTest::localhostRedirect()
{
    QFETCH(QString, provider);
    QFETCH(bool, ipv6);
    if (ipv6 && !m_ipv6)
        QSKIP("This machine has no [::1]");

    QSignalSpy finished(m_fixture.broker(), &Broker::flowFinished);
    QSignalSpy exchanging(m_fixture.broker(), &Broker::flowExchanging);
    const StartedFlow flow = startFlow(provider);
    QVERIFY(!flow.flowId.isEmpty());
    QCOMPARE(flow.redirectUri.host(), u"localhost"_s);
    if (provider == FixedLocalProvider)
        QCOMPARE(flow.port(), m_fixture.apiPort());
    else
        QVERIFY(flow.port() != m_fixture.apiPort());

    // The browser may resolve localhost to either address, so both must be served.
    QVERIFY(!RawHttp::connectionRefused(QHostAddress::LocalHost, flow.port()));
    if (m_ipv6)
        QVERIFY(!RawHttp::connectionRefused(QHostAddress::LocalHostIPv6, flow.port()));

    const QByteArray callback = signIn(flow);
    QVERIFY(!callback.isEmpty());
    const QHostAddress address = ipv6 ? QHostAddress::LocalHostIPv6 : QHostAddress::LocalHost;
    const RawHttp::Reply reply = RawHttp::get(address, flow.port(), hostValue(u"localhost"_s, flow.port()), callback);
    QCOMPARE(reply.status, 200);
    QCOMPARE(waitFinished(finished, flow.flowId), QString());
    // The code exchange was announced before the flow finished.
    QCOMPARE(exchanging.size(), 1);
    QCOMPARE(exchanging.first().at(0).toString(), flow.flowId);
    QCOMPARE(exchanging.first().at(1).toString(), provider);

    if (provider == AnyLocalProvider)
        QVERIFY(listenerClosed(flow.port()));
    else
        QVERIFY(!RawHttp::connectionRefused(QHostAddress::LocalHost, flow.port()));
}

void CallbackListenerTest::hostHeader_data()
{
    QTest::addColumn<QString>("host");
    // Added to the listener's port; -1 means no port.
    QTest::addColumn<int>("portOffset");
    QTest::addColumn<bool>("ipv6Only");
    QTest::addColumn<int>("status");

    // 400: the Host passed and the handler rejected the wrong state.
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << 0 << false << 400;
    QTest::newRow("localhost") << u"localhost"_s << 0 << false << 400;
    QTest::newRow("LOCALHOST") << u"LOCALHOST"_s << 0 << false << 400;
    QTest::newRow("[::1]") << u"[::1]"_s << 0 << true << 400;
    QTest::newRow("rebinding name") << u"rebind.attacker.test"_s << 0 << false << 421;
    QTest::newRow("wrong port") << u"127.0.0.1"_s << 1 << false << 421;
    QTest::newRow("localhost wrong port") << u"localhost"_s << 1 << false << 421;
    QTest::newRow("no port") << u"localhost"_s << -1 << false << 421;
    QTest::newRow("other loopback address") << u"127.0.0.2"_s << 0 << false << 421;
    QTest::newRow("trailing dot") << u"localhost."_s << 0 << false << 421;
}

void CallbackListenerTest::hostHeader()
{
    QFETCH(QString, host);
    QFETCH(int, portOffset);
    QFETCH(bool, ipv6Only);
    QFETCH(int, status);
    if (ipv6Only && !m_ipv6)
        QSKIP("This machine has no [::1]");

    QSignalSpy finished(m_fixture.broker(), &Broker::flowFinished);
    const StartedFlow flow = startFlow(AnyPortProvider);
    QVERIFY(!flow.flowId.isEmpty());

    const QByteArray headerValue = portOffset < 0 ? host.toLatin1() : hostValue(host, quint16(flow.port() + portOffset));
    const RawHttp::Reply reply = RawHttp::get(QHostAddress::LocalHost, flow.port(), headerValue,
                                              flow.callbackPath() + "?state=wrong-state&code=forged");
    QCOMPARE(reply.status, status);
    QVERIFY(!hasFinished(finished, flow.flowId));

    // The flow still waits; the real callback completes it.
    const QByteArray callback = signIn(flow);
    QVERIFY(!callback.isEmpty());
    const RawHttp::Reply real = RawHttp::get(QHostAddress::LocalHost, flow.port(), hostValue(u"127.0.0.1"_s, flow.port()), callback);
    QCOMPARE(real.status, 200);
    QCOMPARE(waitFinished(finished, flow.flowId), QString());
    QVERIFY(listenerClosed(flow.port()));
}

void CallbackListenerTest::strayRequests_data()
{
    QTest::addColumn<QString>("stray");
    QTest::addColumn<int>("status");

    QTest::newRow("favicon") << u"favicon"_s << 404;
    QTest::newRow("root") << u"root"_s << 404;
    QTest::newRow("lookalike callbackx") << u"callbackx"_s << 404;
    QTest::newRow("callback/extra") << u"extra"_s << 404;
    QTest::newRow("other provider path") << u"otherprovider"_s << 404;
    QTest::newRow("POST with the real state") << u"post"_s << 405;
    QTest::newRow("HEAD with the real state") << u"head"_s << 200;
    QTest::newRow("HEAD with the real state on the API listener") << u"headapi"_s << 200;
    QTest::newRow("EHLO line") << u"ehlo"_s << 400;
    QTest::newRow("wrong state") << u"wrongstate"_s << 400;
    QTest::newRow("empty state") << u"emptystate"_s << 400;
    QTest::newRow("missing state") << u"nostate"_s << 400;
    QTest::newRow("state of another flow") << u"otherflow"_s << 400;
    QTest::newRow("real state on the API listener") << u"apilistener"_s << 400;
}

void CallbackListenerTest::strayRequests()
{
    QFETCH(QString, stray);
    QFETCH(int, status);

    QSignalSpy finished(m_fixture.broker(), &Broker::flowFinished);
    const StartedFlow flow = startFlow(AnyPortProvider);
    const StartedFlow other = startFlow(AnyPortProvider);
    QVERIFY(!flow.flowId.isEmpty());
    QVERIFY(!other.flowId.isEmpty());

    const quint16 port = flow.port();
    const QByteArray host = hostValue(u"127.0.0.1"_s, port);
    const QByteArray path = flow.callbackPath();
    const QByteArray realState = "?state=" + QUrl::toPercentEncoding(QString::fromLatin1(flow.state)) + "&code=forged";
    const QByteArray otherState = "?state=" + QUrl::toPercentEncoding(QString::fromLatin1(other.state)) + "&code=forged";

    RawHttp::Reply reply;
    if (stray == u"favicon"_s)
        reply = RawHttp::get(QHostAddress::LocalHost, port, host, "/favicon.ico");
    else if (stray == u"root"_s)
        reply = RawHttp::get(QHostAddress::LocalHost, port, host, "/" + realState);
    else if (stray == u"callbackx"_s)
        reply = RawHttp::get(QHostAddress::LocalHost, port, host, path + "x" + realState);
    else if (stray == u"extra"_s)
        reply = RawHttp::get(QHostAddress::LocalHost, port, host, path + "/extra" + realState);
    else if (stray == u"otherprovider"_s)
        reply = RawHttp::get(QHostAddress::LocalHost, port, host, "/oauth/localoidc/callback" + realState);
    else if (stray == u"post"_s)
        reply = RawHttp::exchange(QHostAddress::LocalHost, port,
                                  "POST " + path + realState + " HTTP/1.1\r\nHost: " + host
                                      + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    else if (stray == u"head"_s)
        reply = RawHttp::exchange(QHostAddress::LocalHost, port,
                                  "HEAD " + path + realState + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    else if (stray == u"headapi"_s)
        reply = RawHttp::exchange(QHostAddress::LocalHost, m_fixture.apiPort(),
                                  "HEAD " + path + realState + " HTTP/1.1\r\nHost: "
                                      + hostValue(u"127.0.0.1"_s, m_fixture.apiPort()) + "\r\nConnection: close\r\n\r\n");
    else if (stray == u"ehlo"_s)
        reply = RawHttp::exchange(QHostAddress::LocalHost, port, "EHLO attacker.test\r\n\r\n");
    else if (stray == u"wrongstate"_s)
        reply = RawHttp::get(QHostAddress::LocalHost, port, host, path + "?state=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA&code=forged");
    else if (stray == u"emptystate"_s)
        reply = RawHttp::get(QHostAddress::LocalHost, port, host, path + "?state=&code=forged");
    else if (stray == u"nostate"_s)
        reply = RawHttp::get(QHostAddress::LocalHost, port, host, path + "?code=forged");
    else if (stray == u"otherflow"_s)
        reply = RawHttp::get(QHostAddress::LocalHost, port, host, path + otherState);
    else if (stray == u"apilistener"_s)
        reply = RawHttp::get(QHostAddress::LocalHost, m_fixture.apiPort(), hostValue(u"127.0.0.1"_s, m_fixture.apiPort()),
                             path + realState);
    QCOMPARE(reply.status, status);

    // Both flows still wait, and their listeners still accept connections.
    QTest::qWait(100);
    QVERIFY(!hasFinished(finished, flow.flowId));
    QVERIFY(!hasFinished(finished, other.flowId));
    QVERIFY(!RawHttp::connectionRefused(QHostAddress::LocalHost, port));

    const QByteArray callback = signIn(flow);
    QVERIFY(!callback.isEmpty());
    const RawHttp::Reply real = RawHttp::get(QHostAddress::LocalHost, port, host, callback);
    QCOMPARE(real.status, 200);
    QCOMPARE(waitFinished(finished, flow.flowId), QString());
    QVERIFY(listenerClosed(port));

    Broker *broker = m_fixture.broker();
    const QString otherId = other.flowId;
    QMetaObject::invokeMethod(broker, [broker, otherId] { broker->cancelFlow(otherId); });
    QCOMPARE(waitFinished(finished, other.flowId), u"FLOW_CANCELLED"_s);
    QVERIFY(listenerClosed(other.port()));
}

void CallbackListenerTest::accessDeniedEndsFlow_data()
{
    QTest::addColumn<bool>("fromServer");

    QTest::newRow("denied at the consent page") << true;
    QTest::newRow("error=access_denied sent directly") << false;
}

void CallbackListenerTest::accessDeniedEndsFlow()
{
    QFETCH(bool, fromServer);

    QSignalSpy finished(m_fixture.broker(), &Broker::flowFinished);
    const StartedFlow flow = startFlow(AnyPortProvider);
    QVERIFY(!flow.flowId.isEmpty());

    QByteArray target;
    if (fromServer) {
        target = signIn(flow, true);
        QVERIFY(target.contains("error=access_denied"));
    } else {
        target = flow.callbackPath() + "?error=access_denied&state=" + QUrl::toPercentEncoding(QString::fromLatin1(flow.state));
    }

    const int codesBefore = m_oidc.grantCount(u"authorization_code"_s);
    const int errorsBefore = m_oidc.grantErrorCount(u"authorization_code"_s);
    const RawHttp::Reply reply = RawHttp::get(QHostAddress::LocalHost, flow.port(), hostValue(u"127.0.0.1"_s, flow.port()), target);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.contains("Authorization cancelled"));
    QCOMPARE(waitFinished(finished, flow.flowId), u"AUTHORIZATION_DENIED"_s);
    QVERIFY(listenerClosed(flow.port()));

    // No token request was made.
    QTest::qWait(200);
    QCOMPARE(m_oidc.grantCount(u"authorization_code"_s), codesBefore);
    QCOMPARE(m_oidc.grantErrorCount(u"authorization_code"_s), errorsBefore);
}

void CallbackListenerTest::providerErrorHasCode_data()
{
    QTest::addColumn<QByteArray>("oauthError");
    QTest::addColumn<QString>("expectedCode");

    QTest::newRow("invalid_scope") << "invalid_scope"_ba << u"PROVIDER_INVALID_SCOPE"_s;
    QTest::newRow("invalid_client") << "invalid_client"_ba << u"PROVIDER_INVALID_CLIENT"_s;
    QTest::newRow("unauthorized_client") << "unauthorized_client"_ba << u"PROVIDER_INVALID_CLIENT"_s;
    QTest::newRow("other error") << "login_required"_ba << u"AUTHORIZATION_FAILED"_s;
    QTest::newRow("upper-case lookalike") << "INVALID_SCOPE"_ba << u"AUTHORIZATION_FAILED"_s;
}

void CallbackListenerTest::providerErrorHasCode()
{
    QFETCH(QByteArray, oauthError);
    QFETCH(QString, expectedCode);

    QSignalSpy finished(m_fixture.broker(), &Broker::flowFinished);
    QSignalSpy exchanging(m_fixture.broker(), &Broker::flowExchanging);
    const StartedFlow flow = startFlow(AnyPortProvider);
    QVERIFY(!flow.flowId.isEmpty());

    const QByteArray target = flow.callbackPath() + "?error=" + oauthError
        + "&error_description=nope&state=" + QUrl::toPercentEncoding(QString::fromLatin1(flow.state));
    const RawHttp::Reply reply = RawHttp::get(QHostAddress::LocalHost, flow.port(), hostValue(u"127.0.0.1"_s, flow.port()), target);
    QCOMPARE(reply.status, 400);
    QCOMPARE(waitFinished(finished, flow.flowId), expectedCode);
    QVERIFY(exchanging.isEmpty());
}

void CallbackListenerTest::cancelClosesListener()
{
    QSignalSpy finished(m_fixture.broker(), &Broker::flowFinished);
    const StartedFlow flow = startFlow(AnyLocalProvider);
    QVERIFY(!flow.flowId.isEmpty());
    QVERIFY(!RawHttp::connectionRefused(QHostAddress::LocalHost, flow.port()));

    Broker *broker = m_fixture.broker();
    const QString flowId = flow.flowId;
    QMetaObject::invokeMethod(broker, [broker, flowId] { broker->cancelFlow(flowId); });
    QCOMPARE(waitFinished(finished, flow.flowId), u"FLOW_CANCELLED"_s);
    QVERIFY(listenerClosed(flow.port()));
}

void CallbackListenerTest::brokerStopClosesListener()
{
    const StartedFlow first = startFlow(AnyPortProvider);
    const StartedFlow second = startFlow(AnyLocalProvider);
    QVERIFY(!first.flowId.isEmpty());
    QVERIFY(!second.flowId.isEmpty());
    QVERIFY(!RawHttp::connectionRefused(QHostAddress::LocalHost, first.port()));

    m_fixture.stopBroker();
    QVERIFY(listenerClosed(first.port()));
    QVERIFY(listenerClosed(second.port()));
}

QTEST_GUILESS_MAIN(CallbackListenerTest)
#include "tst_callbacklistener.moc"
