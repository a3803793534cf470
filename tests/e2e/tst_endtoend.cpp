// The main path end to end, with real parts only: securecontextd connects an account at a
// real OpenID Connect server (oidc-provider) through its login and consent pages, an agent
// reads the token over the local API and uses it at the server's userinfo endpoint, an
// expired token is refreshed through a real refresh grant, and the connection survives a
// restart with its refresh token read back from the real keychain.

#include "OidcServer.h"

#include "core/Random.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

const QString ProviderName = u"localoidc"_s;
const QString ClientId = u"securecontext-e2e"_s;

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

struct HttpResult
{
    int status = 0;
    QJsonObject json;
    QByteArray contentType;
    QByteArray apiVersion;
};

HttpResult httpGet(const QUrl &url, const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(30000);
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(30000);

    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.json = QJsonDocument::fromJson(reply->readAll()).object();
    result.contentType = reply->rawHeader("Content-Type");
    result.apiVersion = reply->rawHeader("X-API-Version");
    reply->deleteLater();
    return result;
}

} // namespace

class EndToEndTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void connectThroughBrowser();
    void agentReadsTokenAndUsesIt();
    void apiRejectsBadRequests();
    void expiredTokenIsRefreshed();
    void restartKeepsConnection();
    void cancelledConsentFailsFlow();
    void addProviderByIssuer();
    void importScpProviderFile();
    void missingKeychainIsReported();
    void lockedKeychainIsReported();
    void dataDirectoryIsPrivate();

private:
    QStringList brokerArguments() const;
    bool startBroker();
    void stopBroker();
    QUrl apiUrl(const QString &path) const;
    QString connectionId() const;
    void expireStoredAccessToken();
    QString readKeychain(const QString &key);
    QString waitForAuthorizationUrl(QProcess &connect, QByteArray &output) const;
    int runCommand(const QStringList &arguments, QByteArray *output, QByteArray *errors,
                   const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    QString storedClientId(const QString &provider) const;

    QTemporaryDir m_dataDir;
    OidcServer m_oidc;
    QProcess m_broker;
    quint16 m_apiPort = 0;
    QString m_sessionId;
    QString m_accessToken;
    QString m_refreshedAccessToken;
};

QStringList EndToEndTest::brokerArguments() const
{
    return {u"--data-dir"_s, m_dataDir.path(), u"--port"_s, QString::number(m_apiPort)};
}

QUrl EndToEndTest::apiUrl(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_apiPort).arg(path));
}

void EndToEndTest::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    m_apiPort = freeLoopbackPort();
    const quint16 oidcPort = freeLoopbackPort();
    QVERIFY(m_apiPort != 0 && oidcPort != 0 && m_apiPort != oidcPort);

    const QString clientSecret = QString::fromLatin1(Random::base64Url(24));
    const QString redirectUri = u"http://127.0.0.1:%1/oauth/%2/callback"_s.arg(m_apiPort).arg(ProviderName);
    const QString started = m_oidc.start(oidcPort, ClientId, clientSecret, redirectUri);
    QVERIFY2(started.isEmpty(), qPrintable(started));

    // A provider file in the data folder points the broker at the local server.
    QVERIFY(QDir(m_dataDir.path()).mkpath(u"providers"_s));
    QFile providerFile(m_dataDir.filePath(u"providers/localoidc.json"_s));
    QVERIFY(providerFile.open(QIODevice::WriteOnly));
    const QString issuer = m_oidc.issuer();
    providerFile.write(QJsonDocument(QJsonObject{
        {u"name"_s, ProviderName},
        {u"display_name"_s, u"Local OIDC"_s},
        {u"issuer"_s, issuer},
        {u"authorization_url"_s, QString(issuer + u"/auth"_s)},
        {u"token_url"_s, QString(issuer + u"/token"_s)},
        {u"userinfo_url"_s, QString(issuer + u"/me"_s)},
        {u"scopes"_s, QJsonArray{u"openid"_s, u"email"_s, u"profile"_s, u"offline_access"_s}},
        // oidc-provider issues a refresh token only with offline_access and prompt=consent.
        {u"extra_authorization_params"_s, QJsonObject{{u"prompt"_s, u"consent"_s}}},
        {u"supports_refresh"_s, true},
    }).toJson());
    providerFile.close();

    // The client secret goes to the keychain through standard input.
    QProcess setClient;
    setClient.start(QStringLiteral(SECURECONTEXTD_PATH),
                    brokerArguments() + QStringList{u"--set-client"_s, ProviderName, u"--client-id"_s, ClientId});
    QVERIFY(setClient.waitForStarted());
    setClient.write(clientSecret.toUtf8() + '\n');
    setClient.closeWriteChannel();
    QVERIFY(setClient.waitForFinished(30000));
    QVERIFY2(setClient.exitCode() == 0, setClient.readAllStandardError().constData());
    const QByteArray expectedLine = QByteArray("Redirect URI to register: ") + redirectUri.toUtf8();
    QVERIFY(setClient.readAllStandardOutput().contains(expectedLine));
}

