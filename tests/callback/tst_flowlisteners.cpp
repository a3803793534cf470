// FlowController with its real dependencies on the test thread, for the cases a running
// broker cannot show quickly: a flow that times out, and an API port that another program
// has bound while an "any"-port flow still connects.

#include "OidcBrowser.h"
#include "OidcServer.h"
#include "RawHttp.h"

#include "connections/ConnectionManager.h"
#include "connections/FlowController.h"
#include "connections/ProviderDirectory.h"
#include "connections/TokenCache.h"
#include "core/Random.h"
#include "oauth/TokenClient.h"
#include "store/Database.h"
#include "store/MetadataStore.h"
#include "store/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString ProviderName = u"anyport"_s;
const QString ClientId = u"securecontext-flowlisteners"_s;
const QString KeychainService = u"SecureContextTest"_s;

} // namespace

class FlowListenersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void timeoutClosesListener();
    void apiPortTakenStillConnects();

private:
    // The FlowController and its dependencies, with `apiPort` as the API port.
    void createFlows(quint16 apiPort);
    QUrl startFlow(QString *flowId);

    OidcServer m_oidc;
    QString m_clientSecret;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MetadataStore> m_metadata;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<TokenCache> m_cache;
    std::unique_ptr<TokenClient> m_tokenClient;
    std::unique_ptr<ProviderDirectory> m_providers;
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<FlowController> m_flows;
};

void FlowListenersTest::initTestCase()
{
    qRegisterMetaType<Error>();
    m_clientSecret = QString::fromLatin1(Random::base64Url(24));
    OidcServer::Options options;
    options.loopbackAnyPort = true;
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 oidcPort = probe.serverPort();
    probe.close();
    const QString started = m_oidc.start(oidcPort, ClientId, m_clientSecret,
                                         u"http://127.0.0.1/oauth/%1/callback"_s.arg(ProviderName), options);
    QVERIFY2(started.isEmpty(), qPrintable(started));
}

