// Refresh against a real OpenID Connect server (oidc-provider) with refresh-token rotation on:
// every refresh returns a new refresh token, and presenting a used one revokes the whole grant,
// so a second refresh of the same token would break the connection. The broker runs
// in-process with the real keychain of the test's D-Bus session; agents are plain HTTP clients.

#include "BrokerFixture.h"

#include "Broker.h"
#include "agents/AgentDirectory.h"
#include "agents/AgentKey.h"
#include "connections/ConnectionKeys.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Access tokens live 4 s and are refreshed when 2 s are left, so a test waits at most a
// few seconds for a token that needs a refresh.
constexpr int AccessTokenTtlSeconds = 4;

RefreshPolicy testPolicy()
{
    RefreshPolicy policy;
    policy.onDemandMarginSeconds = 2;
    policy.proactiveCheckIntervalMs = 3600 * 1000;
    return policy;
}

struct RawResponse
{
    int status = 0;
    QJsonObject json;
};

RawResponse parseRawResponse(const QByteArray &bytes)
{
    RawResponse response;
    const QList<QByteArray> statusLine = bytes.left(bytes.indexOf("\r\n")).split(' ');
    if (statusLine.size() >= 2)
        response.status = statusLine.at(1).toInt();
    const qsizetype bodyStart = bytes.indexOf("\r\n\r\n");
    if (bodyStart >= 0)
        response.json = QJsonDocument::fromJson(bytes.mid(bodyStart + 4)).object();
    return response;
}

} // namespace

class RefreshAgainstServerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void concurrentCallersShareOneRefresh();
    void healthListsConnectionStates();
    void invalidGrantNeedsReauth();

private:
    void waitUntilTokenNeedsRefresh();

    // Adds an agent that may use every connection but read no token, and returns its key:
    // /api/health lists the states of the connections an agent may use.
    QByteArray monitorKey();

    BrokerFixture m_fixture;
    QString m_sessionId;
    QString m_connectionId;
};

QByteArray RefreshAgainstServerTest::monitorKey()
{
    const QString key = AgentKey::generate();
    AgentEntry agent;
    agent.id = u"monitor"_s;
    agent.name = u"Monitor"_s;
    agent.permissions.connections = {u"*"_s};
    m_fixture.broker()->agentDirectory().put(AgentKey::hash(key.toLatin1()), agent);
    return key.toLatin1();
}

void RefreshAgainstServerTest::initTestCase()
{
    OidcServer::Options options;
    options.rotateRefreshTokens = true;
    options.accessTokenTtlSeconds = AccessTokenTtlSeconds;
    const QString started = m_fixture.start(options, testPolicy());
    QVERIFY2(started.isEmpty(), qPrintable(started));

    QString error;
    m_sessionId = m_fixture.connectAccount(BrokerFixture::ProviderName, u"alice"_s, &error);
    QVERIFY2(!m_sessionId.isEmpty(), qPrintable(error));
    QCOMPARE(m_fixture.storedConnectionIds().size(), 1);
    m_connectionId = m_fixture.storedConnectionIds().first();
}

void RefreshAgainstServerTest::waitUntilTokenNeedsRefresh()
{
    // Past TTL minus margin the broker refreshes before serving.
    QTest::qWait((AccessTokenTtlSeconds - testPolicy().onDemandMarginSeconds) * 1000 + 500);
}

void RefreshAgainstServerTest::concurrentCallersShareOneRefresh()
{
    const QString refreshTokenBefore = BrokerFixture::readKeychain(ConnectionKeys::refreshToken(m_connectionId));
    QVERIFY(!refreshTokenBefore.isEmpty());
    const int grantsBefore = m_fixture.oidc().grantCount(u"refresh_token"_s);
    waitUntilTokenNeedsRefresh();

    // 100 agents connect first and then send their requests at once, so they all arrive
    // while the one refresh is in flight.
    constexpr int Agents = 100;
    QList<QTcpSocket *> sockets;
    for (int i = 0; i < Agents; ++i) {
        auto *socket = new QTcpSocket(this);
        socket->connectToHost(QHostAddress::LocalHost, m_fixture.apiPort());
        sockets.append(socket);
    }
    for (QTcpSocket *socket : std::as_const(sockets))
        QVERIFY(socket->state() == QAbstractSocket::ConnectedState || socket->waitForConnected(10000));
    const QByteArray request = "GET /api/tokens/" + m_sessionId.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1:"
        + QByteArray::number(m_fixture.apiPort()) + "\r\nConnection: close\r\n\r\n";
    for (QTcpSocket *socket : std::as_const(sockets))
        socket->write(request);

    QHash<QTcpSocket *, QByteArray> received;
    const QDeadlineTimer deadline(30000);
    int closed = 0;
    while (closed < Agents && !deadline.hasExpired()) {
        QTest::qWait(20);
        closed = 0;
        for (QTcpSocket *socket : std::as_const(sockets)) {
            received[socket] += socket->readAll();
            if (socket->state() == QAbstractSocket::UnconnectedState)
                ++closed;
        }
    }
    QCOMPARE(closed, Agents);

    QSet<QString> accessTokens;
    for (QTcpSocket *socket : std::as_const(sockets)) {
        const RawResponse response = parseRawResponse(received.value(socket));
        QCOMPARE(response.status, 200);
        accessTokens.insert(response.json[u"data"_s][u"access_token"_s].toString());
        socket->deleteLater();
    }
    QCOMPARE(accessTokens.size(), 1);
    const QString accessToken = *accessTokens.cbegin();
    QVERIFY(!accessToken.isEmpty());

    // Exactly one request reached the token endpoint, and none failed.
    QTest::qWait(300);
    QCOMPARE(m_fixture.oidc().grantCount(u"refresh_token"_s), grantsBefore + 1);
    QCOMPARE(m_fixture.oidc().grantErrorCount(u"refresh_token"_s), 0);

    // The rotated refresh token is in the keychain and the access token works at the server.
    const QString refreshTokenAfter = BrokerFixture::readKeychain(ConnectionKeys::refreshToken(m_connectionId));
    QVERIFY(!refreshTokenAfter.isEmpty());
    QVERIFY(refreshTokenAfter != refreshTokenBefore);
    const BrokerFixture::HttpResult userinfo = BrokerFixture::get(QUrl(m_fixture.oidc().issuer() + u"/me"_s), accessToken.toUtf8());
    QCOMPARE(userinfo.status, 200);
    QCOMPARE(userinfo.json.value(u"sub"_s).toString(), u"alice"_s);

    // The grant is intact: the next refresh with the rotated token succeeds.
    waitUntilTokenNeedsRefresh();
    const BrokerFixture::HttpResult next = BrokerFixture::get(m_fixture.apiUrl(u"/api/tokens/"_s + m_sessionId));
    QCOMPARE(next.status, 200);
    QVERIFY(next.json[u"data"_s][u"access_token"_s].toString() != accessToken);
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.oidc().grantCount(u"refresh_token"_s), grantsBefore + 2, 5000);
    QCOMPARE(m_fixture.oidc().grantErrorCount(u"refresh_token"_s), 0);
}

