// Sessions through SessionManager: creation with agent options, scope subsets, revocation,
// extension up to the maximum lifetime, and cleanup, against SQLite and the keychain of the
// test's D-Bus session, with a restart of the manager where persistence matters.

#include "ManagerHarness.h"

#include "connections/ConnectionKeys.h"
#include "connections/SessionManager.h"
#include "oauth/SessionId.h"

#include <QTest>

using namespace Qt::StringLiterals;

class SessionManagerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void optionsSurviveRestart();
    void createRejectsBadInput_data();
    void createRejectsBadInput();
    void revokeStopsSessionAtOnce();
    void extendWithinLimits_data();
    void extendWithinLimits();
    void cleanupRemovesOnlyOwnInactive();

private:
    Result<QString> create(const QString &connectionId, const SessionOptions &options);
    SessionManager *sessions() const { return m_harness.manager->sessions(); }

    ManagerHarness m_harness;
    QString m_connectionId;
};

void SessionManagerTest::init()
{
    m_harness.setUp(ManagerHarness::fastPolicy());
    TokenResponse tokens;
    tokens.accessToken = u"access-token"_s;
    tokens.refreshToken = u"refresh-token"_s;
    tokens.expiresIn = 3600;
    tokens.grantedScopes = QStringList{u"openid"_s, u"email"_s};
    m_connectionId = m_harness.storeGrant(tokens, {u"openid"_s, u"email"_s});
    QVERIFY(!m_connectionId.isEmpty());
}

void SessionManagerTest::cleanup()
{
    m_harness.tearDown();
}

Result<QString> SessionManagerTest::create(const QString &connectionId, const SessionOptions &options)
{
    std::optional<Result<QString>> created;
    sessions()->createSession(connectionId, options, [&created](const Result<QString> &result) { created = result; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 10000); }();
    if (!created)
        return Error{u"TIMEOUT"_s, u"createSession() did not call back"_s};
    return *created;
}

void SessionManagerTest::optionsSurviveRestart()
{
    SessionOptions options;
    options.agentId = u"agent-1"_s;
    options.agentName = u"Agent One"_s;
    options.lifetimeSeconds = 600;
    options.scopes = {u"email"_s};
    options.exposeRefreshToken = true;
    const Result<QString> sessionId = create(m_connectionId, options);
    QVERIFY2(sessionId, sessionId ? "" : qPrintable(sessionId.error().message));
    const QByteArray idHash = SessionId::hash(sessionId.value());

    m_harness.restartManager();

    const std::optional<SessionEntry> entry = m_harness.cache->session(idHash);
    QVERIFY(entry);
    QCOMPARE(entry->agentId, u"agent-1"_s);
    QCOMPARE(entry->agentName, u"Agent One"_s);
    QCOMPARE(entry->scopes, QStringList{u"email"_s});
    QVERIFY(entry->exposeRefreshToken);
    QVERIFY(entry->expiresAt.isValid());
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(entry->expiresAt) - 600) < 30);
    QCOMPARE(entry->createdAt.daysTo(entry->maxExpiresAt), qint64(SessionManager::DefaultMaxLifetimeDays));
    QCOMPARE(m_harness.cache->sessionsOfAgent(u"agent-1"_s).size(), 1);
    QCOMPARE(m_harness.readSecret(ConnectionKeys::sessionId(idHash)).value(), sessionId.value());
}

void SessionManagerTest::createRejectsBadInput_data()
{
    QTest::addColumn<bool>("knownConnection");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<qint64>("lifetime");
    QTest::addColumn<QString>("code");

    QTest::newRow("scope not granted") << true << QStringList{u"openid"_s, u"calendar"_s} << qint64(0) << u"INVALID_SCOPE"_s;
    QTest::newRow("scope with space") << true << QStringList{u"openid email"_s} << qint64(0) << u"INVALID_SCOPE"_s;
    QTest::newRow("negative lifetime") << true << QStringList() << qint64(-1) << u"INVALID_LIFETIME"_s;
    QTest::newRow("unknown connection") << false << QStringList() << qint64(0) << u"CONNECTION_NOT_FOUND"_s;
}

void SessionManagerTest::createRejectsBadInput()
{
    QFETCH(bool, knownConnection);
    QFETCH(QStringList, scopes);
    QFETCH(qint64, lifetime);
    QFETCH(QString, code);

    SessionOptions options;
    options.agentId = u"agent-1"_s;
    options.scopes = scopes;
    options.lifetimeSeconds = lifetime;
    const Result<QString> created = create(knownConnection ? m_connectionId : u"no-such-connection"_s, options);
    QVERIFY(!created);
    QCOMPARE(created.error().code, code);
    if (code == u"INVALID_SCOPE"_s)
        QVERIFY(created.error().message.contains(scopes.last()));
    QCOMPARE(m_harness.cache->sessionsOfAgent(u"agent-1"_s).size(), 0);
}

