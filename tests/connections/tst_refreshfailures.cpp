// ConnectionManager's refresh against a scriptable token endpoint (FakeTokenEndpoint), with the
// real keychain of the test's D-Bus session and a real SQLite database. The fake stands in for
// what no conformant server produces on demand: proxies answering 503 with HTML, connections
// reset after the request, endpoints that never respond, errors sent with HTTP 200. The cases
// that a real server does produce (rotation, concurrent callers, revocation) run against
// oidc-provider in tst_refreshagainstserver and the other tests of this folder.

#include "FakeTokenEndpoint.h"

#include "connections/ConnectionKeys.h"
#include "connections/ConnectionLock.h"
#include "connections/ConnectionManager.h"
#include "connections/ProviderDirectory.h"
#include "connections/TokenCache.h"
#include "core/Random.h"
#include "oauth/TokenClient.h"
#include "store/Database.h"
#include "store/MetadataStore.h"
#include "store/SecretStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString Service = u"SecureContext"_s;
const QString ProviderName = u"fakeidp"_s;

const QByteArray SuccessBody = R"({"access_token":"new-access-token","token_type":"Bearer","expires_in":3600})";

FakeTokenEndpoint::Step stepNamed(const QString &name)
{
    using Action = FakeTokenEndpoint::Action;
    if (name == u"503 html"_s)
        return {Action::Respond, 503, "text/html", "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>"};
    if (name == u"502 html"_s)
        return {Action::Respond, 502, "text/html", "<html><body>Bad Gateway</body></html>"};
    if (name == u"429"_s)
        return FakeTokenEndpoint::json(429, R"({"error":"rate_limit_exceeded"})");
    if (name == u"reset"_s)
        return {Action::Reset, 0, {}, {}};
    if (name == u"silent"_s)
        return {Action::Silent, 0, {}, {}};
    if (name == u"200 temporarily_unavailable"_s)
        return FakeTokenEndpoint::json(200, R"({"error":"temporarily_unavailable"})");
    if (name == u"200 html"_s)
        return {Action::Respond, 200, "text/html", "<html><body>Down for maintenance</body></html>"};
    if (name == u"200 invalid_grant"_s)
        return FakeTokenEndpoint::json(200, R"({"error":"invalid_grant","error_description":"The refresh token is revoked"})");
    if (name == u"401 invalid_client"_s)
        return FakeTokenEndpoint::json(401, R"({"error":"invalid_client"})");
    if (name == u"ok"_s)
        return FakeTokenEndpoint::json(200, SuccessBody);
    qFatal("unknown step");
}

RefreshPolicy fastPolicy()
{
    RefreshPolicy policy;
    policy.maxAttempts = 3;
    policy.attemptTimeoutMs = 700;
    policy.initialBackoffMs = 50;
    policy.maxBackoffMs = 200;
    policy.waiterDeadlineMs = 15000;
    policy.lockWaitMs = 5000;
    policy.proactiveCheckIntervalMs = 3600 * 1000;
    return policy;
}

} // namespace

class RefreshFailuresTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void transientFailures_data();
    void transientFailures();
    void refreshWithoutRefreshTokenKeepsStoredOne();
    void rotatedTokenWrittenBeforeServing();
    void invalidGrantMovesToNeedsReauth();
    void invalidGrantAfterRotationElsewhereRetries();
    void concurrentCallersShareOneRefresh();
    void waiterDeadlineAnswersEveryCaller();
    void lockHolderRefreshIsAdopted();
    void lockWaitTimesOut();
    void clientAuthenticationFollowsProvider_data();
    void clientAuthenticationFollowsProvider();

private:
    void writeProviderFile(const QString &tokenAuthMethod);
    void createManager(const RefreshPolicy &policy);
    Result<TokenSnapshot> freshToken();
    Result<QString> readSecret(const QString &key);
    void writeSecret(const QString &key, const QString &value);
    std::optional<ConnectionRecord> storedRecord();

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MetadataStore> m_metadata;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<TokenCache> m_cache;
    std::unique_ptr<TokenClient> m_tokenClient;
    std::unique_ptr<ProviderDirectory> m_providers;
    std::unique_ptr<ConnectionManager> m_manager;
    std::unique_ptr<FakeTokenEndpoint> m_endpoint;
    QString m_connectionId;
    QString m_refreshToken;
};

