#include "BrokerFixture.h"

#include "Broker.h"
#include "BrokerThread.h"
#include "core/Random.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>


using namespace Qt::StringLiterals;

namespace {

QByteArray formEncode(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

BrokerFixture::HttpResult finish(QNetworkReply *reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);

    BrokerFixture::HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return result;
}

} // namespace

BrokerFixture::BrokerFixture() = default;

BrokerFixture::~BrokerFixture()
{
    stopBroker();
    m_oidc.stop();
}

quint16 BrokerFixture::freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString BrokerFixture::start(const OidcServer::Options &serverOptions, const RefreshPolicy &policy)
{
    if (!m_dataDir.isValid())
        return u"cannot create a temporary data directory"_s;
    m_apiPort = freeLoopbackPort();
    m_clientSecret = QString::fromLatin1(Random::base64Url(24));

    OidcServer::Options options = serverOptions;
    for (const QString &provider : {u"norevoke"_s, u"deadrevoke"_s})
        options.extraRedirectUris.append(u"http://127.0.0.1:%1/oauth/%2/callback"_s.arg(m_apiPort).arg(provider));
    const QString started = m_oidc.start(freeLoopbackPort(), ClientId, m_clientSecret,
                                         u"http://127.0.0.1:%1/oauth/%2/callback"_s.arg(m_apiPort).arg(ProviderName), options);
    if (!started.isEmpty())
        return started;

    const QString written = writeProviderFiles();
    if (!written.isEmpty())
        return written;

    const QString brokerStarted = startBroker(policy);
    if (!brokerStarted.isEmpty())
        return brokerStarted;

    // The same OAuth client serves all three provider entries.
    for (const QString &provider : {ProviderName, u"norevoke"_s, u"deadrevoke"_s}) {
        QSignalSpy configured(broker(), &Broker::providersChanged);
        QMetaObject::invokeMethod(broker(), [this, provider] { broker()->configureProvider(provider, ClientId, m_clientSecret); });
        if (configured.isEmpty() && !configured.wait(15000))
            return u"configuring the client of "_s + provider + u" timed out"_s;
    }
    return {};
}

QString BrokerFixture::writeProviderFiles()
{
    if (!QDir(m_dataDir.path()).mkpath(u"providers"_s))
        return u"cannot create the providers directory"_s;

    const QString issuer = m_oidc.issuer();
    const QString deadUrl = u"http://127.0.0.1:%1/revoke"_s.arg(freeLoopbackPort());
    const QList<std::pair<QString, QString>> providers{
        {ProviderName, issuer + u"/token/revocation"_s},
        {u"norevoke"_s, QString()},
        {u"deadrevoke"_s, deadUrl},
    };
    for (const auto &[name, revocationUrl] : providers) {
        QJsonObject json{
            {u"name"_s, name},
            {u"display_name"_s, QString(u"Local OIDC ("_s + name + u")"_s)},
            {u"issuer"_s, issuer},
            {u"authorization_url"_s, QString(issuer + u"/auth"_s)},
            {u"token_url"_s, QString(issuer + u"/token"_s)},
            {u"userinfo_url"_s, QString(issuer + u"/me"_s)},
            {u"scopes"_s, QJsonArray{u"openid"_s, u"email"_s, u"profile"_s, u"offline_access"_s}},
            // oidc-provider issues a refresh token only with offline_access and prompt=consent.
            {u"extra_authorization_params"_s, QJsonObject{{u"prompt"_s, u"consent"_s}}},
        };
        if (!revocationUrl.isEmpty())
            json.insert(u"revocation_url"_s, revocationUrl);

        QFile file(m_dataDir.filePath(u"providers/"_s + name + u".json"_s));
        if (!file.open(QIODevice::WriteOnly))
            return u"cannot write the provider file of "_s + name;
        file.write(QJsonDocument(json).toJson());
    }
    return {};
}

QString BrokerFixture::startBroker(const RefreshPolicy &policy)
{
    BrokerOptions options;
    options.dataDir = m_dataDir.path();
    options.apiPort = m_apiPort;
    m_brokerThread = std::make_unique<BrokerThread>(options);
    m_brokerThread->broker()->setRefreshPolicy(policy);
    if (m_beforeStart)
        m_beforeStart(m_brokerThread->broker());

    QSignalSpy started(m_brokerThread->broker(), &Broker::started);
    QSignalSpy failed(m_brokerThread->broker(), &Broker::startFailed);
    m_brokerThread->start();
    if (started.isEmpty() && !started.wait(30000))
        return u"the broker did not start: "_s + (failed.isEmpty() ? u"timeout"_s : failed.first().first().value<Error>().message);
    return {};
}

