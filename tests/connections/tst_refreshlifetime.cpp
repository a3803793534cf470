// Refreshes through ConnectionManager over the life of a grant: the refresh token's own
// lifetime, a run of refreshes whose responses carry no refresh token, and callers waiting while
// the token endpoint fails. FakeTokenEndpoint plays the endpoint, and SQLite and the keychain of
// the test's D-Bus session are real.

#include "ManagerHarness.h"

#include "connections/ConnectionKeys.h"
#include "core/Random.h"

#include <QElapsedTimer>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

FakeTokenEndpoint::Step stepNamed(const QString &name)
{
    using Action = FakeTokenEndpoint::Action;
    if (name == u"503 html"_s)
        return {Action::Respond, 503, "text/html", "<html><body><h1>503 Service Unavailable</h1></body></html>"};
    if (name == u"reset"_s)
        return {Action::Reset, 0, {}, {}};
    if (name == u"silent"_s)
        return {Action::Silent, 0, {}, {}};
    if (name == u"invalid_grant with Entra members"_s) {
        return FakeTokenEndpoint::json(
            400, R"json({"error":"invalid_grant","error_description":"AADSTS50173: grant revoked (placeholder text)",)json"
                 R"("error_codes":[50173],"timestamp":"2024-01-01 00:00:00Z","trace_id":"00000000-0000-0000-0000-000000000000",)"
                 R"("correlation_id":"00000000-0000-0000-0000-000000000000"})");
    }
    if (name == u"ok"_s)
        return FakeTokenEndpoint::json(200, R"({"access_token":"new-access-token","token_type":"Bearer","expires_in":3600})");
    qFatal("unknown step");
}

} // namespace

class RefreshLifetimeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void refreshTokenLifetime_data();
    void refreshTokenLifetime();
    void rotatedRefreshTokenLifetimeStored();
    void refreshesWithoutRefreshTokenKeepOriginal();
    void everyWaiterAnswered_data();
    void everyWaiterAnswered();

private:
    // Stores a connection whose access token has expired, with the given refresh token lifetime.
    QString storeExpiredGrant(std::optional<qint64> refreshTokenExpiresIn);

    ManagerHarness m_harness;
    QString m_refreshToken;
};

void RefreshLifetimeTest::cleanup()
{
    m_harness.tearDown();
}

QString RefreshLifetimeTest::storeExpiredGrant(std::optional<qint64> refreshTokenExpiresIn)
{
    TokenResponse tokens;
    tokens.accessToken = u"old-access-token"_s;
    m_refreshToken = u"refresh-"_s + QString::fromLatin1(Random::base64Url(16));
    tokens.refreshToken = m_refreshToken;
    tokens.expiresIn = 0;
    tokens.refreshTokenExpiresIn = refreshTokenExpiresIn;
    return m_harness.storeGrant(tokens, {u"openid"_s});
}

void RefreshLifetimeTest::refreshTokenLifetime_data()
{
    QTest::addColumn<qint64>("refreshTokenExpiresIn"); // -1: the response named none
    QTest::addColumn<bool>("expectRefresh");

    QTest::newRow("lifetime passed needs sign-in") << qint64(0) << false;
    QTest::newRow("lifetime ahead refreshes") << qint64(3600) << true;
    QTest::newRow("lifetime unknown refreshes") << qint64(-1) << true;
}

void RefreshLifetimeTest::refreshTokenLifetime()
{
    QFETCH(qint64, refreshTokenExpiresIn);
    QFETCH(bool, expectRefresh);

    m_harness.setUp(ManagerHarness::fastPolicy());
    const QString connectionId = storeExpiredGrant(refreshTokenExpiresIn < 0 ? std::nullopt
                                                                              : std::optional<qint64>(refreshTokenExpiresIn));
    QVERIFY(!connectionId.isEmpty());
    QCOMPARE(m_harness.storedRecord(connectionId)->refreshTokenExpiresAt.isValid(), refreshTokenExpiresIn >= 0);
    m_harness.endpoint->append(stepNamed(u"ok"_s));
    QTest::qWait(50); // lets a lifetime of 0 s pass

    const Result<TokenSnapshot> result = m_harness.freshToken(connectionId);
    if (expectRefresh) {
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result.value().accessToken, u"new-access-token"_s);
        QCOMPARE(m_harness.endpoint->requestCount(), 1);
        return;
    }

    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"REAUTH_REQUIRED"_s);
    QVERIFY2(result.error().message.contains(u"refresh token expired"_s), qPrintable(result.error().message));
    QCOMPARE(m_harness.endpoint->requestCount(), 0);
    QCOMPARE(m_harness.cache->token(connectionId)->status, ConnectionStatus::NeedsReauth);
    const std::optional<ConnectionRecord> stored = m_harness.storedRecord(connectionId);
    QCOMPARE(stored->status, ConnectionStatus::NeedsReauth);
    QVERIFY2(stored->lastError.contains(u"refresh token expired"_s), qPrintable(stored->lastError));
    // Nothing is deleted: the user signs in again and the new grant replaces the entries.
    QCOMPARE(m_harness.readSecret(ConnectionKeys::refreshToken(connectionId)).value(), m_refreshToken);

    // A restarted broker does not call the endpoint either.
    m_harness.restartManager();
    QCOMPARE(m_harness.freshToken(connectionId).error().code, u"REAUTH_REQUIRED"_s);
    QCOMPARE(m_harness.endpoint->requestCount(), 0);
}