void RefreshFailuresTest::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    m_endpoint = std::make_unique<FakeTokenEndpoint>();
    QVERIFY(m_endpoint->listen());

    writeProviderFile(QString());

    m_database = std::make_unique<Database>();
    const Result<void> opened = m_database->open(m_dataDir->filePath(u"securecontext.db"_s));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_metadata = std::make_unique<MetadataStore>(*m_database);
    m_secrets = std::make_unique<SecretStore>(Service);
    m_cache = std::make_unique<TokenCache>();
    m_tokenClient = std::make_unique<TokenClient>();
    m_providers = std::make_unique<ProviderDirectory>();
    m_providers->load(m_dataDir->filePath(u"providers"_s), {{ProviderName, u"fake-client"_s}}, 0);
    QVERIFY(m_providers->find(ProviderName).has_value());
}

// Points the provider fakeidp at the fake endpoint; an empty method keeps the default.
void RefreshFailuresTest::writeProviderFile(const QString &tokenAuthMethod)
{
    QVERIFY(QDir(m_dataDir->path()).mkpath(u"providers"_s));
    QJsonObject json{
        {u"name"_s, ProviderName},
        {u"display_name"_s, u"Fake IdP"_s},
        {u"authorization_url"_s, u"http://127.0.0.1:9/authorize"_s},
        {u"token_url"_s, QString::fromLatin1(m_endpoint->tokenUrl())},
        {u"scopes"_s, QJsonArray{u"openid"_s}},
    };
    if (!tokenAuthMethod.isEmpty())
        json.insert(u"token_auth_method"_s, tokenAuthMethod);
    QFile providerFile(m_dataDir->filePath(u"providers/fakeidp.json"_s));
    QVERIFY(providerFile.open(QIODevice::WriteOnly));
    providerFile.write(QJsonDocument(json).toJson());
}

void RefreshFailuresTest::cleanup()
{
    m_manager.reset();
    m_providers.reset();
    m_tokenClient.reset();
    m_cache.reset();
    m_secrets.reset();
    m_metadata.reset();
    m_database.reset();
    m_endpoint.reset();
    m_dataDir.reset();
}

// Stores a connection whose access token has already expired, as the flow would.
void RefreshFailuresTest::createManager(const RefreshPolicy &policy)
{
    m_manager = std::make_unique<ConnectionManager>(*m_metadata, *m_secrets, *m_cache, *m_tokenClient, *m_providers);
    m_manager->setRefreshPolicy(policy);
    m_manager->setLockDirectory(m_dataDir->filePath(u"locks"_s));
    std::optional<Result<void>> loaded;
    m_manager->load([&loaded](const Result<void> &result) { loaded = result; });
    QTRY_VERIFY(loaded.has_value());

    PendingFlow flow;
    flow.providerName = ProviderName;
    flow.requestedScopes = {u"openid"_s};
    TokenResponse tokens;
    tokens.accessToken = u"old-access-token"_s;
    m_refreshToken = u"refresh-"_s + QString::fromLatin1(Random::base64Url(16));
    tokens.refreshToken = m_refreshToken;
    tokens.expiresIn = 0;
    const AccountIdentity identity{u"subject-"_s + Random::uuid4(), u"alice@example.test"_s};

    std::optional<Result<QString>> session;
    m_manager->storeGrant(flow, tokens, identity, [&session](const Result<QString> &created) { session = created; });
    QTRY_VERIFY_WITH_TIMEOUT(session.has_value(), 15000);
    QVERIFY2(session->ok(), qPrintable(session->error().message));
    QCOMPARE(m_manager->summaries().size(), 1);
    m_connectionId = m_manager->summaries().first().id;
}

Result<TokenSnapshot> RefreshFailuresTest::freshToken()
{
    std::optional<Result<TokenSnapshot>> result;
    m_manager->freshToken(m_connectionId, [&result](const Result<TokenSnapshot> &fresh) { result = fresh; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); }();
    return result.value_or(Error{u"TEST_TIMEOUT"_s, {}});
}

