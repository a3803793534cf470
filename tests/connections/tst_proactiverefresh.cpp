// Proactive refresh against a real OpenID Connect server (oidc-provider) with short-lived
// access tokens. A connection that an agent uses is refreshed shortly before its token
// expires, so the agent's next read does not wait on the server. An unused one is left alone.

#include "BrokerFixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Tokens live 12 s. The proactive margin is min(8 s, half the lifetime) = 6 s, so a used
// connection is refreshed about 6 s after each refresh.
constexpr int AccessTokenTtlSeconds = 12;

RefreshPolicy testPolicy()
{
    RefreshPolicy policy;
    policy.onDemandMarginSeconds = 1;
    policy.proactiveMarginSeconds = 8;
    // The last read comes within about 1 s of a refresh and the next refresh falls due about
    // 5 s after it (seconds are truncated), so 3 s tells the two apart with room to spare.
    policy.proactiveRecentUseSeconds = 3;
    policy.proactiveCheckIntervalMs = 200;
    return policy;
}

} // namespace

class ProactiveRefreshTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usedConnectionIsRefreshedEarly();

private:
    BrokerFixture m_fixture;
    QString m_sessionId;
};

void ProactiveRefreshTest::initTestCase()
{
    OidcServer::Options options;
    options.accessTokenTtlSeconds = AccessTokenTtlSeconds;
    const QString started = m_fixture.start(options, testPolicy());
    QVERIFY2(started.isEmpty(), qPrintable(started));

    QString error;
    m_sessionId = m_fixture.connectAccount(BrokerFixture::ProviderName, u"alice"_s, &error);
    QVERIFY2(!m_sessionId.isEmpty(), qPrintable(error));
}

void ProactiveRefreshTest::usedConnectionIsRefreshedEarly()
{
    const QUrl tokenUrl = m_fixture.apiUrl(u"/api/tokens/"_s + m_sessionId);

    // No agent has used the connection yet: past the margin, nothing is refreshed.
    QTest::qWait(7000);
    QCOMPARE(m_fixture.oidc().grantCount(u"refresh_token"_s), 0);

    // An agent reads the token. It still has about 5 s, more than the on-demand margin, so
    // the read is served at once and the refresh follows in the background.
    const BrokerFixture::HttpResult first = BrokerFixture::get(tokenUrl);
    QCOMPARE(first.status, 200);
    const QString firstToken = first.json[u"data"_s][u"access_token"_s].toString();
    QVERIFY(!firstToken.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.oidc().grantCount(u"refresh_token"_s), 1, 3000);

    // The broker stores the new token a moment after the server has issued it (two keychain
    // writes, about 15 ms each here); from then on reads get it from memory, without another
    // request to the server. Polling the API instead would count as agent use.
    QTest::qWait(500);
    const BrokerFixture::HttpResult second = BrokerFixture::get(tokenUrl);
    QCOMPARE(second.status, 200);
    const QString secondToken = second.json[u"data"_s][u"access_token"_s].toString();
    QVERIFY(!secondToken.isEmpty());
    QVERIFY(secondToken != firstToken);
    const QDateTime expiresAt = QDateTime::fromString(second.json[u"data"_s][u"expires_at"_s].toString(), Qt::ISODate);
    QVERIFY(QDateTime::currentDateTimeUtc().secsTo(expiresAt) > 8);
    const BrokerFixture::HttpResult userinfo = BrokerFixture::get(QUrl(m_fixture.oidc().issuer() + u"/me"_s), secondToken.toUtf8());
    QCOMPARE(userinfo.status, 200);

    // No agent reads any more. When the next refresh falls due, the last use is older than
    // proactiveRecentUseSeconds, so the connection is left to expire.
    QTest::qWait(9000);
    QCOMPARE(m_fixture.oidc().grantCount(u"refresh_token"_s), 1);
    QCOMPARE(m_fixture.oidc().grantErrorCount(u"refresh_token"_s), 0);
}

QTEST_GUILESS_MAIN(ProactiveRefreshTest)
#include "tst_proactiverefresh.moc"