void RefreshAgainstServerTest::healthListsConnectionStates()
{
    const BrokerFixture::HttpResult health = BrokerFixture::get(m_fixture.apiUrl(u"/api/health"_s), monitorKey());
    QCOMPARE(health.status, 200);
    const QJsonArray states = health.json[u"data"_s][u"connection_states"_s].toArray();
    QCOMPARE(states.size(), 1);
    QCOMPARE(states.at(0)[u"id"_s].toString(), m_connectionId);
    QCOMPARE(states.at(0)[u"provider"_s].toString(), BrokerFixture::ProviderName);
    QCOMPARE(states.at(0)[u"status"_s].toString(), u"active"_s);
    QCOMPARE(states.at(0)[u"reason"_s].toString(), QString());

    // No token and no account name in an unauthenticated reply.
    const QString refreshToken = BrokerFixture::readKeychain(ConnectionKeys::refreshToken(m_connectionId));
    QVERIFY(!health.body.contains(refreshToken.toUtf8()));
    QVERIFY(!health.body.contains("alice"));
    QVERIFY(!health.body.contains(m_sessionId.toUtf8()));
}

void RefreshAgainstServerTest::invalidGrantNeedsReauth()
{
    // The user removes the app's access at the provider: the grant is revoked there.
    const QString refreshToken = BrokerFixture::readKeychain(ConnectionKeys::refreshToken(m_connectionId));
    const BrokerFixture::HttpResult revoked = BrokerFixture::postForm(
        QUrl(m_fixture.oidc().issuer() + u"/token/revocation"_s),
        {{u"token"_s, refreshToken}, {u"client_id"_s, BrokerFixture::ClientId}, {u"client_secret"_s, m_fixture.clientSecret()}});
    QCOMPARE(revoked.status, 200);
    waitUntilTokenNeedsRefresh();

    const BrokerFixture::HttpResult token = BrokerFixture::get(m_fixture.apiUrl(u"/api/tokens/"_s + m_sessionId));
    QCOMPARE(token.status, 401);
    const QJsonObject error = token.json[u"error"_s].toObject();
    QCOMPARE(error[u"code"_s].toString(), u"REAUTH_REQUIRED"_s);
    QCOMPARE(error[u"details"_s][u"connection_status"_s].toString(), u"needs_reauth"_s);
    QVERIFY2(error[u"details"_s][u"reason"_s].toString().contains(u"rejected the refresh token"_s),
             qPrintable(error[u"details"_s][u"reason"_s].toString()));
    QVERIFY(!token.body.contains(refreshToken.toUtf8()));
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.oidc().grantErrorCount(u"refresh_token"_s), 1, 5000);

    const BrokerFixture::HttpResult health = BrokerFixture::get(m_fixture.apiUrl(u"/api/health"_s), monitorKey());
    const QJsonObject state = health.json[u"data"_s][u"connection_states"_s].toArray().at(0).toObject();
    QCOMPARE(state[u"status"_s].toString(), u"needs_reauth"_s);
    QVERIFY(!state[u"reason"_s].toString().isEmpty());

    // Later requests do not ask the server again.
    const BrokerFixture::HttpResult again = BrokerFixture::get(m_fixture.apiUrl(u"/api/tokens/"_s + m_sessionId));
    QCOMPARE(again.status, 401);
    QTest::qWait(300);
    QCOMPARE(m_fixture.oidc().grantErrorCount(u"refresh_token"_s), 1);
}

QTEST_GUILESS_MAIN(RefreshAgainstServerTest)
#include "tst_refreshagainstserver.moc"
