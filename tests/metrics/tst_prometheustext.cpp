#include "metrics/PrometheusText.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Sample
{
    QString name;
    QHash<QString, QString> labels;
    double value = 0;
};

struct Parsed
{
    QHash<QString, QString> types; // metric family -> type
    QList<Sample> samples;
    QStringList errors;
};

// Parses the text exposition format 0.0.4 strictly: every line is a HELP or TYPE comment or
// one sample, label values use only the three escapes the format defines.
Parsed parse(const QByteArray &text)
{
    static const QRegularExpression helpLine(u"^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) \\S.*$"_s);
    static const QRegularExpression typeLine(u"^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$"_s);
    static const QRegularExpression sampleLine(u"^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})? (\\S+)$"_s);
    static const QRegularExpression labelPair(u"^([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"(,|$)"_s);

    Parsed parsed;
    if (!text.endsWith('\n'))
        parsed.errors.append(u"the text does not end with a line feed"_s);
    const QStringList lines = QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.startsWith(u"# HELP "_s)) {
            if (!helpLine.match(line).hasMatch())
                parsed.errors.append(u"bad HELP line: "_s + line);
            continue;
        }
        if (line.startsWith(u"# TYPE "_s)) {
            const QRegularExpressionMatch match = typeLine.match(line);
            if (!match.hasMatch())
                parsed.errors.append(u"bad TYPE line: "_s + line);
            else if (parsed.types.contains(match.captured(1)))
                parsed.errors.append(u"repeated TYPE: "_s + line);
            else
                parsed.types.insert(match.captured(1), match.captured(2));
            continue;
        }

        const QRegularExpressionMatch match = sampleLine.match(line);
        if (!match.hasMatch()) {
            parsed.errors.append(u"bad sample line: "_s + line);
            continue;
        }
        Sample sample;
        sample.name = match.captured(1);
        QString labels = match.captured(3);
        while (!labels.isEmpty()) {
            const QRegularExpressionMatch pair = labelPair.match(labels);
            if (!pair.hasMatch()) {
                parsed.errors.append(u"bad labels: "_s + line);
                break;
            }
            sample.labels.insert(pair.captured(1), pair.captured(2));
            labels = labels.mid(pair.capturedLength(0));
        }
        bool ok = false;
        const QString number = match.captured(4);
        sample.value = number == u"+Inf"_s ? qInf() : number.toDouble(&ok);
        if (!ok && number != u"+Inf"_s)
            parsed.errors.append(u"bad value: "_s + line);
        parsed.samples.append(sample);
    }
    return parsed;
}

QString familyOf(const QString &sampleName, const QHash<QString, QString> &types)
{
    for (const char *suffix : {"_bucket", "_sum", "_count"}) {
        const QString family = sampleName.chopped(qMin(sampleName.size(), qsizetype(qstrlen(suffix))));
        if (sampleName.endsWith(QLatin1String(suffix)) && types.value(family) == u"histogram"_s)
            return family;
    }
    return sampleName;
}

double valueOf(const Parsed &parsed, const QString &name, const QString &labelName = {}, const QString &labelValue = {})
{
    for (const Sample &sample : parsed.samples) {
        if (sample.name == name && (labelName.isEmpty() || sample.labels.value(labelName) == labelValue))
            return sample.value;
    }
    return -1;
}

MetricsTotals exampleTotals()
{
    MetricsTotals totals;
    totals.http.requestsServed = 42;
    totals.http.responsesByClass = {0, 40, 0, 2, 1};
    totals.http.openConnections = 3;
    totals.http.latency.add(8'000);
    totals.http.latency.add(90'000);
    totals.http.latency.add(90'000);
    totals.http.latency.add(20'000'000'000);
    totals.refreshGrants = 5;
    totals.tokenReadsFromCache = 30;
    totals.tokenReadsViaBroker = 4;
    totals.auditEventsWritten = 34;
    totals.auditEventsDropped = 1;
    totals.connectionsByState = {{u"active"_s, 2}, {u"needs_reauth"_s, 1}};
    totals.sessions = 6;
    totals.agents = 2;
    totals.residentMemoryBytes = 10'485'760;
    return totals;
}

} // namespace

class TestPrometheusText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesBackLineByLine();
    void values();
    void histogramBucketsAreCumulative();
    void hostileLabelValueIsEscaped();
    void secondsFromMicroseconds_data();
    void secondsFromMicroseconds();
};

void TestPrometheusText::parsesBackLineByLine()
{
    const Parsed parsed = parse(PrometheusText::render(exampleTotals()));
    QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.join(u'\n')));
    QVERIFY(!parsed.samples.isEmpty());

    // Every sample belongs to a family declared with TYPE before it, and counters end in _total.
    for (const Sample &sample : parsed.samples) {
        const QString family = familyOf(sample.name, parsed.types);
        QVERIFY2(parsed.types.contains(family), qPrintable(u"no TYPE for "_s + sample.name));
        if (parsed.types.value(family) == u"counter"_s)
            QVERIFY2(family.endsWith(u"_total"_s), qPrintable(family));
    }
    QCOMPARE(parsed.types.value(u"securecontext_http_request_duration_seconds"_s), u"histogram"_s);
    QCOMPARE(parsed.types.value(u"securecontext_http_open_connections"_s), u"gauge"_s);
    QCOMPARE(parsed.types.value(u"securecontext_http_requests_total"_s), u"counter"_s);
}

