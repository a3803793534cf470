#pragma once

#include "FakeTokenEndpoint.h"

#include "connections/ConnectionManager.h"
#include "connections/ProviderDirectory.h"
#include "connections/TokenCache.h"
#include "oauth/TokenClient.h"
#include "store/Database.h"
#include "store/MetadataStore.h"
#include "store/SecretStore.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

// A ConnectionManager with its real dependencies: SQLite in a temporary directory, the keychain
// of the test's D-Bus session, and the provider "fakeidp" whose token endpoint is a
// FakeTokenEndpoint. Each helper waits for its callback with QTRY and fails the test when the
// callback does not come; a test checks QTest::currentTestFailed() where that matters.
class ManagerHarness
{
public:
    static inline const QString ProviderName = QStringLiteral("fakeidp");
    static inline const QString ClientId = QStringLiteral("fake-client");

    // Creates the endpoint, the provider file, the stores and the manager.
    void setUp(const RefreshPolicy &policy);
    // Destroys everything in the reverse order of creation.
    void tearDown();
    // Destroys the manager and loads a new one from the database and the keychain, as a
    // restart of the broker would.
    void restartManager();

    // Runs TokenClient::exchangeCode() against one scripted response and returns its result.
    Result<TokenResponse> exchangeCode(const FakeTokenEndpoint::Step &answer);
    // Stores a grant as a completed flow would, and returns the new connection's id (empty on failure).
    QString storeGrant(const TokenResponse &tokens, const QStringList &requestedScopes);
    Result<TokenSnapshot> freshToken(const QString &connectionId);

    Result<QString> readSecret(const QString &key);
    Result<void> writeSecret(const QString &key, const QString &value);
    Result<void> removeSecret(const QString &key);
    std::optional<ConnectionRecord> storedRecord(const QString &connectionId);

    // A policy with short timeouts and no proactive refresh during a test.
    static RefreshPolicy fastPolicy();

    std::unique_ptr<QTemporaryDir> dataDir;
    std::unique_ptr<FakeTokenEndpoint> endpoint;
    std::unique_ptr<Database> database;
    std::unique_ptr<MetadataStore> metadata;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<TokenCache> cache;
    std::unique_ptr<TokenClient> tokenClient;
    std::unique_ptr<ProviderDirectory> providers;
    std::unique_ptr<ConnectionManager> manager;

private:
    void createManager();

    RefreshPolicy m_policy;
};
