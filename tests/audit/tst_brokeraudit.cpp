#include "BrokerFixture.h"

#include "Broker.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Access tokens live 4 s and are refreshed when 2 s are left, so the second read of a token
// a few seconds old goes through a refresh.
constexpr int AccessTokenTtlSeconds = 4;

RefreshPolicy testPolicy()
{
    RefreshPolicy policy;
    policy.onDemandMarginSeconds = 2;
    policy.proactiveCheckIntervalMs = 3600 * 1000;
    return policy;
}

} // namespace

// The Broker's audit and metrics signals and slots, with a real connection through the
// OpenID Connect test server.
class TestBrokerAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void tokenReadAndRefreshRecorded();
    void invalidFilterFails();
    void metricsSampledAndHistory();
    void flowAndGrantRecorded();
    void disconnectRecorded();

private:
    QList<AuditEvent> query(const AuditFilter &filter);
    static QStringList actionsOf(const QList<AuditEvent> &events);

    BrokerFixture m_fixture;
    QString m_sessionId;
    QString m_connectionId;
};

void TestBrokerAudit::initTestCase()
{
    OidcServer::Options options;
    options.accessTokenTtlSeconds = AccessTokenTtlSeconds;
    const QString started = m_fixture.start(options, testPolicy());
    QVERIFY2(started.isEmpty(), qPrintable(started));

    QString error;
    m_sessionId = m_fixture.connectAccount(BrokerFixture::ProviderName, u"alice"_s, &error);
    QVERIFY2(!m_sessionId.isEmpty(), qPrintable(error));
    QCOMPARE(m_fixture.storedConnectionIds().size(), 1);
    m_connectionId = m_fixture.storedConnectionIds().first();
}

void TestBrokerAudit::tokenReadAndRefreshRecorded()
{
    Broker *broker = m_fixture.broker();
    QSignalSpy written(broker, &Broker::auditEventsWritten);
    const int grantsBefore = m_fixture.oidc().grantCount(u"refresh_token"_s);

    QCOMPARE(BrokerFixture::get(m_fixture.apiUrl(u"/api/tokens/"_s + m_sessionId)).status, 200);
    QTest::qWait((AccessTokenTtlSeconds - testPolicy().onDemandMarginSeconds) * 1000 + 500);
    QCOMPARE(BrokerFixture::get(m_fixture.apiUrl(u"/api/tokens/"_s + m_sessionId)).status, 200);
    QCOMPARE(m_fixture.oidc().grantCount(u"refresh_token"_s), grantsBefore + 1);

    // The written batches reach the broker's signal within a flush interval.
    QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty(), 5000);

    QSignalSpy queried(broker, &Broker::auditQueried);
    QSignalSpy failed(broker, &Broker::operationFailed);
    AuditFilter filter;
    filter.connectionId = m_connectionId;
    QMetaObject::invokeMethod(broker, [broker, filter] { broker->queryAudit(filter); });
    QTRY_COMPARE_WITH_TIMEOUT(queried.size(), 1, 5000);
    QCOMPARE(failed.size(), 0);

    const auto events = queried.at(0).at(0).value<QList<AuditEvent>>();
    QStringList actions;
    for (const AuditEvent &event : events)
        actions.append(event.action + u':' + event.outcome);
    QVERIFY2(actions.count(u"token_read:ok"_s) == 2, qPrintable(actions.join(u' ')));
    QVERIFY2(actions.count(u"token_refresh:ok"_s) == 1, qPrintable(actions.join(u' ')));

    // Newest first: the second read follows the refresh it waited for.
    QCOMPARE(events.first().action, u"token_read"_s);
    QCOMPARE(events.first().sessionPrefix, m_sessionId.left(8));
    QCOMPARE(events.first().remoteAddress, u"127.0.0.1"_s);
    for (const AuditEvent &event : events) {
        QVERIFY(!event.detail.contains(m_sessionId));
        if (event.action == u"token_read"_s)
            QVERIFY(!event.sessionHash.isEmpty());
    }
}

void TestBrokerAudit::invalidFilterFails()
{
    Broker *broker = m_fixture.broker();
    QSignalSpy queried(broker, &Broker::auditQueried);
    QSignalSpy failed(broker, &Broker::operationFailed);
    AuditFilter filter;
    filter.limit = AuditFilter::MaxLimit + 1;
    QMetaObject::invokeMethod(broker, [broker, filter] { broker->queryAudit(filter); });
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QCOMPARE(failed.at(0).at(0).value<Error>().code, u"INVALID_AUDIT_FILTER"_s);
    QCOMPARE(queried.size(), 0);
}