void RefreshLifetimeTest::rotatedRefreshTokenLifetimeStored()
{
    m_harness.setUp(ManagerHarness::fastPolicy());
    const QString connectionId = storeExpiredGrant(qint64(600));
    QVERIFY(!connectionId.isEmpty());
    // A GitHub App refresh: a new access token for 8 hours and a new refresh token for six months.
    m_harness.endpoint->append(FakeTokenEndpoint::json(
        200, R"({"access_token":"ghu_NEW","expires_in":28800,"refresh_token":"ghr_NEW","refresh_token_expires_in":15811200,"scope":"","token_type":"bearer"})"));

    const Result<TokenSnapshot> result = m_harness.freshToken(connectionId);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result.value().accessToken, u"ghu_NEW"_s);
    QCOMPARE(result.value().grantedScopes, QStringList());

    const std::optional<ConnectionRecord> stored = m_harness.storedRecord(connectionId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(now.secsTo(stored->accessTokenExpiresAt) > 28800 - 30);
    QVERIFY(now.secsTo(stored->refreshTokenExpiresAt) > 15811200 - 30);
    QCOMPARE(stored->grantedScopes, QStringList());
    QCOMPARE(m_harness.readSecret(ConnectionKeys::refreshToken(connectionId)).value(), u"ghr_NEW"_s);
}

void RefreshLifetimeTest::refreshesWithoutRefreshTokenKeepOriginal()
{
    m_harness.setUp(ManagerHarness::fastPolicy());
    const QString connectionId = storeExpiredGrant(std::nullopt);
    QVERIFY(!connectionId.isEmpty());

    // Each access token expires at once, so every request refreshes again. No response carries a
    // refresh token.
    constexpr int Refreshes = 3;
    for (int i = 1; i <= Refreshes; ++i) {
        m_harness.endpoint->append(FakeTokenEndpoint::json(
            200, R"({"access_token":"access-)" + QByteArray::number(i) + R"(","expires_in":0,"token_type":"Bearer"})"));
    }
    for (int i = 1; i <= Refreshes; ++i) {
        const Result<TokenSnapshot> result = m_harness.freshToken(connectionId);
        QVERIFY2(result.ok(), qPrintable(u"refresh %1: "_s.arg(i) + result.error().message));
        QCOMPARE(result.value().accessToken, u"access-%1"_s.arg(i));
        QCOMPARE(result.value().refreshToken, m_refreshToken);
    }

    QCOMPARE(m_harness.endpoint->requestCount(), Refreshes);
    for (int i = 0; i < Refreshes; ++i) {
        QCOMPARE(m_harness.endpoint->refreshTokens().at(i), m_refreshToken.toUtf8());
        QCOMPARE(m_harness.endpoint->acceptHeaders().at(i), QByteArray("application/json"));
        const QUrlQuery form(QString::fromLatin1(m_harness.endpoint->bodies().at(i)));
        QCOMPARE(form.queryItemValue(u"grant_type"_s), u"refresh_token"_s);
    }
    QCOMPARE(m_harness.readSecret(ConnectionKeys::refreshToken(connectionId)).value(), m_refreshToken);
    QCOMPARE(m_harness.readSecret(ConnectionKeys::accessToken(connectionId)).value(), u"access-3"_s);
    QCOMPARE(m_harness.storedRecord(connectionId)->status, ConnectionStatus::Active);
}