Result<QString> RefreshFailuresTest::readSecret(const QString &key)
{
    std::optional<Result<QString>> result;
    m_secrets->read(key, [&result](const Result<QString> &value) { result = value; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
    return result.value_or(Error{u"TEST_TIMEOUT"_s, {}});
}

void RefreshFailuresTest::writeSecret(const QString &key, const QString &value)
{
    std::optional<Result<void>> result;
    m_secrets->write(key, value, [&result](const Result<void> &written) { result = written; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QVERIFY(result->ok());
}

std::optional<ConnectionRecord> RefreshFailuresTest::storedRecord()
{
    Result<std::optional<ConnectionRecord>> record = m_metadata->loadConnection(m_connectionId);
    return record ? record.value() : std::nullopt;
}

void RefreshFailuresTest::transientFailures_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QString>("expectedError");
    QTest::addColumn<QString>("expectedStatus");
    // QNetworkAccessManager sends a request once more by itself when the connection is reset
    // before a response, so the reset row allows up to two requests per attempt.
    QTest::addColumn<int>("maximumRequests");

    QTest::newRow("503 keeps the token and retries") << QStringList{u"503 html"_s, u"503 html"_s, u"503 html"_s}
                                                     << u"REFRESH_FAILED"_s << u"active"_s << 0;
    QTest::newRow("503 twice then success") << QStringList{u"503 html"_s, u"503 html"_s, u"ok"_s} << QString() << u"active"_s << 0;
    QTest::newRow("reset after the request") << QStringList{u"reset"_s, u"reset"_s, u"reset"_s, u"reset"_s, u"reset"_s, u"reset"_s}
                                             << u"REFRESH_FAILED"_s << u"active"_s << 6;
    QTest::newRow("timeout without an answer") << QStringList{u"silent"_s, u"silent"_s, u"silent"_s}
                                               << u"REFRESH_FAILED"_s << u"active"_s << 0;
    QTest::newRow("429 then success") << QStringList{u"429"_s, u"ok"_s} << QString() << u"active"_s << 0;
    QTest::newRow("502 proxy page, reset, success") << QStringList{u"502 html"_s, u"reset"_s, u"ok"_s} << QString()
                                                    << u"active"_s << 0;
    QTest::newRow("HTTP 200 temporarily_unavailable") << QStringList{u"200 temporarily_unavailable"_s, u"200 temporarily_unavailable"_s,
                                                                     u"200 temporarily_unavailable"_s}
                                                      << u"REFRESH_FAILED"_s << u"active"_s << 0;
    QTest::newRow("HTTP 200 with an HTML body") << QStringList{u"200 html"_s, u"200 html"_s, u"200 html"_s}
                                                << u"REFRESH_FAILED"_s << u"active"_s << 0;
    QTest::newRow("HTTP 200 invalid_grant needs reauth") << QStringList{u"200 invalid_grant"_s} << u"REAUTH_REQUIRED"_s
                                                         << u"needs_reauth"_s << 0;
    QTest::newRow("invalid_client is not retried") << QStringList{u"401 invalid_client"_s} << u"REFRESH_REJECTED"_s
                                                   << u"active"_s << 0;
}

void RefreshFailuresTest::transientFailures()
{
    QFETCH(QStringList, script);
    QFETCH(QString, expectedError);
    QFETCH(QString, expectedStatus);
    QFETCH(int, maximumRequests);

    createManager(fastPolicy());
    for (const QString &step : script)
        m_endpoint->append(stepNamed(step));

    QElapsedTimer elapsed;
    elapsed.start();
    const Result<TokenSnapshot> result = freshToken();
    // Three attempts of at most 700 ms plus backoff: bounded well below the waiter deadline.
    QVERIFY2(elapsed.elapsed() < 6000, qPrintable(QString::number(elapsed.elapsed())));

    const int minimumRequests = maximumRequests > 0 ? 3 : int(script.size());
    maximumRequests = maximumRequests > 0 ? maximumRequests : int(script.size());
    QVERIFY2(m_endpoint->requestCount() >= minimumRequests && m_endpoint->requestCount() <= maximumRequests,
             qPrintable(QString::number(m_endpoint->requestCount())));
    const int requestsBefore = m_endpoint->requestCount();
    for (const QByteArray &sent : m_endpoint->refreshTokens())
        QCOMPARE(QString::fromUtf8(sent), m_refreshToken);
    QCOMPARE(result.ok() ? QString() : result.error().code, expectedError);
    QCOMPARE(m_cache->token(m_connectionId)->status, expectedStatus);

    const std::optional<ConnectionRecord> stored = storedRecord();
    QVERIFY(stored.has_value());
    QCOMPARE(stored->status, expectedStatus);

    // Whatever happened, the refresh token was neither lost nor replaced.
    const Result<QString> storedRefreshToken = readSecret(ConnectionKeys::refreshToken(m_connectionId));
    QVERIFY(storedRefreshToken.ok());
    QCOMPARE(storedRefreshToken.value(), m_refreshToken);

    if (expectedError.isEmpty()) {
        QCOMPARE(result.value().accessToken, u"new-access-token"_s);
        QCOMPARE(result.value().refreshToken, m_refreshToken);
        QVERIFY(stored->lastError.isEmpty());
        return;
    }

    QVERIFY(!stored->lastError.isEmpty());
    QVERIFY(!m_cache->token(m_connectionId)->lastError.isEmpty());
    if (expectedError != u"REFRESH_FAILED"_s && expectedError != u"REFRESH_REJECTED"_s)
        return;

    // The next agent request starts a new attempt, which now succeeds.
    m_endpoint->clearScript();
    m_endpoint->append(stepNamed(u"ok"_s));
    const Result<TokenSnapshot> retried = freshToken();
    QVERIFY2(retried.ok(), qPrintable(retried.error().message));
    QCOMPARE(m_endpoint->requestCount(), requestsBefore + 1);
    QCOMPARE(retried.value().accessToken, u"new-access-token"_s);
    QCOMPARE(m_cache->token(m_connectionId)->status, u"active"_s);
    QVERIFY(m_cache->token(m_connectionId)->lastError.isEmpty());
}

void RefreshFailuresTest::refreshWithoutRefreshTokenKeepsStoredOne()
{
    createManager(fastPolicy());
    // Google returns no refresh_token on a refresh, and the stored one stays valid.
    m_endpoint->append(FakeTokenEndpoint::json(200, SuccessBody));

    const Result<TokenSnapshot> result = freshToken();
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result.value().accessToken, u"new-access-token"_s);
    QCOMPARE(result.value().refreshToken, m_refreshToken);

    const Result<QString> storedRefreshToken = readSecret(ConnectionKeys::refreshToken(m_connectionId));
    QVERIFY(storedRefreshToken.ok());
    QCOMPARE(storedRefreshToken.value(), m_refreshToken);
    const Result<QString> storedAccessToken = readSecret(ConnectionKeys::accessToken(m_connectionId));
    QVERIFY(storedAccessToken.ok());
    QCOMPARE(storedAccessToken.value(), u"new-access-token"_s);

    const std::optional<ConnectionRecord> stored = storedRecord();
    QVERIFY(stored.has_value());
    QVERIFY(stored->accessTokenExpiresAt > QDateTime::currentDateTimeUtc().addSecs(3500));
    QVERIFY(stored->lastRefreshAt.isValid());
}

void RefreshFailuresTest::rotatedTokenWrittenBeforeServing()
{
    createManager(fastPolicy());
    m_endpoint->append(FakeTokenEndpoint::json(
        200, R"({"access_token":"rotated-access","refresh_token":"rotated-refresh","token_type":"Bearer","expires_in":3600})"));

    // The keychain read starts inside the callback, before anything else can write. It returns
    // the rotated token only if that was stored before the access token was served.
    std::optional<Result<TokenSnapshot>> served;
    std::optional<Result<QString>> storedWhenServed;
    m_manager->freshToken(m_connectionId, [this, &served, &storedWhenServed](const Result<TokenSnapshot> &fresh) {
        served = fresh;
        m_secrets->read(ConnectionKeys::refreshToken(m_connectionId),
                        [&storedWhenServed](const Result<QString> &value) { storedWhenServed = value; });
    });
    QTRY_VERIFY_WITH_TIMEOUT(storedWhenServed.has_value(), 15000);

    QVERIFY(served->ok());
    QCOMPARE(served->value().accessToken, u"rotated-access"_s);
    QCOMPARE(served->value().refreshToken, u"rotated-refresh"_s);
    QVERIFY(storedWhenServed->ok());
    QCOMPARE(storedWhenServed->value(), u"rotated-refresh"_s);
}

void RefreshFailuresTest::invalidGrantMovesToNeedsReauth()
{
    createManager(fastPolicy());
    m_endpoint->append(FakeTokenEndpoint::json(400, R"({"error":"invalid_grant","error_description":"Token has been expired or revoked."})"));

    const Result<TokenSnapshot> result = freshToken();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"REAUTH_REQUIRED"_s);
    QCOMPARE(m_endpoint->requestCount(), 1);

    const std::optional<TokenSnapshot> cached = m_cache->token(m_connectionId);
    QCOMPARE(cached->status, u"needs_reauth"_s);
    QVERIFY2(cached->lastError.contains(u"Token has been expired or revoked."_s), qPrintable(cached->lastError));
    QCOMPARE(m_manager->summaries().first().status, u"needs_reauth"_s);
    QCOMPARE(m_manager->summaries().first().lastError, cached->lastError);
    QCOMPARE(storedRecord()->status, u"needs_reauth"_s);

    // The grant is gone, so later requests fail at once without a request to the provider.
    const Result<TokenSnapshot> again = freshToken();
    QCOMPARE(again.error().code, u"REAUTH_REQUIRED"_s);
    QCOMPARE(m_endpoint->requestCount(), 1);
}

void RefreshFailuresTest::invalidGrantAfterRotationElsewhereRetries()
{
    createManager(fastPolicy());
    m_endpoint->append(FakeTokenEndpoint::Step{FakeTokenEndpoint::Action::Hold, 0, {}, {}});
    m_endpoint->append(FakeTokenEndpoint::json(200, SuccessBody));

    std::optional<Result<TokenSnapshot>> result;
    m_manager->freshToken(m_connectionId, [&result](const Result<TokenSnapshot> &fresh) { result = fresh; });
    QTRY_COMPARE_WITH_TIMEOUT(m_endpoint->heldCount(), 1, 10000);

    // Another process rotates the refresh token while this request is at the provider, which
    // then rejects the old token.
    writeSecret(ConnectionKeys::refreshToken(m_connectionId), u"rotated-elsewhere"_s);
    m_endpoint->respondToHeld(FakeTokenEndpoint::json(400, R"({"error":"invalid_grant"})"));

    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QVERIFY2(result->ok(), qPrintable(result->error().message));
    QCOMPARE(m_endpoint->requestCount(), 2);
    QCOMPARE(m_endpoint->refreshTokens().at(0), m_refreshToken.toUtf8());
    QCOMPARE(m_endpoint->refreshTokens().at(1), QByteArray("rotated-elsewhere"));
    QCOMPARE(result->value().refreshToken, u"rotated-elsewhere"_s);
    QCOMPARE(m_cache->token(m_connectionId)->status, u"active"_s);
}

void RefreshFailuresTest::concurrentCallersShareOneRefresh()
{
    createManager(fastPolicy());
    m_endpoint->append(FakeTokenEndpoint::Step{FakeTokenEndpoint::Action::Hold, 0, {}, {}});

    constexpr int Callers = 100;
    QList<Result<TokenSnapshot>> results;
    for (int i = 0; i < Callers; ++i)
        m_manager->freshToken(m_connectionId, [&results](const Result<TokenSnapshot> &fresh) { results.append(fresh); });
    QTRY_COMPARE_WITH_TIMEOUT(m_endpoint->heldCount(), 1, 10000);
    QCOMPARE(m_cache->token(m_connectionId)->status, u"refreshing"_s);
    QVERIFY(results.isEmpty());

    m_endpoint->respondToHeld(FakeTokenEndpoint::json(200, SuccessBody));
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), Callers, 15000);
    QCOMPARE(m_endpoint->requestCount(), 1);
    for (const Result<TokenSnapshot> &result : std::as_const(results)) {
        QVERIFY(result.ok());
        QCOMPARE(result.value().accessToken, u"new-access-token"_s);
    }
}

