#include "ManagerHarness.h"

#include "core/Random.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Service = u"SecureContext"_s;
constexpr int KeychainWaitMs = 15000;

} // namespace

RefreshPolicy ManagerHarness::fastPolicy()
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

void ManagerHarness::setUp(const RefreshPolicy &policy)
{
    m_policy = policy;
    dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(dataDir->isValid());
    endpoint = std::make_unique<FakeTokenEndpoint>();
    QVERIFY(endpoint->listen());

    QVERIFY(QDir(dataDir->path()).mkpath(u"providers"_s));
    const QJsonObject json{
        {u"name"_s, ProviderName},
        {u"display_name"_s, u"Fake IdP"_s},
        {u"authorization_url"_s, u"http://127.0.0.1:9/authorize"_s},
        {u"token_url"_s, QString::fromLatin1(endpoint->tokenUrl())},
        {u"scopes"_s, QJsonArray{u"openid"_s}},
    };
    QFile providerFile(dataDir->filePath(u"providers/fakeidp.json"_s));
    QVERIFY(providerFile.open(QIODevice::WriteOnly));
    providerFile.write(QJsonDocument(json).toJson());
    providerFile.close();

    database = std::make_unique<Database>();
    const Result<void> opened = database->open(dataDir->filePath(u"securecontext.db"_s));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    metadata = std::make_unique<MetadataStore>(*database);
    secrets = std::make_unique<SecretStore>(Service);
    cache = std::make_unique<TokenCache>();
    tokenClient = std::make_unique<TokenClient>();
    providers = std::make_unique<ProviderDirectory>();
    providers->load(dataDir->filePath(u"providers"_s), {{ProviderName, ClientId}}, 0);
    QVERIFY(providers->find(ProviderName).has_value());
    createManager();
}

void ManagerHarness::tearDown()
{
    manager.reset();
    providers.reset();
    tokenClient.reset();
    cache.reset();
    secrets.reset();
    metadata.reset();
    database.reset();
    endpoint.reset();
    dataDir.reset();
}

void ManagerHarness::createManager()
{
    manager = std::make_unique<ConnectionManager>(*metadata, *secrets, *cache, *tokenClient, *providers);
    manager->setRefreshPolicy(m_policy);
    manager->setLockDirectory(dataDir->filePath(u"locks"_s));
    std::optional<Result<void>> loaded;
    manager->load([&loaded](const Result<void> &result) { loaded = result; });
    QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), KeychainWaitMs);
    QVERIFY2(loaded->ok(), qPrintable(loaded->error().message));
}

void ManagerHarness::restartManager()
{
    manager.reset();
    cache = std::make_unique<TokenCache>();
    createManager();
}

Result<TokenResponse> ManagerHarness::exchangeCode(const FakeTokenEndpoint::Step &answer)
{
    endpoint->append(answer);
    std::optional<Result<TokenResponse>> result;
    tokenClient->exchangeCode(*providers->find(ProviderName), TokenClient::ClientCredentials{ClientId, QString()},
                              u"authorization-code"_s, QByteArray("verifier"), u"http://127.0.0.1:9/callback"_s,
                              [&result](const Result<TokenResponse> &tokens) { result = tokens; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), KeychainWaitMs); }();
    return result.value_or(Error{u"TEST_TIMEOUT"_s, {}});
}

QString ManagerHarness::storeGrant(const TokenResponse &tokens, const QStringList &requestedScopes)
{
    PendingFlow flow;
    flow.providerName = ProviderName;
    flow.requestedScopes = requestedScopes;
    const AccountIdentity identity{u"subject-"_s + Random::uuid4(), u"alice@example.test"_s};

    std::optional<Result<QString>> session;
    manager->storeGrant(flow, tokens, identity, [&session](const Result<QString> &created) { session = created; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(session.has_value(), KeychainWaitMs); }();
    if (!session || !session->ok())
        return {};
    for (const ConnectionSummary &summary : manager->summaries()) {
        const std::optional<ConnectionRecord> record = storedRecord(summary.id);
        if (record && record->subject == identity.subject)
            return summary.id;
    }
    return {};
}

Result<TokenSnapshot> ManagerHarness::freshToken(const QString &connectionId)
{
    std::optional<Result<TokenSnapshot>> result;
    manager->freshToken(connectionId, [&result](const Result<TokenSnapshot> &fresh) { result = fresh; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); }();
    return result.value_or(Error{u"TEST_TIMEOUT"_s, {}});
}

Result<QString> ManagerHarness::readSecret(const QString &key)
{
    std::optional<Result<QString>> result;
    secrets->read(key, [&result](const Result<QString> &value) { result = value; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), KeychainWaitMs); }();
    return result.value_or(Error{u"TEST_TIMEOUT"_s, {}});
}

Result<void> ManagerHarness::writeSecret(const QString &key, const QString &value)
{
    std::optional<Result<void>> result;
    secrets->write(key, value, [&result](const Result<void> &written) { result = written; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), KeychainWaitMs); }();
    return result.value_or(Error{u"TEST_TIMEOUT"_s, {}});
}

Result<void> ManagerHarness::removeSecret(const QString &key)
{
    std::optional<Result<void>> result;
    secrets->remove(key, [&result](const Result<void> &removed) { result = removed; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), KeychainWaitMs); }();
    return result.value_or(Error{u"TEST_TIMEOUT"_s, {}});
}

std::optional<ConnectionRecord> ManagerHarness::storedRecord(const QString &connectionId)
{
    Result<std::optional<ConnectionRecord>> record = metadata->loadConnection(connectionId);
    return record ? record.value() : std::nullopt;
}
