#include "store/Database.h"
#include "store/MetadataStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class MetadataStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void clientIdsRoundTrip();
    void connectionRoundTrip();
    void connectionUpdateKeepsCreation();
    void unknownExpiryStaysUnknown();
    void sessionsStoreHashOnly();
    void removingConnectionRemovesSessions();

private:
    ConnectionRecord sampleConnection() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MetadataStore> m_store;
};

void MetadataStoreTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_dir->filePath(u"securecontext.db"_s)).ok());
    m_store = std::make_unique<MetadataStore>(*m_database);
}

void MetadataStoreTest::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

ConnectionRecord MetadataStoreTest::sampleConnection() const
{
    const QDateTime now = QDateTime::fromString(u"2026-03-01T10:00:00.000Z"_s, Qt::ISODateWithMs);
    ConnectionRecord record;
    record.id = u"c-1"_s;
    record.provider = u"google"_s;
    record.account = u"alice@example.test"_s;
    record.subject = u"1234"_s;
    record.requestedScopes = {u"openid"_s, u"email"_s};
    record.grantedScopes = {u"openid"_s};
    record.status = ConnectionStatus::Active;
    record.accessTokenExpiresAt = now.addSecs(3600);
    record.createdAt = now;
    record.updatedAt = now;
    return record;
}

void MetadataStoreTest::clientIdsRoundTrip()
{
    QVERIFY(m_store->saveClientId(u"github"_s, u"id-1"_s).ok());
    QVERIFY(m_store->saveClientId(u"github"_s, u"id-2"_s).ok());
    QVERIFY(m_store->saveClientId(u"google"_s, u"g-1"_s).ok());

    const Result<QHash<QString, QString>> ids = m_store->loadClientIds();
    QVERIFY(ids.ok());
    QCOMPARE(ids.value().size(), 2);
    QCOMPARE(ids.value().value(u"github"_s), u"id-2"_s);
    QCOMPARE(ids.value().value(u"google"_s), u"g-1"_s);
}

void MetadataStoreTest::connectionRoundTrip()
{
    const ConnectionRecord record = sampleConnection();
    const Result<void> saved = m_store->saveConnection(record);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));

    const Result<QList<ConnectionRecord>> loaded = m_store->loadConnections();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().size(), 1);
    const ConnectionRecord &stored = loaded.value().first();
    QCOMPARE(stored.id, record.id);
    QCOMPARE(stored.account, record.account);
    QCOMPARE(stored.subject, record.subject);
    QCOMPARE(stored.requestedScopes, record.requestedScopes);
    QCOMPARE(stored.grantedScopes, record.grantedScopes);
    QCOMPARE(stored.status, ConnectionStatus::Active);
    QCOMPARE(stored.accessTokenExpiresAt, record.accessTokenExpiresAt);
    QCOMPARE(stored.accessTokenExpiresAt.timeSpec(), Qt::UTC);
    QCOMPARE(stored.createdAt, record.createdAt);
}

void MetadataStoreTest::connectionUpdateKeepsCreation()
{
    ConnectionRecord record = sampleConnection();
    QVERIFY(m_store->saveConnection(record).ok());

    record.status = ConnectionStatus::NeedsReauth;
    record.lastError = u"invalid_grant"_s;
    record.createdAt = record.createdAt.addDays(5); // an update must not move the creation time
    QVERIFY(m_store->saveConnection(record).ok());

    const Result<QList<ConnectionRecord>> loaded = m_store->loadConnections();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().size(), 1);
    QCOMPARE(loaded.value().first().status, ConnectionStatus::NeedsReauth);
    QCOMPARE(loaded.value().first().lastError, u"invalid_grant"_s);
    QCOMPARE(loaded.value().first().createdAt, sampleConnection().createdAt);
}

void MetadataStoreTest::unknownExpiryStaysUnknown()
{
    ConnectionRecord record = sampleConnection();
    record.accessTokenExpiresAt = QDateTime();
    QVERIFY(m_store->saveConnection(record).ok());

    const Result<QList<ConnectionRecord>> loaded = m_store->loadConnections();
    QVERIFY(loaded.ok());
    QVERIFY(!loaded.value().first().accessTokenExpiresAt.isValid());
    QVERIFY(!loaded.value().first().lastRefreshAt.isValid());
}

void MetadataStoreTest::sessionsStoreHashOnly()
{
    QVERIFY(m_store->saveConnection(sampleConnection()).ok());

    SessionRecord session;
    session.idHash = QByteArray(64, 'a');
    session.idPrefix = u"3f2b8c1e"_s;
    session.connectionId = u"c-1"_s;
    session.createdAt = QDateTime::currentDateTimeUtc();
    QVERIFY(m_store->insertSession(session).ok());
    // The same hash twice is a programming error the database must reject.
    QVERIFY(!m_store->insertSession(session).ok());

    const Result<QList<SessionRecord>> loaded = m_store->loadSessions();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().size(), 1);
    QCOMPARE(loaded.value().first().idHash, session.idHash);
    QCOMPARE(loaded.value().first().idPrefix, session.idPrefix);
    QVERIFY(!loaded.value().first().expiresAt.isValid());
}

void MetadataStoreTest::removingConnectionRemovesSessions()
{
    QVERIFY(m_store->saveConnection(sampleConnection()).ok());
    SessionRecord session;
    session.idHash = QByteArray(64, 'b');
    session.idPrefix = u"aaaaaaaa"_s;
    session.connectionId = u"c-1"_s;
    session.createdAt = QDateTime::currentDateTimeUtc();
    QVERIFY(m_store->insertSession(session).ok());

    QVERIFY(m_store->removeConnection(u"c-1"_s).ok());
    QCOMPARE(m_store->loadConnections().value().size(), 0);
    QCOMPARE(m_store->loadSessions().value().size(), 0);
}

QTEST_GUILESS_MAIN(MetadataStoreTest)
#include "tst_metadatastore.moc"