void TestPrometheusText::values()
{
    const Parsed parsed = parse(PrometheusText::render(exampleTotals()));
    QCOMPARE(valueOf(parsed, u"securecontext_http_requests_total"_s), 42.0);
    QCOMPARE(valueOf(parsed, u"securecontext_http_responses_total"_s, u"code"_s, u"2xx"_s), 40.0);
    QCOMPARE(valueOf(parsed, u"securecontext_http_responses_total"_s, u"code"_s, u"4xx"_s), 2.0);
    QCOMPARE(valueOf(parsed, u"securecontext_http_responses_total"_s, u"code"_s, u"5xx"_s), 1.0);
    QCOMPARE(valueOf(parsed, u"securecontext_http_open_connections"_s), 3.0);
    QCOMPARE(valueOf(parsed, u"securecontext_token_refresh_grants_total"_s), 5.0);
    QCOMPARE(valueOf(parsed, u"securecontext_token_reads_total"_s, u"source"_s, u"cache"_s), 30.0);
    QCOMPARE(valueOf(parsed, u"securecontext_token_reads_total"_s, u"source"_s, u"broker"_s), 4.0);
    QCOMPARE(valueOf(parsed, u"securecontext_audit_events_written_total"_s), 34.0);
    QCOMPARE(valueOf(parsed, u"securecontext_audit_events_dropped_total"_s), 1.0);
    QCOMPARE(valueOf(parsed, u"securecontext_connections"_s, u"state"_s, u"active"_s), 2.0);
    QCOMPARE(valueOf(parsed, u"securecontext_connections"_s, u"state"_s, u"needs_reauth"_s), 1.0);
    QCOMPARE(valueOf(parsed, u"securecontext_connections"_s, u"state"_s, u"revoked"_s), 0.0);
    QCOMPARE(valueOf(parsed, u"securecontext_sessions"_s), 6.0);
    QCOMPARE(valueOf(parsed, u"securecontext_agents"_s), 2.0);
    QCOMPARE(valueOf(parsed, u"process_resident_memory_bytes"_s), 10'485'760.0);
    QCOMPARE(valueOf(parsed, u"securecontext_http_request_duration_seconds_count"_s), 4.0);
    QVERIFY(qAbs(valueOf(parsed, u"securecontext_http_request_duration_seconds_sum"_s) - 20.000188) < 1e-9);
}

void TestPrometheusText::histogramBucketsAreCumulative()
{
    const Parsed parsed = parse(PrometheusText::render(exampleTotals()));
    QList<std::pair<double, double>> buckets; // (le, cumulative count)
    for (const Sample &sample : parsed.samples) {
        if (sample.name != u"securecontext_http_request_duration_seconds_bucket"_s)
            continue;
        const QString le = sample.labels.value(u"le"_s);
        buckets.append({le == u"+Inf"_s ? qInf() : le.toDouble(), sample.value});
    }
    QCOMPARE(buckets.size(), int(LatencyHistogram::BucketCount));
    for (qsizetype i = 1; i < buckets.size(); ++i) {
        QVERIFY(buckets.at(i).first > buckets.at(i - 1).first);
        QVERIFY(buckets.at(i).second >= buckets.at(i - 1).second);
    }
    QCOMPARE(buckets.first().first, 0.00001);
    QCOMPARE(buckets.first().second, 1.0);              // 8 us
    QCOMPARE(valueOf(parsed, u"securecontext_http_request_duration_seconds_bucket"_s, u"le"_s, u"0.0001"_s), 3.0);
    QCOMPARE(valueOf(parsed, u"securecontext_http_request_duration_seconds_bucket"_s, u"le"_s, u"10"_s), 3.0);
    QCOMPARE(buckets.last().second, 4.0);               // 20 s is only in +Inf
}

void TestPrometheusText::hostileLabelValueIsEscaped()
{
    MetricsTotals totals;
    totals.connectionsByState.insert(u"evil\"} 1\nfake_metric 2\\"_s, 1);
    const QByteArray text = PrometheusText::render(totals);
    const Parsed parsed = parse(text);
    QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.join(u'\n')));
    QVERIFY(!text.contains("\nfake_metric"));
    QCOMPARE(valueOf(parsed, u"securecontext_connections"_s, u"state"_s, u"evil\\\"} 1\\nfake_metric 2\\\\"_s), 1.0);
}

void TestPrometheusText::secondsFromMicroseconds_data()
{
    QTest::addColumn<qint64>("microseconds");
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("10 us") << qint64(10) << QByteArray("0.00001");
    QTest::newRow("15 us") << qint64(15) << QByteArray("0.000015");
    QTest::newRow("1 ms") << qint64(1000) << QByteArray("0.001");
    QTest::newRow("1.5 s") << qint64(1'500'000) << QByteArray("1.5");
    QTest::newRow("10 s") << qint64(10'000'000) << QByteArray("10");
    QTest::newRow("zero") << qint64(0) << QByteArray("0");
}

void TestPrometheusText::secondsFromMicroseconds()
{
    QFETCH(qint64, microseconds);
    QFETCH(QByteArray, text);
    QCOMPARE(PrometheusText::secondsFromMicroseconds(microseconds), text);
}

QTEST_GUILESS_MAIN(TestPrometheusText)
#include "tst_prometheustext.moc"