void RefreshLifetimeTest::everyWaiterAnswered_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<int>("waiterDeadlineMs");
    QTest::addColumn<QString>("expectedError");
    QTest::addColumn<QString>("expectedStatus");

    // Two attempts of at most 400 ms each, with at most 200 ms between them.
    QTest::newRow("503 html page") << QStringList{u"503 html"_s, u"503 html"_s} << 3000 << u"REFRESH_FAILED"_s
                                   << ConnectionStatus::Active;
    // QNetworkAccessManager repeats a request once by itself after a reset.
    QTest::newRow("connection reset") << QStringList{u"reset"_s, u"reset"_s, u"reset"_s, u"reset"_s} << 3000
                                      << u"REFRESH_FAILED"_s << ConnectionStatus::Active;
    QTest::newRow("no answer within the attempt timeout") << QStringList{u"silent"_s, u"silent"_s} << 3000
                                                          << u"REFRESH_FAILED"_s << ConnectionStatus::Active;
    QTest::newRow("no answer within the waiter deadline") << QStringList{u"silent"_s, u"silent"_s} << 250
                                                          << u"REFRESH_TIMEOUT"_s << ConnectionStatus::Active;
    QTest::newRow("invalid_grant is final") << QStringList{u"invalid_grant with Entra members"_s} << 3000
                                            << u"REAUTH_REQUIRED"_s << ConnectionStatus::NeedsReauth;
}

void RefreshLifetimeTest::everyWaiterAnswered()
{
    QFETCH(QStringList, script);
    QFETCH(int, waiterDeadlineMs);
    QFETCH(QString, expectedError);
    QFETCH(QString, expectedStatus);

    RefreshPolicy policy = ManagerHarness::fastPolicy();
    policy.maxAttempts = 2;
    policy.attemptTimeoutMs = 400;
    policy.initialBackoffMs = 100;
    policy.maxBackoffMs = 200;
    policy.waiterDeadlineMs = waiterDeadlineMs;
    m_harness.setUp(policy);
    const QString connectionId = storeExpiredGrant(std::nullopt);
    QVERIFY(!connectionId.isEmpty());
    for (const QString &step : script)
        m_harness.endpoint->append(stepNamed(step));

    constexpr int Waiters = 5;
    QList<Result<TokenSnapshot>> results;
    QList<qint64> answeredAfterMs;
    QElapsedTimer elapsed;
    elapsed.start();
    for (int i = 0; i < Waiters; ++i) {
        m_harness.manager->freshToken(connectionId, [&results, &answeredAfterMs, &elapsed](const Result<TokenSnapshot> &fresh) {
            results.append(fresh);
            answeredAfterMs.append(elapsed.elapsed());
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), Waiters, waiterDeadlineMs + 2000);
    for (int i = 0; i < Waiters; ++i) {
        QVERIFY2(answeredAfterMs.at(i) <= waiterDeadlineMs + 500, qPrintable(QString::number(answeredAfterMs.at(i))));
        QVERIFY(!results.at(i).ok());
        QCOMPARE(results.at(i).error().code, expectedError);
    }

    // The refresh ends in a defined state even when the callers stopped waiting first.
    QTRY_VERIFY_WITH_TIMEOUT(!m_harness.manager->isRefreshing(connectionId), 5000);
    QCOMPARE(m_harness.cache->token(connectionId)->status, expectedStatus);
    QCOMPARE(m_harness.storedRecord(connectionId)->status, expectedStatus);
    QCOMPARE(m_harness.readSecret(ConnectionKeys::refreshToken(connectionId)).value(), m_refreshToken);
    for (const QByteArray &sent : m_harness.endpoint->refreshTokens())
        QCOMPARE(sent, m_refreshToken.toUtf8());

    const int requestsBefore = m_harness.endpoint->requestCount();
    m_harness.endpoint->clearScript();
    m_harness.endpoint->append(stepNamed(u"ok"_s));
    const Result<TokenSnapshot> next = m_harness.freshToken(connectionId);
    if (expectedStatus == ConnectionStatus::NeedsReauth) {
        // invalid_grant is final for this refresh token: no further request until a new sign-in.
        QCOMPARE(next.error().code, u"REAUTH_REQUIRED"_s);
        QCOMPARE(m_harness.endpoint->requestCount(), requestsBefore);
        return;
    }
    // After a transient failure the next request starts a new attempt.
    QVERIFY2(next.ok(), qPrintable(next.error().message));
    QCOMPARE(next.value().accessToken, u"new-access-token"_s);
    QCOMPARE(m_harness.endpoint->requestCount(), requestsBefore + 1);
}

QTEST_GUILESS_MAIN(RefreshLifetimeTest)
#include "tst_refreshlifetime.moc"
