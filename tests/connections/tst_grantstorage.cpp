// What ConnectionManager stores for token endpoint responses as real providers send them: each
// response goes through a real code exchange (TokenClient against FakeTokenEndpoint) and
// storeGrant() into SQLite and the keychain of the test's D-Bus session, and the checks read
// the stored connection back, also after a restart of the manager.

#include "ManagerHarness.h"

#include "connections/ConnectionKeys.h"
#include "core/Random.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Unknown = -1;
const QByteArray Json = "application/json; charset=utf-8";
const QByteArray Form = "application/x-www-form-urlencoded; charset=utf-8";

FakeTokenEndpoint::Step answer(int status, const QByteArray &contentType, const QByteArray &body)
{
    return FakeTokenEndpoint::Step{FakeTokenEndpoint::Action::Respond, status, contentType, body};
}

// True when `time` is `seconds` from now, within the few seconds that a test run takes.
bool isAboutSecondsAhead(const QDateTime &time, qint64 seconds)
{
    const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(time);
    return time.isValid() && ahead <= seconds && ahead >= seconds - 30;
}

} // namespace

class GrantStorageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void grantStoredAsAnswered_data();
    void grantStoredAsAnswered();
    void codeExchangeErrorStoresNothing_data();
    void codeExchangeErrorStoresNothing();
    void largeTokensRoundTrip();
    void emptyKeychainEntryNeverServed_data();
    void emptyKeychainEntryNeverServed();

private:
    ManagerHarness m_harness;
};

void GrantStorageTest::init()
{
    m_harness.setUp(ManagerHarness::fastPolicy());
}

void GrantStorageTest::cleanup()
{
    m_harness.tearDown();
}

void GrantStorageTest::grantStoredAsAnswered_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("requestedScopes");
    QTest::addColumn<QString>("accessToken");
    QTest::addColumn<QString>("tokenType");
    QTest::addColumn<QStringList>("grantedScopes");
    QTest::addColumn<qint64>("accessLifetime");
    QTest::addColumn<qint64>("refreshLifetime");

    const QStringList repoGist{u"repo"_s, u"gist"_s};
    const QStringList google{u"openid"_s, u"email"_s, u"https://www.googleapis.com/auth/drive.readonly"_s};

    QTest::newRow("form-encoded answer without Accept support")
        << Form << "access_token=gho_TESTTOKEN0000000000000000000000000000&scope=repo%2Cgist&token_type=bearer"_ba
        << repoGist << u"gho_TESTTOKEN0000000000000000000000000000"_s << u"bearer"_s << repoGist << Unknown << Unknown;
    QTest::newRow("json labelled text/javascript")
        << "text/javascript; charset=utf-8"_ba << R"({"access_token":"at-TEST-1","token_type":"Bearer","expires_in":3600})"_ba
        << QStringList{u"openid"_s} << u"at-TEST-1"_s << u"Bearer"_s << QStringList{u"openid"_s} << qint64(3600) << Unknown;
    QTest::newRow("missing expires_in stores an unknown expiry")
        << Json << R"({"access_token":"gho_TESTTOKEN","token_type":"bearer","scope":"repo"})"_ba
        << QStringList{u"repo"_s} << u"gho_TESTTOKEN"_s << u"bearer"_s << QStringList{u"repo"_s} << Unknown << Unknown;
    QTest::newRow("empty scope is an empty grant with both lifetimes")
        << Json
        << R"({"access_token":"ghu_TEST","expires_in":28800,"refresh_token":"ghr_TEST","refresh_token_expires_in":15811200,"scope":"","token_type":"bearer"})"_ba
        << repoGist << u"ghu_TEST"_s << u"bearer"_s << QStringList() << qint64(28800) << qint64(15811200);
    QTest::newRow("comma-separated scope split into items")
        << Json << R"({"access_token":"gho_TEST","scope":"read:org,user:email","token_type":"bearer"})"_ba
        << QStringList{u"read:org"_s, u"user:email"_s} << u"gho_TEST"_s << u"bearer"_s
        << QStringList{u"read:org"_s, u"user:email"_s} << Unknown << Unknown;
    QTest::newRow("absent scope grants the requested set")
        << Json << R"({"access_token":"ya29.TEST","expires_in":3599,"token_type":"Bearer"})"_ba
        << google << u"ya29.TEST"_s << u"Bearer"_s << google << qint64(3599) << Unknown;
    QTest::newRow("narrower scope stored exactly")
        << Json << R"({"access_token":"ya29.TEST","expires_in":3599,"token_type":"Bearer","scope":"openid"})"_ba
        << google << u"ya29.TEST"_s << u"Bearer"_s << QStringList{u"openid"_s} << qint64(3599) << Unknown;
}

