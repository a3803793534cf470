// Two securecontextd processes on one data directory (different --port) share the keychain
// and the SQLite database. With refresh-token rotation on at the real OpenID Connect server
// (oidc-provider), a second refresh of the same refresh token would revoke the grant. So the
// per-connection lock file must make one process refresh and the other take its result.

#include "BrokerFixture.h"

#include "core/Random.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class RefreshAcrossProcessesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void twoProcessesShareOneRefresh();

private:
    bool startBroker(QProcess &process, quint16 port);
    static void stopBroker(QProcess &process);
    void expireStoredAccessToken();
    QStringList arguments(quint16 port) const;

    QTemporaryDir m_dataDir;
    OidcServer m_oidc;
    quint16 m_firstPort = 0;
    quint16 m_secondPort = 0;
    QString m_sessionId;
    QProcess m_first;
    QProcess m_second;
};

QStringList RefreshAcrossProcessesTest::arguments(quint16 port) const
{
    // Each process has a socket of its own; one path is taken by the first broker that binds it.
    return {u"--data-dir"_s, m_dataDir.path(), u"--port"_s, QString::number(port),
            u"--socket"_s, m_dataDir.filePath(u"api-%1.sock"_s.arg(port))};
}

void RefreshAcrossProcessesTest::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    m_firstPort = BrokerFixture::freeLoopbackPort();
    m_secondPort = BrokerFixture::freeLoopbackPort();
    QVERIFY(m_firstPort != m_secondPort);

    const QString clientSecret = QString::fromLatin1(Random::base64Url(24));
    OidcServer::Options options;
    options.rotateRefreshTokens = true;
    const QString started = m_oidc.start(BrokerFixture::freeLoopbackPort(), BrokerFixture::ClientId, clientSecret,
                                         u"http://127.0.0.1:%1/oauth/localoidc/callback"_s.arg(m_firstPort), options);
    QVERIFY2(started.isEmpty(), qPrintable(started));

    QVERIFY(QDir(m_dataDir.path()).mkpath(u"providers"_s));
    QFile providerFile(m_dataDir.filePath(u"providers/localoidc.json"_s));
    QVERIFY(providerFile.open(QIODevice::WriteOnly));
    const QString issuer = m_oidc.issuer();
    providerFile.write(QJsonDocument(QJsonObject{
        {u"name"_s, u"localoidc"_s},
        {u"display_name"_s, u"Local OIDC"_s},
        {u"authorization_url"_s, QString(issuer + u"/auth"_s)},
        {u"token_url"_s, QString(issuer + u"/token"_s)},
        {u"userinfo_url"_s, QString(issuer + u"/me"_s)},
        {u"scopes"_s, QJsonArray{u"openid"_s, u"email"_s, u"offline_access"_s}},
        {u"extra_authorization_params"_s, QJsonObject{{u"prompt"_s, u"consent"_s}}},
    }).toJson());
    providerFile.close();

    QProcess setClient;
    setClient.start(QStringLiteral(SECURECONTEXTD_PATH),
                    arguments(m_firstPort) + QStringList{u"--set-client"_s, u"localoidc"_s, u"--client-id"_s, BrokerFixture::ClientId});
    QVERIFY(setClient.waitForStarted());
    setClient.write(clientSecret.toUtf8() + '\n');
    setClient.closeWriteChannel();
    QVERIFY(setClient.waitForFinished(30000));
    QCOMPARE(setClient.exitCode(), 0);

    // Connect through `securecontextd --connect` and the server's login and consent pages.
    QProcess connect;
    connect.start(QStringLiteral(SECURECONTEXTD_PATH), arguments(m_firstPort) + QStringList{u"--connect"_s, u"localoidc"_s});
    QVERIFY(connect.waitForStarted());
    QByteArray output;
    QString authorizationUrl;
    const QDeadlineTimer deadline(30000);
    while (authorizationUrl.isEmpty() && !deadline.hasExpired() && connect.state() == QProcess::Running) {
        connect.waitForReadyRead(500);
        output += connect.readAllStandardOutput();
        for (const QByteArray &line : output.split('\n')) {
            if (line.startsWith(QByteArray(issuer.toUtf8() + "/auth?")))
                authorizationUrl = QString::fromUtf8(line.trimmed());
        }
    }
    QVERIFY2(!authorizationUrl.isEmpty(), connect.readAllStandardError().constData());
    QString error;
    OidcServer::authorize(authorizationUrl, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(connect.waitForFinished(30000));
    output += connect.readAllStandardOutput();
    QCOMPARE(connect.exitCode(), 0);
    const QRegularExpressionMatch match = QRegularExpression(u"Session id: ([0-9a-f-]{36})"_s).match(QString::fromUtf8(output));
    QVERIFY2(match.hasMatch(), output.constData());
    m_sessionId = match.captured(1);
}