void EndToEndTest::cleanupTestCase()
{
    stopBroker();
    m_oidc.stop();
}

bool EndToEndTest::startBroker()
{
    m_broker.setProcessChannelMode(QProcess::SeparateChannels);
    m_broker.start(QStringLiteral(SECURECONTEXTD_PATH), brokerArguments());
    if (!m_broker.waitForStarted(10000))
        return false;

    QByteArray output;
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && m_broker.state() == QProcess::Running) {
        m_broker.waitForReadyRead(500);
        output += m_broker.readAllStandardOutput();
        if (output.contains("listening on http://127.0.0.1:"))
            return true;
    }
    qWarning() << "securecontextd did not start:" << m_broker.readAllStandardError();
    return false;
}

void EndToEndTest::stopBroker()
{
    if (m_broker.state() == QProcess::NotRunning)
        return;
    m_broker.terminate();
    if (!m_broker.waitForFinished(10000))
        m_broker.kill();
}

QString EndToEndTest::connectionId() const
{
    const QString name = u"e2e-inspect"_s;
    QString id;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(QDir(m_dataDir.path()).filePath(u"securecontext.db"_s));
        if (db.open()) {
            QSqlQuery query(u"SELECT id FROM connections WHERE provider = 'localoidc'"_s, db);
            if (query.next())
                id = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return id;
}

void EndToEndTest::expireStoredAccessToken()
{
    const QString name = u"e2e-expire"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(QDir(m_dataDir.path()).filePath(u"securecontext.db"_s));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"UPDATE connections SET access_token_expires_at = '2000-01-01T00:00:00.000Z'"_s));
        QCOMPARE(query.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(name);
}

QString EndToEndTest::readKeychain(const QString &key)
{
    QKeychain::ReadPasswordJob job(u"SecureContext"_s);
    job.setAutoDelete(false);
    job.setKey(key);
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    if (!finished.wait(10000) || job.error() != QKeychain::NoError)
        return {};
    return job.textData();
}

// Reads `securecontextd --connect` output until the authorization URL, printed on a line of
// its own, appears.
QString EndToEndTest::waitForAuthorizationUrl(QProcess &connect, QByteArray &output) const
{
    const QByteArray prefix = m_oidc.issuer().toUtf8() + "/auth?";
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && connect.state() == QProcess::Running) {
        connect.waitForReadyRead(500);
        output += connect.readAllStandardOutput();
        for (const QByteArray &line : output.split('\n')) {
            if (line.startsWith(prefix))
                return QString::fromUtf8(line.trimmed());
        }
    }
    return {};
}