void GrantStorageTest::grantStoredAsAnswered()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, requestedScopes);
    QFETCH(QString, accessToken);
    QFETCH(QString, tokenType);
    QFETCH(QStringList, grantedScopes);
    QFETCH(qint64, accessLifetime);
    QFETCH(qint64, refreshLifetime);

    const Result<TokenResponse> tokens = m_harness.exchangeCode(answer(200, contentType, body));
    QVERIFY2(tokens.ok(), qPrintable(tokens.error().code + u' ' + tokens.error().message));
    QCOMPARE(m_harness.endpoint->requestCount(), 1);
    QCOMPARE(m_harness.endpoint->acceptHeaders().first(), QByteArray("application/json"));
    const QUrlQuery form(QString::fromLatin1(m_harness.endpoint->bodies().first()));
    QCOMPARE(form.queryItemValue(u"grant_type"_s), u"authorization_code"_s);

    const QString connectionId = m_harness.storeGrant(tokens.value(), requestedScopes);
    QVERIFY(!connectionId.isEmpty());

    // Read back as a restarted broker would, from the database and the keychain only.
    m_harness.restartManager();
    const std::optional<ConnectionRecord> stored = m_harness.storedRecord(connectionId);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->requestedScopes, requestedScopes);
    QCOMPARE(stored->grantedScopes, grantedScopes);
    QCOMPARE(stored->tokenType, tokenType);
    QCOMPARE(stored->status, ConnectionStatus::Active);
    if (accessLifetime == Unknown)
        QVERIFY2(!stored->accessTokenExpiresAt.isValid(), qPrintable(stored->accessTokenExpiresAt.toString(Qt::ISODate)));
    else
        QVERIFY2(isAboutSecondsAhead(stored->accessTokenExpiresAt, accessLifetime),
                 qPrintable(stored->accessTokenExpiresAt.toString(Qt::ISODate)));
    if (refreshLifetime == Unknown)
        QVERIFY(!stored->refreshTokenExpiresAt.isValid());
    else
        QVERIFY2(isAboutSecondsAhead(stored->refreshTokenExpiresAt, refreshLifetime),
                 qPrintable(stored->refreshTokenExpiresAt.toString(Qt::ISODate)));

    // An unknown or distant expiry is served as it is, without a request to the provider.
    const Result<TokenSnapshot> served = m_harness.freshToken(connectionId);
    QVERIFY2(served.ok(), qPrintable(served.error().message));
    QCOMPARE(served.value().accessToken, accessToken);
    QCOMPARE(served.value().grantedScopes, grantedScopes);
    QCOMPARE(m_harness.endpoint->requestCount(), 1);
}

void GrantStorageTest::codeExchangeErrorStoresNothing_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("description");

    QTest::newRow("error in json with HTTP 200")
        << 200 << Json
        << R"({"error":"bad_verification_code","error_description":"code wrong or expired","error_uri":"https://docs.github.com/x"})"_ba
        << u"OAUTH_BAD_VERIFICATION_CODE"_s << u"code wrong or expired"_s;
    QTest::newRow("error form-encoded with HTTP 200")
        << 200 << Form << "error=bad_verification_code&error_description=code+wrong+or+expired"_ba
        << u"OAUTH_BAD_VERIFICATION_CODE"_s << u"code wrong or expired"_s;
    QTest::newRow("HTTP 200 without access_token") << 200 << Json << R"({"token_type":"bearer","scope":"repo"})"_ba
                                                    << u"MISSING_ACCESS_TOKEN"_s << QString();
    QTest::newRow("HTTP 200 with empty access_token") << 200 << Json << R"({"access_token":"","token_type":"bearer"})"_ba
                                                       << u"MISSING_ACCESS_TOKEN"_s << QString();
    QTest::newRow("HTML under HTTP 200") << 200 << "text/html"_ba << "<html>sign in</html>"_ba
                                         << u"UNPARSEABLE_TOKEN_RESPONSE"_s << QString();
}

void GrantStorageTest::codeExchangeErrorStoresNothing()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, description);

    // An account connected before keeps its tokens whatever a later exchange returns.
    TokenResponse existing;
    existing.accessToken = u"existing-access"_s;
    existing.refreshToken = u"existing-refresh"_s;
    existing.expiresIn = 3600;
    const QString connectionId = m_harness.storeGrant(existing, {u"openid"_s});
    QVERIFY(!connectionId.isEmpty());

    const Result<TokenResponse> tokens = m_harness.exchangeCode(answer(status, contentType, body));
    QVERIFY(!tokens.ok());
    QCOMPARE(tokens.error().code, code);
    QVERIFY2(tokens.error().message.contains(description), qPrintable(tokens.error().message));
    // An authorization code works once, so the client never sends it again.
    QTest::qWait(200);
    QCOMPARE(m_harness.endpoint->requestCount(), 1);

    QCOMPARE(m_harness.manager->summaries().size(), 1);
    QCOMPARE(m_harness.readSecret(ConnectionKeys::accessToken(connectionId)).value(), u"existing-access"_s);
    QCOMPARE(m_harness.readSecret(ConnectionKeys::refreshToken(connectionId)).value(), u"existing-refresh"_s);
}

