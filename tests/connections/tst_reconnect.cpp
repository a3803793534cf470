// Connecting the same account again, against a real OpenID Connect server (oidc-provider):
// the grant merges into the existing connection, and a reconnect whose token response has no
// refresh token keeps the stored one, which still works.

#include "BrokerFixture.h"

#include "connections/ConnectionKeys.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr int AccessTokenTtlSeconds = 4;

RefreshPolicy testPolicy()
{
    RefreshPolicy policy;
    policy.onDemandMarginSeconds = 2;
    policy.proactiveCheckIntervalMs = 3600 * 1000;
    return policy;
}

// Asks for the scopes without offline_access and drops prompt=consent, as a user could in the
// browser's address bar; oidc-provider then issues no refresh token.
QUrl withoutOfflineAccess(const QUrl &url)
{
    QUrlQuery query(url);
    QStringList scopes = query.queryItemValue(u"scope"_s, QUrl::FullyDecoded).split(u' ');
    scopes.removeAll(u"offline_access"_s);
    query.removeAllQueryItems(u"scope"_s);
    query.addQueryItem(u"scope"_s, QString::fromLatin1(QUrl::toPercentEncoding(scopes.join(u' '))));
    query.removeAllQueryItems(u"prompt"_s);
    QUrl edited = url;
    edited.setQuery(query);
    return edited;
}

} // namespace

class ReconnectTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void secondConnectKeepsOneConnection();
    void reconnectWithoutRefreshTokenKeepsStoredOne();

private:
    BrokerFixture m_fixture;
    QString m_connectionId;
    QString m_firstSessionId;
};

void ReconnectTest::initTestCase()
{
    OidcServer::Options options;
    options.accessTokenTtlSeconds = AccessTokenTtlSeconds;
    const QString started = m_fixture.start(options, testPolicy());
    QVERIFY2(started.isEmpty(), qPrintable(started));
}

void ReconnectTest::secondConnectKeepsOneConnection()
{
    QString error;
    m_firstSessionId = m_fixture.connectAccount(BrokerFixture::ProviderName, u"alice"_s, &error);
    QVERIFY2(!m_firstSessionId.isEmpty(), qPrintable(error));
    QCOMPARE(m_fixture.storedConnectionIds().size(), 1);
    m_connectionId = m_fixture.storedConnectionIds().first();
    const QString firstRefreshToken = BrokerFixture::readKeychain(ConnectionKeys::refreshToken(m_connectionId));
    QVERIFY(!firstRefreshToken.isEmpty());

    const QString secondSessionId = m_fixture.connectAccount(BrokerFixture::ProviderName, u"alice"_s, &error);
    QVERIFY2(!secondSessionId.isEmpty(), qPrintable(error));
    QVERIFY(secondSessionId != m_firstSessionId);
    QCOMPARE(m_fixture.storedConnectionIds(), QStringList{m_connectionId});

    // The new grant's refresh token replaced the old one, and both sessions read the token.
    const QString secondRefreshToken = BrokerFixture::readKeychain(ConnectionKeys::refreshToken(m_connectionId));
    QVERIFY(!secondRefreshToken.isEmpty());
    QVERIFY(secondRefreshToken != firstRefreshToken);
    QCOMPARE(BrokerFixture::get(m_fixture.apiUrl(u"/api/tokens/"_s + m_firstSessionId)).status, 200);
    QCOMPARE(BrokerFixture::get(m_fixture.apiUrl(u"/api/tokens/"_s + secondSessionId)).status, 200);

    // Another account at the same provider is a connection of its own.
    QVERIFY(!m_fixture.connectAccount(BrokerFixture::ProviderName, u"carol"_s, &error).isEmpty());
    QCOMPARE(m_fixture.storedConnectionIds().size(), 2);
}

void ReconnectTest::reconnectWithoutRefreshTokenKeepsStoredOne()
{
    const QString storedRefreshToken = BrokerFixture::readKeychain(ConnectionKeys::refreshToken(m_connectionId));
    QVERIFY(!storedRefreshToken.isEmpty());

    QString error;
    const QString sessionId = m_fixture.connectAccount(BrokerFixture::ProviderName, u"alice"_s, &error, withoutOfflineAccess);
    QVERIFY2(!sessionId.isEmpty(), qPrintable(error));
    QCOMPARE(m_fixture.storedConnectionIds().size(), 2);
    QCOMPARE(BrokerFixture::readKeychain(ConnectionKeys::refreshToken(m_connectionId)), storedRefreshToken);

    // The new grant has no offline_access, which shows its response carried no refresh token.
    const BrokerFixture::HttpResult reconnected = BrokerFixture::get(m_fixture.apiUrl(u"/api/tokens/"_s + sessionId));
    QCOMPARE(reconnected.status, 200);
    QVERIFY(!reconnected.json[u"data"_s][u"scope"_s].toString().split(u' ').contains(u"offline_access"_s));
    QCOMPARE(BrokerFixture::readKeychain(ConnectionKeys::refreshToken(m_connectionId)), storedRefreshToken);

    // The kept refresh token still works: an expired access token is refreshed with it.
    const int grantsBefore = m_fixture.oidc().grantCount(u"refresh_token"_s);
    QTest::qWait((AccessTokenTtlSeconds - testPolicy().onDemandMarginSeconds) * 1000 + 500);
    const BrokerFixture::HttpResult token = BrokerFixture::get(m_fixture.apiUrl(u"/api/tokens/"_s + sessionId));
    QCOMPARE(token.status, 200);
    QVERIFY(!token.json[u"data"_s][u"access_token"_s].toString().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.oidc().grantCount(u"refresh_token"_s), grantsBefore + 1, 5000);
    QCOMPARE(m_fixture.oidc().grantErrorCount(u"refresh_token"_s), 0);
}

QTEST_GUILESS_MAIN(ReconnectTest)
#include "tst_reconnect.moc"