void EndToEndTest::connectThroughBrowser()
{
    QProcess connect;
    connect.setProcessChannelMode(QProcess::SeparateChannels);
    connect.start(QStringLiteral(SECURECONTEXTD_PATH), brokerArguments() + QStringList{u"--connect"_s, ProviderName});
    QVERIFY(connect.waitForStarted());

    QByteArray output;
    const QString authorizationUrl = waitForAuthorizationUrl(connect, output);
    QVERIFY2(!authorizationUrl.isEmpty(), connect.readAllStandardError().constData());

    const QUrlQuery query{QUrl(authorizationUrl)};
    QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(query.queryItemValue(u"code_challenge"_s).size(), 43);
    QVERIFY(query.queryItemValue(u"state"_s).size() >= 22);
    QCOMPARE(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded),
             u"http://127.0.0.1:%1/oauth/localoidc/callback"_s.arg(m_apiPort));

    QString error;
    const QByteArray browserResult = OidcServer::authorize(authorizationUrl, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject page = QJsonDocument::fromJson(browserResult).object();
    QVERIFY2(page.value(u"callback_status"_s).toInt() == 200, browserResult.constData());
    QCOMPARE(page.value(u"callback_path"_s).toString(), u"/oauth/localoidc/callback"_s);
    QVERIFY(page.value(u"body"_s).toString().contains(u"alice@example.test"_s));

    QVERIFY(connect.waitForFinished(30000));
    output += connect.readAllStandardOutput();
    QCOMPARE(connect.exitCode(), 0);
    const QRegularExpression sessionLine(u"Session id: ([0-9a-f-]{36})"_s);
    const QRegularExpressionMatch match = sessionLine.match(QString::fromUtf8(output));
    QVERIFY2(match.hasMatch(), output.constData());
    m_sessionId = match.captured(1);
    QTRY_COMPARE_WITH_TIMEOUT(m_oidc.grantCount(u"authorization_code"_s), 1, 5000);
}

void EndToEndTest::agentReadsTokenAndUsesIt()
{
    QVERIFY(!m_sessionId.isEmpty());
    QVERIFY(startBroker());

    const HttpResult token = httpGet(apiUrl(u"/api/tokens/"_s + m_sessionId));
    QCOMPARE(token.status, 200);
    QVERIFY(token.contentType.startsWith("application/json"));
    QCOMPARE(token.apiVersion, QByteArray("1.0"));
    QCOMPARE(token.json.value(u"success"_s).toBool(), true);
    QCOMPARE(token.json.value(u"version"_s).toString(), u"1.0"_s);
    QVERIFY(token.json.value(u"timestamp"_s).toString().endsWith(u'Z'));

    const QJsonObject data = token.json.value(u"data"_s).toObject();
    m_accessToken = data.value(u"access_token"_s).toString();
    QVERIFY(!m_accessToken.isEmpty());
    // The refresh token stays in the keychain: the broker refreshes for the agent.
    QVERIFY(data.contains(u"refresh_token"_s));
    QVERIFY(data.value(u"refresh_token"_s).toString().isEmpty());
    QCOMPARE(data.value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(data.value(u"provider"_s).toString(), ProviderName);
    QVERIFY(data.value(u"expires_at"_s).toString().endsWith(u'Z'));
    QVERIFY(data.value(u"scope"_s).toString().split(u' ').contains(u"openid"_s));
    QVERIFY(data.value(u"scope"_s).toString().split(u' ').contains(u"offline_access"_s));

    // The agent uses the token at the provider.
    const HttpResult userinfo = httpGet(QUrl(m_oidc.issuer() + u"/me"_s),
                                        {{"Authorization", "Bearer " + m_accessToken.toUtf8()}});
    QCOMPARE(userinfo.status, 200);
    QCOMPARE(userinfo.json.value(u"sub"_s).toString(), u"alice"_s);

    const HttpResult providers = httpGet(apiUrl(u"/api/providers"_s));
    QCOMPARE(providers.status, 200);
    const QJsonObject providersData = providers.json.value(u"data"_s).toObject();
    QVERIFY(providersData.value(u"count"_s).toInt() >= 4);
    bool found = false;
    for (const QJsonValue &provider : providersData.value(u"providers"_s).toArray())
        found = found || provider[u"name"_s].toString() == ProviderName;
    QVERIFY(found);

    const HttpResult health = httpGet(apiUrl(u"/api/health"_s));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json[u"data"_s][u"components"_s][u"keychain"_s].toString(), u"ok"_s);
}

void EndToEndTest::apiRejectsBadRequests()
{
    QVERIFY(m_broker.state() == QProcess::Running);

    const HttpResult malformed = httpGet(apiUrl(u"/api/tokens/not-a-session-id"_s));
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.json[u"error"_s][u"code"_s].toString(), u"INVALID_SESSION_ID_FORMAT"_s);
    QCOMPARE(malformed.json[u"success"_s].toBool(true), false);

    const HttpResult unknown = httpGet(apiUrl(u"/api/tokens/3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b"_s));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json[u"error"_s][u"code"_s].toString(), u"SESSION_NOT_FOUND"_s);
    QCOMPARE(unknown.json[u"error"_s][u"status_code"_s].toInt(), 404);

    // A web page that rebinds its own host name to 127.0.0.1 sends its own Host header.
    const HttpResult rebinding = httpGet(apiUrl(u"/api/tokens/"_s + m_sessionId),
                                         {{"Host", "rebind.attacker.test:" + QByteArray::number(m_apiPort)}});
    QCOMPARE(rebinding.status, 421);
    QVERIFY(!rebinding.json.contains(u"data"_s));
}