void FlowListenersTest::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    QVERIFY(QDir(m_dataDir->path()).mkpath(u"providers"_s));

    const QString issuer = m_oidc.issuer();
    const QJsonObject json{
        {u"name"_s, ProviderName},
        {u"display_name"_s, u"Local OIDC, any port"_s},
        {u"issuer"_s, issuer},
        {u"authorization_url"_s, QString(issuer + u"/auth"_s)},
        {u"token_url"_s, QString(issuer + u"/token"_s)},
        {u"userinfo_url"_s, QString(issuer + u"/me"_s)},
        {u"scopes"_s, QJsonArray{u"openid"_s, u"email"_s}},
        {u"redirect_port_policy"_s, u"any"_s},
    };
    QFile file(m_dataDir->filePath(u"providers/"_s + ProviderName + u".json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(json).toJson());
    file.close();

    m_database = std::make_unique<Database>();
    const Result<void> opened = m_database->open(m_dataDir->filePath(u"securecontext.db"_s));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    m_metadata = std::make_unique<MetadataStore>(*m_database);
    m_secrets = std::make_unique<SecretStore>(KeychainService);
    m_cache = std::make_unique<TokenCache>();
    m_tokenClient = std::make_unique<TokenClient>();

    bool written = false;
    m_secrets->write(ProviderDirectory::clientSecretKey(ProviderName), m_clientSecret,
                     [&written](const Result<void> &result) { written = bool(result); });
    QTRY_VERIFY_WITH_TIMEOUT(written, 15000);
}

void FlowListenersTest::cleanup()
{
    m_flows.reset();
    m_connections.reset();
    m_providers.reset();
    m_tokenClient.reset();
    m_cache.reset();
    m_secrets.reset();
    m_metadata.reset();
    m_database.reset();
    m_dataDir.reset();
}

void FlowListenersTest::createFlows(quint16 apiPort)
{
    m_providers = std::make_unique<ProviderDirectory>();
    m_providers->load(m_dataDir->filePath(u"providers"_s), {{ProviderName, ClientId}}, apiPort);
    m_connections = std::make_unique<ConnectionManager>(*m_metadata, *m_secrets, *m_cache, *m_tokenClient, *m_providers);
    m_flows = std::make_unique<FlowController>(*m_providers, *m_secrets, *m_tokenClient, *m_connections);
}

QUrl FlowListenersTest::startFlow(QString *flowId)
{
    QSignalSpy started(m_flows.get(), &FlowController::flowStarted);
    m_flows->startFlow(ProviderName);
    if (started.size() != 1)
        return {};
    *flowId = started.first().at(0).toString();
    return started.first().at(2).toUrl();
}

void FlowListenersTest::timeoutClosesListener()
{
    createFlows(1);
    QSignalSpy finished(m_flows.get(), &FlowController::flowFinished);
    QString flowId;
    const QUrl authorizationUrl = startFlow(&flowId);
    QVERIFY(authorizationUrl.isValid());
    const QUrl redirectUri(QUrlQuery(authorizationUrl).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    const quint16 port = quint16(redirectUri.port());
    QCOMPARE(m_flows->listenerCount(), 1);
    QVERIFY(!RawHttp::connectionRefused(QHostAddress::LocalHost, port));

    // Just before the 10-minute lifetime ends the flow still waits.
    m_flows->expireFlows(QDateTime::currentDateTimeUtc().addSecs(9 * 60));
    QCOMPARE(finished.size(), 0);
    QVERIFY(!RawHttp::connectionRefused(QHostAddress::LocalHost, port));

    m_flows->expireFlows(QDateTime::currentDateTimeUtc().addSecs(10 * 60 + 1));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toString(), flowId);
    QCOMPARE(finished.first().at(3).value<Error>().code, u"FLOW_TIMED_OUT"_s);
    QCOMPARE(m_flows->listenerCount(), 0);
    QVERIFY(RawHttp::connectionRefused(QHostAddress::LocalHost, port));
    if (RawHttp::hasIpv6Loopback())
        QVERIFY(RawHttp::connectionRefused(QHostAddress::LocalHostIPv6, port));
}

void FlowListenersTest::apiPortTakenStillConnects()
{
    // Another program has bound the port the API would use.
    QTcpServer foreign;
    QVERIFY(foreign.listen(QHostAddress::LocalHost, 0));
    createFlows(foreign.serverPort());

    QSignalSpy finished(m_flows.get(), &FlowController::flowFinished);
    QString flowId;
    const QUrl authorizationUrl = startFlow(&flowId);
    QVERIFY(authorizationUrl.isValid());
    const QUrl redirectUri(QUrlQuery(authorizationUrl).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    QCOMPARE(redirectUri.host(), u"127.0.0.1"_s);
    QVERIFY(redirectUri.port() > 0);
    QVERIFY(redirectUri.port() != foreign.serverPort());

    QString error;
    const QUrl callback = OidcBrowser::signIn(authorizationUrl, u"dave"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(callback.port(), redirectUri.port());

    const quint16 port = quint16(redirectUri.port());
    RawHttp::Reply reply;
    QByteArray target = callback.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    // A blocking client on this thread would stall the FlowController, which runs here too, so the
    // request goes from a helper thread.
    std::unique_ptr<QThread> client(QThread::create([&reply, port, target] {
        reply = RawHttp::get(QHostAddress::LocalHost, port, "127.0.0.1:" + QByteArray::number(port), target);
    }));
    client->start();
    QTRY_VERIFY_WITH_TIMEOUT(client->isFinished(), 30000);
    QCOMPARE(reply.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QCOMPARE(finished.first().at(3).value<Error>().code, QString());
    QVERIFY(!finished.first().at(2).toString().isEmpty());
    QCOMPARE(m_oidc.grantCount(u"authorization_code"_s), 1);
    QVERIFY(RawHttp::connectionRefused(QHostAddress::LocalHost, port));
    QVERIFY(foreign.isListening());
}

QTEST_GUILESS_MAIN(FlowListenersTest)
#include "tst_flowlisteners.moc"