void RefreshAcrossProcessesTest::cleanupTestCase()
{
    stopBroker(m_first);
    stopBroker(m_second);
    m_oidc.stop();
}

bool RefreshAcrossProcessesTest::startBroker(QProcess &process, quint16 port)
{
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(QStringLiteral(SECURECONTEXTD_PATH), arguments(port));
    if (!process.waitForStarted(10000))
        return false;
    QByteArray output;
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && process.state() == QProcess::Running) {
        process.waitForReadyRead(200);
        output += process.readAllStandardOutput();
        if (output.contains("listening on http://127.0.0.1:"))
            return true;
    }
    qWarning() << "securecontextd did not start:" << process.readAllStandardError();
    return false;
}

void RefreshAcrossProcessesTest::stopBroker(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(10000))
        process.kill();
}

void RefreshAcrossProcessesTest::expireStoredAccessToken()
{
    const QString name = u"across-expire"_s;
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

void RefreshAcrossProcessesTest::twoProcessesShareOneRefresh()
{
    // Both processes load an expired access token.
    expireStoredAccessToken();
    QVERIFY(startBroker(m_first, m_firstPort));
    QVERIFY(startBroker(m_second, m_secondPort));
    QCOMPARE(m_oidc.grantCount(u"refresh_token"_s), 0);

    // Agents ask both at the same moment, several requests each.
    QNetworkAccessManager network;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 6; ++i) {
        for (const quint16 port : {m_firstPort, m_secondPort}) {
            QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/api/tokens/%2"_s.arg(port).arg(m_sessionId)));
            request.setTransferTimeout(30000);
            replies.append(network.get(request));
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *reply) { return reply->isFinished(); }),
                             30000);

    QSet<QString> accessTokens;
    for (QNetworkReply *reply : std::as_const(replies)) {
        const QByteArray body = reply->readAll();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        accessTokens.insert(QJsonDocument::fromJson(body).object()[u"data"_s][u"access_token"_s].toString());
        reply->deleteLater();
    }
    // One refresh at the server; the other process served the token the first one stored.
    QTest::qWait(300);
    QCOMPARE(m_oidc.grantCount(u"refresh_token"_s), 1);
    QCOMPARE(m_oidc.grantErrorCount(u"refresh_token"_s), 0);
    QCOMPARE(accessTokens.size(), 1);
    const QString accessToken = *accessTokens.cbegin();
    const BrokerFixture::HttpResult userinfo = BrokerFixture::get(QUrl(m_oidc.issuer() + u"/me"_s), accessToken.toUtf8());
    QCOMPARE(userinfo.status, 200);

    // The stored refresh token is the rotated one and still works: a third process refreshes.
    stopBroker(m_first);
    stopBroker(m_second);
    expireStoredAccessToken();
    QVERIFY(startBroker(m_first, m_firstPort));
    const BrokerFixture::HttpResult third = BrokerFixture::get(QUrl(u"http://127.0.0.1:%1/api/tokens/%2"_s.arg(m_firstPort).arg(m_sessionId)));
    QCOMPARE(third.status, 200);
    QVERIFY(third.json[u"data"_s][u"access_token"_s].toString() != accessToken);
    QTRY_COMPARE_WITH_TIMEOUT(m_oidc.grantCount(u"refresh_token"_s), 2, 5000);
    QCOMPARE(m_oidc.grantErrorCount(u"refresh_token"_s), 0);
}

QTEST_GUILESS_MAIN(RefreshAcrossProcessesTest)
#include "tst_refreshacrossprocesses.moc"