void EndToEndTest::expiredTokenIsRefreshed()
{
    stopBroker();
    QCOMPARE(m_broker.exitCode(), 0);
    expireStoredAccessToken();
    QCOMPARE(m_oidc.grantCount(u"refresh_token"_s), 0);

    QVERIFY(startBroker());
    const HttpResult token = httpGet(apiUrl(u"/api/tokens/"_s + m_sessionId));
    QCOMPARE(token.status, 200);
    m_refreshedAccessToken = token.json[u"data"_s][u"access_token"_s].toString();
    QVERIFY(!m_refreshedAccessToken.isEmpty());
    QVERIFY(m_refreshedAccessToken != m_accessToken);
    QTRY_COMPARE_WITH_TIMEOUT(m_oidc.grantCount(u"refresh_token"_s), 1, 5000);

    const QDateTime expiresAt = QDateTime::fromString(token.json[u"data"_s][u"expires_at"_s].toString(), Qt::ISODate);
    QVERIFY(expiresAt > QDateTime::currentDateTimeUtc().addSecs(600));

    const HttpResult userinfo = httpGet(QUrl(m_oidc.issuer() + u"/me"_s),
                                        {{"Authorization", "Bearer " + m_refreshedAccessToken.toUtf8()}});
    QCOMPARE(userinfo.status, 200);
    QCOMPARE(userinfo.json.value(u"sub"_s).toString(), u"alice"_s);
}

void EndToEndTest::restartKeepsConnection()
{
    stopBroker();
    QVERIFY(startBroker());

    const HttpResult token = httpGet(apiUrl(u"/api/tokens/"_s + m_sessionId));
    QCOMPARE(token.status, 200);
    QCOMPARE(token.json[u"data"_s][u"access_token"_s].toString(), m_refreshedAccessToken);
    // Give a stray grant line time to arrive before checking there was none.
    QTest::qWait(300);
    QCOMPARE(m_oidc.grantCount(u"refresh_token"_s), 1);

    // The refresh token is in the real keychain, and nowhere in the database file.
    const QString id = connectionId();
    QVERIFY(!id.isEmpty());
    const QString refreshToken = readKeychain(u"connection/"_s + id + u"/refresh_token"_s);
    QVERIFY(!refreshToken.isEmpty());
    QVERIFY(token.json[u"data"_s][u"refresh_token"_s].toString().isEmpty());
    stopBroker();

    for (const QString &file : QDir(m_dataDir.path()).entryList(QDir::Files)) {
        QFile stored(m_dataDir.filePath(file));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        const QByteArray bytes = stored.readAll();
        QVERIFY2(!bytes.contains(refreshToken.toUtf8()), qPrintable(file));
        QVERIFY2(!bytes.contains(m_refreshedAccessToken.toUtf8()), qPrintable(file));
        QVERIFY2(!bytes.contains(m_sessionId.toUtf8()), qPrintable(file));
    }
}

void EndToEndTest::cancelledConsentFailsFlow()
{
    QProcess connect;
    connect.start(QStringLiteral(SECURECONTEXTD_PATH), brokerArguments() + QStringList{u"--connect"_s, ProviderName});
    QVERIFY(connect.waitForStarted());

    QByteArray output;
    const QString authorizationUrl = waitForAuthorizationUrl(connect, output);
    QVERIFY(!authorizationUrl.isEmpty());

    QString error;
    const QByteArray browserResult = OidcServer::authorize(authorizationUrl, {u"--deny"_s}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject page = QJsonDocument::fromJson(browserResult).object();
    QVERIFY(page.value(u"body"_s).toString().contains(u"cancelled"_s));

    QVERIFY(connect.waitForFinished(30000));
    QCOMPARE(connect.exitCode(), 1);
    QVERIFY(connect.readAllStandardError().contains("AUTHORIZATION_DENIED"));
    QTest::qWait(300);
    QCOMPARE(m_oidc.grantCount(u"authorization_code"_s), 1);
}

int EndToEndTest::runCommand(const QStringList &arguments, QByteArray *output, QByteArray *errors,
                             const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SECURECONTEXTD_PATH), QStringList{u"--data-dir"_s, m_dataDir.path()} + arguments);
    if (!process.waitForStarted() || !process.waitForFinished(60000))
        return -1;
    *output = process.readAllStandardOutput();
    *errors = process.readAllStandardError();
    return process.exitCode();
}