void RefreshFailuresTest::waiterDeadlineAnswersEveryCaller()
{
    RefreshPolicy policy = fastPolicy();
    policy.maxAttempts = 1;
    policy.attemptTimeoutMs = 3000;
    policy.waiterDeadlineMs = 300;
    createManager(policy);
    m_endpoint->append(stepNamed(u"silent"_s));

    QElapsedTimer elapsed;
    elapsed.start();
    const Result<TokenSnapshot> result = freshToken();
    QVERIFY2(elapsed.elapsed() < 2000, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(result.error().code, u"REFRESH_TIMEOUT"_s);
    // The refresh goes on after the caller gave up, and ends in a defined state.
    QCOMPARE(m_cache->token(m_connectionId)->status, u"refreshing"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_cache->token(m_connectionId)->status, u"active"_s, 10000);
    QVERIFY(m_cache->token(m_connectionId)->lastError.contains(u"failed after 1 attempt "_s));
    QVERIFY(!m_manager->isRefreshing(m_connectionId));
}

void RefreshFailuresTest::lockHolderRefreshIsAdopted()
{
    createManager(fastPolicy());

    // Another process holds the connection's lock while it refreshes.
    QVERIFY(QDir(m_dataDir->path()).mkpath(u"locks"_s));
    QLockFile otherProcess(ConnectionLock::filePath(m_dataDir->filePath(u"locks"_s), m_connectionId));
    QVERIFY2(otherProcess.tryLock(0), qPrintable(QString::number(int(otherProcess.error()))));

    std::optional<Result<TokenSnapshot>> result;
    m_manager->freshToken(m_connectionId, [&result](const Result<TokenSnapshot> &fresh) { result = fresh; });
    QTest::qWait(300);
    QVERIFY(!result.has_value());

    // It stores its result, as RefreshJob does, and releases the lock.
    writeSecret(ConnectionKeys::accessToken(m_connectionId), u"access-from-other-process"_s);
    std::optional<ConnectionRecord> record = storedRecord();
    QVERIFY(record.has_value());
    record->accessTokenExpiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    QVERIFY(m_metadata->updateConnection(*record).ok());
    otherProcess.unlock();

    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY2(result->ok(), qPrintable(result->error().message));
    QCOMPARE(result->value().accessToken, u"access-from-other-process"_s);
    QCOMPARE(m_endpoint->requestCount(), 0);
}

void RefreshFailuresTest::lockWaitTimesOut()
{
    RefreshPolicy policy = fastPolicy();
    policy.lockWaitMs = 300;
    createManager(policy);

    QVERIFY(QDir(m_dataDir->path()).mkpath(u"locks"_s));
    QLockFile otherProcess(ConnectionLock::filePath(m_dataDir->filePath(u"locks"_s), m_connectionId));
    QVERIFY2(otherProcess.tryLock(0), qPrintable(QString::number(int(otherProcess.error()))));

    const Result<TokenSnapshot> result = freshToken();
    QCOMPARE(result.error().code, u"CONNECTION_LOCK_TIMEOUT"_s);
    QCOMPARE(m_endpoint->requestCount(), 0);
    QCOMPARE(m_cache->token(m_connectionId)->status, u"active"_s);

    otherProcess.unlock();
    m_endpoint->append(stepNamed(u"ok"_s));
    QVERIFY(freshToken().ok());
    QCOMPARE(m_endpoint->requestCount(), 1);
}

void RefreshFailuresTest::clientAuthenticationFollowsProvider_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("clientSecret");
    QTest::addColumn<QByteArray>("expectedAuthorization");
    QTest::addColumn<bool>("secretInBody");
    QTest::addColumn<bool>("clientIdInBody");

    // Basic credentials are the form-encoded id and secret (RFC 6749 section 2.3.1), so the
    // ':' and '+' of this secret are sent as %3A and %2B.
    const QByteArray basic = "Basic " + QByteArray("fake-client:s%3Acr%2Bt").toBase64();
    QTest::newRow("client_secret_post") << u"client_secret_post"_s << u"s:cr+t"_s << QByteArray() << true << true;
    QTest::newRow("client_secret_basic") << u"client_secret_basic"_s << u"s:cr+t"_s << basic << false << false;
    QTest::newRow("none never sends a secret") << u"none"_s << u"s:cr+t"_s << QByteArray() << false << true;
    QTest::newRow("basic without a secret is public") << u"client_secret_basic"_s << QString() << QByteArray() << false << true;
}