void TestBrokerAudit::metricsSampledAndHistory()
{
    Broker *broker = m_fixture.broker();
    QSignalSpy sampled(broker, &Broker::metricsSampled);
    QTRY_VERIFY_WITH_TIMEOUT(!sampled.isEmpty(), 3000);
    const auto sample = sampled.at(0).at(0).value<MetricsSample>();
    QVERIFY(sample.time.isValid());
#ifdef Q_OS_LINUX
    QVERIFY(sample.residentMemoryBytes > 1024 * 1024);
#endif

    // The history holds one sample a second since the broker started; wait for a few.
    QTRY_VERIFY_WITH_TIMEOUT(sampled.size() >= 4, 8000);
    QSignalSpy history(broker, &Broker::metricsHistory);
    QMetaObject::invokeMethod(broker, [broker] { broker->requestMetricsHistory(); });
    QTRY_COMPARE_WITH_TIMEOUT(history.size(), 1, 5000);
    const auto samples = history.at(0).at(0).value<QList<MetricsSample>>();
    QVERIFY(samples.size() >= 4);
    QVERIFY(samples.size() <= 600);

    // The earlier test's reads and refresh fall in some of these seconds.
    double requests = 0;
    double refreshes = 0;
    bool cacheHitSeen = false;
    for (const MetricsSample &second : samples) {
        requests += second.requestsPerSecond;
        refreshes += second.refreshesPerSecond;
        cacheHitSeen = cacheHitSeen || second.cacheHitRate > 0;
    }
    QVERIFY2(requests >= 1.5, qPrintable(QString::number(requests)));
    QVERIFY2(refreshes >= 0.5, qPrintable(QString::number(refreshes)));
    QVERIFY(cacheHitSeen);
}

QList<AuditEvent> TestBrokerAudit::query(const AuditFilter &filter)
{
    Broker *broker = m_fixture.broker();
    QSignalSpy queried(broker, &Broker::auditQueried);
    QMetaObject::invokeMethod(broker, [broker, filter] { broker->queryAudit(filter); });
    // The reply may arrive before wait() starts listening.
    if (queried.isEmpty() && !queried.wait(5000))
        return {};
    return queried.at(0).at(0).value<QList<AuditEvent>>();
}

QStringList TestBrokerAudit::actionsOf(const QList<AuditEvent> &events)
{
    QStringList actions;
    for (const AuditEvent &event : events)
        actions.append(event.action + u':' + event.outcome);
    return actions;
}

void TestBrokerAudit::flowAndGrantRecorded()
{
    AuditFilter everything;
    everything.limit = AuditFilter::MaxLimit;
    const QList<AuditEvent> events = query(everything);
    const QStringList actions = actionsOf(events);
    for (const QString &expected : {u"flow_start:ok"_s, u"flow_finish:ok"_s, u"grant:ok"_s, u"session_create:ok"_s})
        QVERIFY2(actions.contains(expected), qPrintable(expected + u" missing from "_s + actions.join(u' ')));

    for (const AuditEvent &event : events) {
        if (event.action == u"grant"_s) {
            QCOMPARE(event.connectionId, m_connectionId);
            QCOMPARE(event.sessionPrefix, m_sessionId.left(8));
            QCOMPARE(event.detail, BrokerFixture::ProviderName);
        }
        // No event carries the whole session id.
        QVERIFY(!event.detail.contains(m_sessionId));
    }
}

void TestBrokerAudit::disconnectRecorded()
{
    Broker *broker = m_fixture.broker();
    QSignalSpy disconnected(broker, &Broker::connectionDisconnected);
    const QString connectionId = m_connectionId;
    QMetaObject::invokeMethod(broker, [broker, connectionId] { broker->disconnectConnection(connectionId); });
    QVERIFY(disconnected.wait(10000));

    AuditFilter filter;
    filter.action = u"disconnect"_s;
    QList<AuditEvent> events;
    QTRY_VERIFY_WITH_TIMEOUT(!(events = query(filter)).isEmpty(), 5000);
    QCOMPARE(events.first().connectionId, m_connectionId);
    QCOMPARE(events.first().outcome, u"ok"_s);
}

QTEST_GUILESS_MAIN(TestBrokerAudit)
#include "tst_brokeraudit.moc"