QString EndToEndTest::storedClientId(const QString &provider) const
{
    const QString name = u"e2e-client-id"_s;
    QString id;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(QDir(m_dataDir.path()).filePath(u"securecontext.db"_s));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(u"SELECT client_id FROM provider_settings WHERE provider = ?"_s);
            query.addBindValue(provider);
            if (query.exec() && query.next())
                id = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return id;
}

void EndToEndTest::addProviderByIssuer()
{
    QByteArray output;
    QByteArray errors;
    const int status = runCommand({u"--add-provider"_s, m_oidc.issuer(), u"--name"_s, u"discovered"_s,
                                   u"--display-name"_s, u"Discovered OIDC"_s}, &output, &errors);
    QVERIFY2(status == 0, errors.constData());
    QVERIFY(output.contains("Added provider discovered"));

    QFile file(m_dataDir.filePath(u"providers/discovered.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject provider = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(provider.value(u"token_url"_s).toString(), QString(m_oidc.issuer() + u"/token"_s));
    QCOMPARE(provider.value(u"issuer"_s).toString(), m_oidc.issuer());
    QCOMPARE(provider.value(u"display_name"_s).toString(), u"Discovered OIDC"_s);
    QVERIFY(provider.value(u"scopes"_s).toArray().contains(u"openid"_s));

    // The same name twice is refused, and so is an issuer without metadata.
    QCOMPARE(runCommand({u"--add-provider"_s, m_oidc.issuer(), u"--name"_s, u"discovered"_s}, &output, &errors), 1);
    QVERIFY(errors.contains("PROVIDER_EXISTS"));
    QCOMPARE(runCommand({u"--add-provider"_s, QString(m_oidc.issuer() + u"/nothing-here"_s), u"--name"_s, u"nowhere"_s},
                        &output, &errors), 1);
    QVERIFY(errors.contains("DISCOVERY_"));
    QVERIFY(!QFile::exists(m_dataDir.filePath(u"providers/nowhere.json"_s)));
}

void EndToEndTest::importScpProviderFile()
{
    // The layout of the SCP reference service's providers.json, with a secret given as env:NAME.
    QTemporaryDir importDir;
    QFile scpFile(importDir.filePath(u"providers.json"_s));
    QVERIFY(scpFile.open(QIODevice::WriteOnly));
    scpFile.write(R"({
  "providers": {
    "github": {"name": "github", "display_name": "GitHub", "client_id": "scp-github-id",
               "client_secret": "env:SC_E2E_GITHUB_SECRET", "scopes": ["read:user"]},
    "acme": {"name": "acme", "display_name": "Acme", "client_id": "acme-id", "client_secret": "acme-secret-value",
             "authorize_url": "http://127.0.0.1:9/authorize", "token_url": "http://127.0.0.1:9/token",
             "scopes": ["read"]}
  },
  "settings": {}
})");
    scpFile.close();

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SC_E2E_GITHUB_SECRET"_s, u"github-secret-from-env"_s);
    QByteArray output;
    QByteArray errors;
    const int status = runCommand({u"--import-scp"_s, scpFile.fileName()}, &output, &errors, environment);
    QVERIFY2(status == 0, errors.constData());
    QVERIFY(output.contains("Added provider github"));
    QVERIFY(output.contains("Added provider acme"));

    // Client ids in the database, secrets in the keychain, never in a file.
    QCOMPARE(storedClientId(u"github"_s), u"scp-github-id"_s);
    QCOMPARE(storedClientId(u"acme"_s), u"acme-id"_s);
    QCOMPARE(readKeychain(u"provider/github/client_secret"_s), u"github-secret-from-env"_s);
    QCOMPARE(readKeychain(u"provider/acme/client_secret"_s), u"acme-secret-value"_s);

    QFile acme(m_dataDir.filePath(u"providers/acme.json"_s));
    QVERIFY(acme.open(QIODevice::ReadOnly));
    const QByteArray acmeFile = acme.readAll();
    QVERIFY(acmeFile.contains("http://127.0.0.1:9/token"));
    QVERIFY(!acmeFile.contains("acme-secret-value"));
    // GitHub stays the preset: only its client was imported.
    QVERIFY(!QFile::exists(m_dataDir.filePath(u"providers/github.json"_s)));
}

void EndToEndTest::missingKeychainIsReported()
{
    QTemporaryDir dataDir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A session bus address where nothing listens: no Secret Service can answer.
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + dataDir.filePath(u"no-bus"_s));
    environment.remove(u"DISPLAY"_s);

    QProcess broker;
    broker.setProcessEnvironment(environment);
    broker.start(QStringLiteral(SECURECONTEXTD_PATH),
                 {u"--data-dir"_s, dataDir.path(), u"--port"_s, QString::number(freeLoopbackPort())});
    QVERIFY(broker.waitForFinished(60000));
    QCOMPARE(broker.exitCode(), 2);
    const QByteArray message = broker.readAllStandardError();
    QVERIFY2(message.contains("SecureContext cannot start: No usable keychain"), message.constData());
    QVERIFY2(message.contains("gnome-keyring"), message.constData());
}