void GrantStorageTest::largeTokensRoundTrip()
{
    // JWT access tokens with many claims pass 2.5 KB easily; these are far larger.
    TokenResponse tokens;
    tokens.accessToken = QString::fromLatin1(Random::base64Url(15000)); // 20 000 characters
    tokens.refreshToken = QString::fromLatin1(Random::base64Url(2250));  // 3 000 characters
    tokens.expiresIn = 3600;
    QCOMPARE(tokens.accessToken.size(), 20000);
    QCOMPARE(tokens.refreshToken.size(), 3000);

    const QString connectionId = m_harness.storeGrant(tokens, {u"openid"_s});
    QVERIFY(!connectionId.isEmpty());
    m_harness.restartManager();

    const Result<QString> storedAccess = m_harness.readSecret(ConnectionKeys::accessToken(connectionId));
    QVERIFY(storedAccess.ok());
    QCOMPARE(storedAccess.value().size(), tokens.accessToken.size());
    QCOMPARE(storedAccess.value(), tokens.accessToken);
    const Result<QString> storedRefresh = m_harness.readSecret(ConnectionKeys::refreshToken(connectionId));
    QVERIFY(storedRefresh.ok());
    QCOMPARE(storedRefresh.value(), tokens.refreshToken);

    const Result<TokenSnapshot> served = m_harness.freshToken(connectionId);
    QVERIFY2(served.ok(), qPrintable(served.error().message));
    QCOMPARE(served.value().accessToken, tokens.accessToken);
    QCOMPARE(served.value().refreshToken, tokens.refreshToken);
    QCOMPARE(m_harness.endpoint->requestCount(), 0);
}

void GrantStorageTest::emptyKeychainEntryNeverServed_data()
{
    QTest::addColumn<bool>("removeEntries");
    QTest::addColumn<bool>("keepRefreshToken");

    QTest::newRow("both entries emptied") << false << false;
    QTest::newRow("both entries deleted") << true << false;
    QTest::newRow("empty access token with a refresh token") << false << true;
}

void GrantStorageTest::emptyKeychainEntryNeverServed()
{
    QFETCH(bool, removeEntries);
    QFETCH(bool, keepRefreshToken);

    TokenResponse tokens;
    tokens.accessToken = u"stored-access"_s;
    tokens.refreshToken = u"stored-refresh"_s;
    tokens.expiresIn = 3600;
    const QString connectionId = m_harness.storeGrant(tokens, {u"openid"_s});
    QVERIFY(!connectionId.isEmpty());

    // Another program (or a keychain backend that answers a missing entry with an empty
    // secret) leaves the entries empty or removes them while the broker is stopped.
    QStringList keys{ConnectionKeys::accessToken(connectionId)};
    if (!keepRefreshToken)
        keys.append(ConnectionKeys::refreshToken(connectionId));
    for (const QString &key : std::as_const(keys)) {
        const Result<void> changed = removeEntries ? m_harness.removeSecret(key) : m_harness.writeSecret(key, QString());
        QVERIFY(changed.ok());
        QCOMPARE(m_harness.readSecret(key).error().code, SecretStore::NotFound);
    }
    m_harness.endpoint->append(
        FakeTokenEndpoint::json(200, R"({"access_token":"refreshed-access","token_type":"Bearer","expires_in":3600})"));
    m_harness.restartManager();

    const Result<TokenSnapshot> served = m_harness.freshToken(connectionId);
    if (keepRefreshToken) {
        // The stored refresh token gets a new access token; the empty one is never served.
        QVERIFY2(served.ok(), qPrintable(served.error().message));
        QCOMPARE(served.value().accessToken, u"refreshed-access"_s);
        QCOMPARE(m_harness.endpoint->requestCount(), 1);
        QCOMPARE(m_harness.endpoint->refreshTokens().first(), QByteArray("stored-refresh"));
        return;
    }

    QVERIFY(!served.ok());
    QCOMPARE(served.error().code, u"REAUTH_REQUIRED"_s);
    QVERIFY2(served.error().message.contains(u"no tokens"_s), qPrintable(served.error().message));
    QCOMPARE(m_harness.endpoint->requestCount(), 0);
    QCOMPARE(m_harness.cache->token(connectionId)->status, ConnectionStatus::NeedsReauth);
    QCOMPARE(m_harness.storedRecord(connectionId)->status, ConnectionStatus::NeedsReauth);

    // Later requests fail at once too.
    const Result<TokenSnapshot> again = m_harness.freshToken(connectionId);
    QCOMPARE(again.error().code, u"REAUTH_REQUIRED"_s);
    QCOMPARE(m_harness.endpoint->requestCount(), 0);
}

QTEST_GUILESS_MAIN(GrantStorageTest)
#include "tst_grantstorage.moc"