void SessionManagerTest::revokeStopsSessionAtOnce()
{
    SessionOptions options;
    options.agentId = u"agent-1"_s;
    const Result<QString> sessionId = create(m_connectionId, options);
    QVERIFY(sessionId);
    const QByteArray idHash = SessionId::hash(sessionId.value());

    const Result<SessionRecord> revoked = sessions()->revokeSession(idHash);
    QVERIFY(revoked);
    QVERIFY(revoked.value().revokedAt.isValid());
    QVERIFY(m_harness.cache->session(idHash)->revoked);
    QCOMPARE(m_harness.cache->session(idHash)->status(QDateTime::currentDateTimeUtc()), u"revoked"_s);

    const Result<SessionRecord> again = sessions()->revokeSession(idHash);
    QVERIFY(!again);
    QCOMPARE(again.error().code, u"SESSION_NOT_FOUND"_s);

    // The keychain copy is deleted in the background, and the revocation is in the database.
    QTRY_VERIFY_WITH_TIMEOUT(!m_harness.readSecret(ConnectionKeys::sessionId(idHash)), 5000);
    m_harness.restartManager();
    QVERIFY(m_harness.cache->session(idHash)->revoked);
}

void SessionManagerTest::extendWithinLimits_data()
{
    QTest::addColumn<int>("maxDays");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("code");

    QTest::newRow("one hour") << 30 << qint64(3600) << QString();
    QTest::newRow("minimum") << 30 << qint64(60) << QString();
    QTest::newRow("maximum") << 30 << qint64(86400) << QString();
    QTest::newRow("below minimum") << 30 << qint64(59) << u"INVALID_EXTEND_SECONDS"_s;
    QTest::newRow("above maximum") << 30 << qint64(86401) << u"INVALID_EXTEND_SECONDS"_s;
    QTest::newRow("zero") << 30 << qint64(0) << u"INVALID_EXTEND_SECONDS"_s;
    QTest::newRow("past the lifetime limit") << 1 << qint64(86400) << u"EXTENSION_LIMIT"_s;
}

void SessionManagerTest::extendWithinLimits()
{
    QFETCH(int, maxDays);
    QFETCH(qint64, seconds);
    QFETCH(QString, code);

    sessions()->setMaxLifetimeDays(maxDays);
    SessionOptions options;
    options.agentId = u"agent-1"_s;
    options.lifetimeSeconds = 3600;
    const Result<QString> sessionId = create(m_connectionId, options);
    QVERIFY(sessionId);
    const QByteArray idHash = SessionId::hash(sessionId.value());
    const QDateTime before = m_harness.cache->session(idHash)->expiresAt;

    const Result<SessionRecord> extended = sessions()->extendSession(idHash, seconds);
    if (!code.isEmpty()) {
        QVERIFY(!extended);
        QCOMPARE(extended.error().code, code);
        QCOMPARE(m_harness.cache->session(idHash)->expiresAt, before);
        return;
    }
    QVERIFY(extended);
    QCOMPARE(extended.value().expiresAt, before.addSecs(seconds));
    QCOMPARE(m_harness.cache->session(idHash)->expiresAt, before.addSecs(seconds));
    m_harness.restartManager();
    QCOMPARE(m_harness.cache->session(idHash)->expiresAt, before.addSecs(seconds));
}

void SessionManagerTest::cleanupRemovesOnlyOwnInactive()
{
    SessionOptions mine;
    mine.agentId = u"agent-1"_s;
    SessionOptions theirs;
    theirs.agentId = u"agent-2"_s;
    const Result<QString> active = create(m_connectionId, mine);
    const Result<QString> revoked = create(m_connectionId, mine);
    const Result<QString> otherRevoked = create(m_connectionId, theirs);
    QVERIFY(active && revoked && otherRevoked);
    QVERIFY(sessions()->revokeSession(SessionId::hash(revoked.value())));
    QVERIFY(sessions()->revokeSession(SessionId::hash(otherRevoked.value())));

    const Result<int> removed = sessions()->removeInactiveSessions(u"agent-1"_s);
    QVERIFY(removed);
    QCOMPARE(removed.value(), 1);
    QVERIFY(!m_harness.cache->session(SessionId::hash(revoked.value())));
    QVERIFY(m_harness.cache->session(SessionId::hash(active.value())));
    QVERIFY(m_harness.cache->session(SessionId::hash(otherRevoked.value())));

    // An empty agent id (the person's sessions) removes nothing.
    QCOMPARE(sessions()->removeInactiveSessions(QString()).value(), 0);

    m_harness.restartManager();
    QVERIFY(!m_harness.cache->session(SessionId::hash(revoked.value())));
    QCOMPARE(m_harness.cache->sessionsOfAgent(u"agent-1"_s).size(), 1);
}

QTEST_GUILESS_MAIN(SessionManagerTest)
#include "tst_sessionmanager.moc"