void EndToEndTest::lockedKeychainIsReported()
{
    // A D-Bus session of its own whose keyring is unlocked and then locked again, so the
    // shared keyring of the other tests stays unlocked. Unlocking needs a prompt, which
    // cannot appear without a display, so every write is denied.
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(u"runtime"_s));
    QVERIFY(QFile::setPermissions(home.filePath(u"runtime"_s),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_RUNTIME_DIR"_s, home.filePath(u"runtime"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.remove(u"GNOME_KEYRING_CONTROL"_s);
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);

    QProcess session;
    session.setProcessEnvironment(environment);
    session.start(u"dbus-run-session"_s,
                  {u"--"_s, u"sh"_s, u"-c"_s,
                   u"printf %s pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "
                   "dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets "
                   "org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login "
                   ">/dev/null && exec \"$0\" --data-dir \"$1\" --port \"$2\""_s,
                   QStringLiteral(SECURECONTEXTD_PATH), home.filePath(u"broker"_s), QString::number(freeLoopbackPort())});
    QVERIFY(session.waitForStarted());
    QVERIFY(session.waitForFinished(60000));
    const QByteArray errors = session.readAllStandardError();
    QCOMPARE(session.exitCode(), 2);
    QVERIFY2(errors.contains("SecureContext cannot start: The keychain denied access"), errors.constData());
    QVERIFY2(errors.contains("unlock the keychain"), errors.constData());
}

void EndToEndTest::dataDirectoryIsPrivate()
{
    QTemporaryDir parent;
    const QString dataDir = parent.filePath(u"data"_s);
    QVERIFY(QDir().mkpath(dataDir));
    QVERIFY(QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                               | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                               | QFileDevice::ReadOther | QFileDevice::ExeOther));

    QProcess setClient;
    setClient.start(QStringLiteral(SECURECONTEXTD_PATH),
                    {u"--data-dir"_s, dataDir, u"--port"_s, QString::number(freeLoopbackPort()), u"--set-client"_s,
                     u"github"_s, u"--client-id"_s, u"Iv1.example"_s});
    QVERIFY(setClient.waitForStarted());
    setClient.write("\n");
    setClient.closeWriteChannel();
    QVERIFY(setClient.waitForFinished(30000));
    QVERIFY2(setClient.exitCode() == 0, setClient.readAllStandardError().constData());

    // The database names accounts: only the user may read the folder it is in.
    const QFileDevice::Permissions permissions = QFileInfo(dataDir).permissions();
    QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    QVERIFY(!(permissions & (QFileDevice::ExeGroup | QFileDevice::ExeOther)));
    QVERIFY(permissions & QFileDevice::ReadOwner);
}

QTEST_GUILESS_MAIN(EndToEndTest)
#include "tst_endtoend.moc"
