#include "ApiHarness.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The value of the first sample line `name` (with `labels` inside the braces, if given).
double sampleValue(const QByteArray &text, const QString &name, const QString &labels = {})
{
    const QString prefix = labels.isEmpty() ? QString(name + u' ') : QString(name + u'{' + labels + u"} "_s);
    for (const QString &line : QString::fromUtf8(text).split(u'\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).toDouble();
    }
    return -1;
}

} // namespace

class TestMetricsRoute : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void access_data();
    void access();
    void countsRequestsSent();

private:
    ApiHarness m_api;
    QByteArray m_adminKey;
    QByteArray m_agentKey;
};

void TestMetricsRoute::initTestCase()
{
    const QString error = m_api.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_adminKey = m_api.addAgent(u"admin"_s, true);
    m_agentKey = m_api.addAgent(u"agent"_s, false);
}

void TestMetricsRoute::access_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");

    QTest::newRow("no key") << u"none"_s << 401;
    QTest::newRow("hostile: malformed key") << u"malformed"_s << 401;
    QTest::newRow("agent without admin") << u"agent"_s << 403;
    QTest::newRow("admin") << u"admin"_s << 200;
}

void TestMetricsRoute::access()
{
    QFETCH(QString, who);
    QFETCH(int, status);

    QByteArray key;
    if (who == u"admin"_s)
        key = m_adminKey;
    else if (who == u"agent"_s)
        key = m_agentKey;
    else if (who == u"malformed"_s)
        key = "scak_short";

    const ApiHarness::Reply reply = m_api.get(u"/metrics"_s, key);
    QCOMPARE(reply.status, status);
    if (status == 200) {
        QCOMPARE(reply.contentType, QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        QVERIFY(reply.body.contains("# TYPE securecontext_http_requests_total counter\n"));
    } else {
        QVERIFY(reply.body.contains("\"success\":false"));
    }
}

void TestMetricsRoute::countsRequestsSent()
{
    const ApiHarness::Reply before = m_api.get(u"/metrics"_s, m_adminKey);
    QCOMPARE(before.status, 200);
    const double requestsBefore = sampleValue(before.body, u"securecontext_http_requests_total"_s);
    const double notFoundBefore = sampleValue(before.body, u"securecontext_http_responses_total"_s, u"code=\"4xx\""_s);
    const double timedBefore = sampleValue(before.body, u"securecontext_http_request_duration_seconds_count"_s);
    QVERIFY(requestsBefore >= 0);

    // Token reads of a session in memory count as cache hits.
    const QString session = m_api.addSession(u"conn-1"_s, u"agent"_s);
    constexpr int Reads = 7;
    constexpr int Misses = 3;
    for (int i = 0; i < Reads; ++i)
        QCOMPARE(m_api.get(u"/api/tokens/"_s + session).status, 200);
    for (int i = 0; i < Misses; ++i)
        QCOMPARE(m_api.get(u"/no/such/route"_s).status, 404);

    const ApiHarness::Reply after = m_api.get(u"/metrics"_s, m_adminKey);
    QCOMPARE(after.status, 200);
    // The first /metrics request counts once its response is written, before the second.
    QCOMPARE(sampleValue(after.body, u"securecontext_http_requests_total"_s) - requestsBefore, double(Reads + Misses + 1));
    QCOMPARE(sampleValue(after.body, u"securecontext_http_responses_total"_s, u"code=\"4xx\""_s) - notFoundBefore,
             double(Misses));
    QCOMPARE(sampleValue(after.body, u"securecontext_http_request_duration_seconds_count"_s) - timedBefore,
             double(Reads + Misses + 1));
    QCOMPARE(sampleValue(after.body, u"securecontext_token_reads_total"_s, u"source=\"cache\""_s), double(Reads));
    QCOMPARE(sampleValue(after.body, u"securecontext_http_request_duration_seconds_bucket"_s, u"le=\"+Inf\""_s),
             sampleValue(after.body, u"securecontext_http_request_duration_seconds_count"_s));

    // The sampler's view agrees: the totals it reads are the server's.
    QCOMPARE(double(m_api.metrics().currentTotals().tokenReadsFromCache), double(Reads));
}

QTEST_GUILESS_MAIN(TestMetricsRoute)
#include "tst_metricsroute.moc"