void BrokerFixture::stopBroker()
{
    m_brokerThread.reset();
}

QString BrokerFixture::restartBroker(const RefreshPolicy &policy)
{
    stopBroker();
    return startBroker(policy);
}

Broker *BrokerFixture::broker() const
{
    return m_brokerThread ? m_brokerThread->broker() : nullptr;
}

QUrl BrokerFixture::apiUrl(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_apiPort).arg(path));
}

QString BrokerFixture::connectAccount(const QString &provider, const QString &login, QString *error,
                                      const std::function<QUrl(const QUrl &)> &editUrl)
{
    QSignalSpy flowStarted(broker(), &Broker::flowStarted);
    QSignalSpy flowFinished(broker(), &Broker::flowFinished);
    QMetaObject::invokeMethod(broker(), [this, provider] { broker()->startFlow(provider); });
    // The broker thread may emit before wait() starts; wait() counts only later signals.
    if (flowStarted.isEmpty() && !flowStarted.wait(15000)) {
        *error = u"the flow did not start"_s;
        return {};
    }

    QUrl url = flowStarted.first().at(2).toUrl();
    if (editUrl)
        url = editUrl(url);
    const QByteArray page = OidcServer::authorize(url.toString(QUrl::FullyEncoded), {u"--login"_s, login}, error);
    if (!error->isEmpty())
        return {};
    if (QJsonDocument::fromJson(page).object().value(u"callback_status"_s).toInt() != 200) {
        *error = u"the callback failed: "_s + QString::fromUtf8(page);
        return {};
    }

    if (flowFinished.isEmpty() && !flowFinished.wait(15000)) {
        *error = u"the flow did not finish"_s;
        return {};
    }
    const Error flowError = flowFinished.first().at(3).value<Error>();
    if (!flowError.code.isEmpty()) {
        *error = flowError.message;
        return {};
    }
    return flowFinished.first().at(2).toString();
}

QStringList BrokerFixture::storedConnectionIds() const
{
    const QString name = u"fixture-inspect-"_s + Random::uuid4();
    QStringList ids;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(QDir(m_dataDir.path()).filePath(u"securecontext.db"_s));
        if (db.open()) {
            QSqlQuery query(u"SELECT id FROM connections ORDER BY created_at"_s, db);
            while (query.next())
                ids.append(query.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ids;
}

// Reads through secret-tool (libsecret) in a process of its own: QtKeychain jobs started on
// this thread while the broker thread runs its own jobs crashed inside QtKeychain 0.13.
QString BrokerFixture::readKeychain(const QString &key, bool *found)
{
    QProcess lookup;
    lookup.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"SecureContext"_s, u"user"_s, key});
    const bool finished = lookup.waitForFinished(10000);
    const QString value = QString::fromUtf8(lookup.readAllStandardOutput()).trimmed();
    if (found)
        *found = finished && lookup.exitCode() == 0 && !value.isEmpty();
    return finished && lookup.exitCode() == 0 ? value : QString();
}

BrokerFixture::HttpResult BrokerFixture::get(const QUrl &url, const QByteArray &bearerToken)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    if (!bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearerToken);
    request.setTransferTimeout(30000);
    return finish(network.get(request));
}

BrokerFixture::HttpResult BrokerFixture::postForm(const QUrl &url, const QList<std::pair<QString, QString>> &fields)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(30000);
    return finish(network.post(request, formEncode(fields)));
}

BrokerFixture::HttpResult BrokerFixture::postJson(const QUrl &url, const QJsonObject &body, const QByteArray &bearerToken)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearerToken);
    request.setTransferTimeout(30000);
    return finish(network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

BrokerFixture::HttpResult BrokerFixture::refreshAtServer(const QString &refreshToken)
{
    return postForm(QUrl(m_oidc.issuer() + u"/token"_s), {{u"grant_type"_s, u"refresh_token"_s},
                                                          {u"refresh_token"_s, refreshToken},
                                                          {u"client_id"_s, ClientId},
                                                          {u"client_secret"_s, m_clientSecret}});
}