void RefreshFailuresTest::clientAuthenticationFollowsProvider()
{
    QFETCH(QString, method);
    QFETCH(QString, clientSecret);
    QFETCH(QByteArray, expectedAuthorization);
    QFETCH(bool, secretInBody);
    QFETCH(bool, clientIdInBody);

    writeProviderFile(method);
    m_providers->load(m_dataDir->filePath(u"providers"_s), {{ProviderName, u"fake-client"_s}}, 0);
    const QString secretKey = ProviderDirectory::clientSecretKey(ProviderName);
    if (clientSecret.isEmpty()) {
        std::optional<Result<void>> removed;
        m_secrets->remove(secretKey, [&removed](const Result<void> &result) { removed = result; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15000);
    } else {
        writeSecret(secretKey, clientSecret);
    }
    createManager(fastPolicy());
    m_endpoint->append(stepNamed(u"ok"_s));

    QVERIFY(freshToken().ok());
    QCOMPARE(m_endpoint->requestCount(), 1);
    QCOMPARE(m_endpoint->authorizations().first(), expectedAuthorization);
    const QUrlQuery form(QString::fromLatin1(m_endpoint->bodies().first()));
    QCOMPARE(form.hasQueryItem(u"client_secret"_s), secretInBody);
    QCOMPARE(form.hasQueryItem(u"client_id"_s), clientIdInBody);
    if (secretInBody)
        QCOMPARE(form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded), clientSecret);
}

QTEST_GUILESS_MAIN(RefreshFailuresTest)
#include "tst_refreshfailures.moc"
