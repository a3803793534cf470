#include "oauth/OAuthStateStore.h"
#include "oauth/SessionId.h"

#include <QtTest>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestOAuthStateStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void createFillsFlow();
    void createConvertsTimesToUtc();
    void statesDifferBetweenFlows();
    void takeSucceedsOnce();
    void takeFindsTheRightFlow();
    void takeAroundExpiry_data();
    void takeAroundExpiry();
    void rejectedStateLeavesFlowPending_data();
    void rejectedStateLeavesFlowPending();
    void cancelRemovesFlow();
    void cancelUnknownFlow();
    void takeExpiredRemovesOnlyExpired();
    void findDoesNotRemove();

private:
    OAuthStateStore m_store;
    QDateTime m_now;
};

void TestOAuthStateStore::init()
{
    m_store = OAuthStateStore();
    m_now = QDateTime::fromString(u"2025-03-01T12:00:00Z"_s, Qt::ISODate);
    QVERIFY(m_now.isValid());
}

void TestOAuthStateStore::createFillsFlow()
{
    const QStringList scopes = {u"openid"_s, u"email"_s};
    const PendingFlow flow = m_store.create(u"google"_s, u"http://127.0.0.1:8400/oauth/google/callback"_s,
                                            scopes, m_now);

    QVERIFY(SessionId::isValid(flow.flowId));
    QCOMPARE(flow.providerName, u"google"_s);
    QCOMPARE(flow.redirectUri, u"http://127.0.0.1:8400/oauth/google/callback"_s);
    QCOMPARE(flow.requestedScopes, scopes);
    QCOMPARE(flow.createdAt, m_now);
    QCOMPARE(flow.expiresAt, m_now.addSecs(600));
    QCOMPARE(flow.codeVerifier.size(), 43);
    QCOMPARE(m_store.size(), 1);

    // At least 128 bits, the guessing bound of RFC 6749 section 10.10.
    const QByteArray stateBytes = QByteArray::fromBase64(
        flow.state, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QVERIFY(stateBytes.size() * 8 >= 128);
    QCOMPARE(stateBytes.size(), 32);
}

void TestOAuthStateStore::createConvertsTimesToUtc()
{
    const QDateTime localNow = m_now.toOffsetFromUtc(2 * 3600);
    const PendingFlow flow = m_store.create(u"google"_s, u"http://127.0.0.1/cb"_s, {}, localNow);

    QCOMPARE(flow.createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(flow.expiresAt.timeSpec(), Qt::UTC);
    QCOMPARE(flow.createdAt, m_now);
}

void TestOAuthStateStore::statesDifferBetweenFlows()
{
    const PendingFlow first = m_store.create(u"google"_s, u"http://127.0.0.1/cb"_s, {}, m_now);
    const PendingFlow second = m_store.create(u"google"_s, u"http://127.0.0.1/cb"_s, {}, m_now);

    QVERIFY(first.flowId != second.flowId);
    QVERIFY(first.state != second.state);
    QVERIFY(first.codeVerifier != second.codeVerifier);
    QCOMPARE(m_store.size(), 2);
}

void TestOAuthStateStore::takeSucceedsOnce()
{
    const PendingFlow flow = m_store.create(u"github"_s, u"http://127.0.0.1/cb"_s, {}, m_now);

    const std::optional<PendingFlow> first = m_store.take(u"github"_s, flow.state, m_now.addSecs(30));
    QVERIFY(first.has_value());
    QCOMPARE(*first, flow);
    QCOMPARE(m_store.size(), 0);

    const std::optional<PendingFlow> second = m_store.take(u"github"_s, flow.state, m_now.addSecs(31));
    QVERIFY(!second.has_value());
}

void TestOAuthStateStore::takeFindsTheRightFlow()
{
    const PendingFlow google = m_store.create(u"google"_s, u"http://127.0.0.1/cb"_s, {}, m_now);
    const PendingFlow github = m_store.create(u"github"_s, u"http://127.0.0.1/cb"_s, {}, m_now);
    const PendingFlow google2 = m_store.create(u"google"_s, u"http://127.0.0.1/cb"_s, {}, m_now);

    const std::optional<PendingFlow> taken = m_store.take(u"google"_s, google2.state, m_now);
    QVERIFY(taken.has_value());
    QCOMPARE(taken->flowId, google2.flowId);
    QCOMPARE(m_store.size(), 2);
    QVERIFY(m_store.find(google.flowId).has_value());
    QVERIFY(m_store.find(github.flowId).has_value());
}

void TestOAuthStateStore::takeAroundExpiry_data()
{
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("immediately") << qint64(0) << true;
    QTest::newRow("one second after creation") << qint64(1000) << true;
    QTest::newRow("one millisecond before expiry") << qint64(600'000 - 1) << true;
    QTest::newRow("exactly at expiry") << qint64(600'000) << false;
    QTest::newRow("one millisecond after expiry") << qint64(600'000 + 1) << false;
    QTest::newRow("a day later") << qint64(86'400'000) << false;
}

void TestOAuthStateStore::takeAroundExpiry()
{
    QFETCH(qint64, elapsedMs);
    QFETCH(bool, accepted);

    QCOMPARE(std::chrono::duration_cast<std::chrono::seconds>(OAuthStateStore::Lifetime).count(), 600);
    const PendingFlow flow = m_store.create(u"google"_s, u"http://127.0.0.1/cb"_s, {}, m_now);

    const std::optional<PendingFlow> taken = m_store.take(u"google"_s, flow.state, m_now.addMSecs(elapsedMs));
    QCOMPARE(taken.has_value(), accepted);
    // An expired flow is removed as well, so a late callback cannot be retried.
    QCOMPARE(m_store.size(), 0);
}

void TestOAuthStateStore::rejectedStateLeavesFlowPending_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("stateChange");

    // stateChange names how the test alters the real state. Empty keeps it unchanged.
    QTest::newRow("right state at another provider") << u"github"_s << QByteArray();
    QTest::newRow("right state at provider with different case") << u"Google"_s << QByteArray();
    QTest::newRow("right state at empty provider") << QString() << QByteArray();
    QTest::newRow("empty state") << u"google"_s << "empty"_ba;
    QTest::newRow("unrelated state") << u"google"_s << "unrelated"_ba;
    QTest::newRow("last character changed") << u"google"_s << "flip-last"_ba;
    QTest::newRow("first character changed") << u"google"_s << "flip-first"_ba;
    QTest::newRow("prefix of the state") << u"google"_s << "prefix"_ba;
    QTest::newRow("state with extra character") << u"google"_s << "append"_ba;
    QTest::newRow("state with trailing newline") << u"google"_s << "newline"_ba;
    QTest::newRow("state upper-cased") << u"google"_s << "upper"_ba;
    QTest::newRow("state with NUL byte appended") << u"google"_s << "nul"_ba;
}

void TestOAuthStateStore::rejectedStateLeavesFlowPending()
{
    QFETCH(QString, provider);
    QFETCH(QByteArray, stateChange);

    const PendingFlow flow = m_store.create(u"google"_s, u"http://127.0.0.1/cb"_s, {}, m_now);
    QByteArray state = flow.state;
    if (stateChange == "empty") {
        state.clear();
    } else if (stateChange == "unrelated") {
        state = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFG"_ba;
    } else if (stateChange == "flip-last") {
        state[state.size() - 1] = state.back() == 'A' ? 'B' : 'A';
    } else if (stateChange == "flip-first") {
        state[0] = state.front() == 'A' ? 'B' : 'A';
    } else if (stateChange == "prefix") {
        state.chop(1);
    } else if (stateChange == "append") {
        state.append('A');
    } else if (stateChange == "newline") {
        state.append('\n');
    } else if (stateChange == "upper") {
        state = state.toUpper();
        if (state == flow.state)
            QSKIP("The generated state has no lower-case letter");
    } else if (stateChange == "nul") {
        state.append('\0');
    }

    QVERIFY(!m_store.take(provider, state, m_now.addSecs(10)).has_value());
    QCOMPARE(m_store.size(), 1);
    QVERIFY(m_store.find(flow.flowId).has_value());

    // The real callback still completes the flow.
    const std::optional<PendingFlow> taken = m_store.take(u"google"_s, flow.state, m_now.addSecs(20));
    QVERIFY(taken.has_value());
    QCOMPARE(taken->flowId, flow.flowId);
}

void TestOAuthStateStore::cancelRemovesFlow()
{
    const PendingFlow flow = m_store.create(u"google"_s, u"http://127.0.0.1/cb"_s, {}, m_now);

    const std::optional<PendingFlow> cancelled = m_store.cancel(flow.flowId);
    QVERIFY(cancelled.has_value());
    QCOMPARE(*cancelled, flow);
    QCOMPARE(m_store.size(), 0);
    QVERIFY(!m_store.take(u"google"_s, flow.state, m_now).has_value());
    QVERIFY(!m_store.cancel(flow.flowId).has_value());
}

void TestOAuthStateStore::cancelUnknownFlow()
{
    const PendingFlow flow = m_store.create(u"google"_s, u"http://127.0.0.1/cb"_s, {}, m_now);

    QVERIFY(!m_store.cancel(u"00000000-0000-4000-8000-000000000000"_s).has_value());
    QVERIFY(!m_store.cancel(QString()).has_value());
    QCOMPARE(m_store.size(), 1);
    QVERIFY(m_store.find(flow.flowId).has_value());
}

void TestOAuthStateStore::takeExpiredRemovesOnlyExpired()
{
    const PendingFlow first = m_store.create(u"google"_s, u"http://127.0.0.1/cb"_s, {}, m_now);
    const PendingFlow second = m_store.create(u"github"_s, u"http://127.0.0.1/cb"_s, {}, m_now + 5min);
    const PendingFlow third = m_store.create(u"google"_s, u"http://127.0.0.1/cb"_s, {}, m_now + 9min);

    QVERIFY(m_store.takeExpired(m_now + 9min).isEmpty());
    QCOMPARE(m_store.size(), 3);

    const QList<PendingFlow> expiredFirst = m_store.takeExpired(m_now + 10min);
    QCOMPARE(expiredFirst.size(), 1);
    QCOMPARE(expiredFirst.first().flowId, first.flowId);
    QCOMPARE(m_store.size(), 2);

    const QList<PendingFlow> expiredRest = m_store.takeExpired(m_now + 1h);
    QCOMPARE(expiredRest.size(), 2);
    QCOMPARE(expiredRest.at(0).flowId, second.flowId);
    QCOMPARE(expiredRest.at(1).flowId, third.flowId);
    QCOMPARE(m_store.size(), 0);
}

void TestOAuthStateStore::findDoesNotRemove()
{
    const PendingFlow flow = m_store.create(u"google"_s, u"http://127.0.0.1/cb"_s, {u"openid"_s}, m_now);

    const std::optional<PendingFlow> found = m_store.find(flow.flowId);
    QVERIFY(found.has_value());
    QCOMPARE(*found, flow);
    QCOMPARE(m_store.size(), 1);
    QVERIFY(!m_store.find(u"not-a-flow"_s).has_value());
}

QTEST_GUILESS_MAIN(TestOAuthStateStore)
#include "tst_oauthstatestore.moc"
