#include "metrics/PrometheusText.h"

#include "store/ConnectionRecord.h"

#include <QStringList>

namespace {

class Writer
{
public:
    void header(const char *name, const char *type, const char *help)
    {
        m_text += "# HELP ";
        m_text += name;
        m_text += ' ';
        m_text += help;
        m_text += "\n# TYPE ";
        m_text += name;
        m_text += ' ';
        m_text += type;
        m_text += '\n';
    }

    // `labels` is empty or the inside of the braces, already escaped.
    void value(const QByteArray &name, const QByteArray &labels, const QByteArray &number)
    {
        m_text += name;
        if (!labels.isEmpty()) {
            m_text += '{';
            m_text += labels;
            m_text += '}';
        }
        m_text += ' ';
        m_text += number;
        m_text += '\n';
    }

    void value(const QByteArray &name, const QByteArray &labels, quint64 number)
    {
        value(name, labels, QByteArray::number(number));
    }

    QByteArray text() const { return m_text; }

private:
    QByteArray m_text;
};

QByteArray label(const char *name, const QString &value)
{
    return QByteArray(name) + "=\"" + PrometheusText::escapeLabelValue(value) + '"';
}

void writeHttp(Writer &out, const HttpStats &http)
{
    out.header("securecontext_http_requests_total", "counter", "HTTP requests answered by the local API.");
    out.value("securecontext_http_requests_total", {}, http.requestsServed);

    out.header("securecontext_http_responses_total", "counter",
               "HTTP responses by status class, including responses to input that never became a request.");
    for (std::size_t i = 0; i < http.responsesByClass.size(); ++i)
        out.value("securecontext_http_responses_total", label("code", QString::number(i + 1) + QStringLiteral("xx")),
                  http.responsesByClass[i]);

    out.header("securecontext_http_request_duration_seconds", "histogram",
               "Time from a parsed request to its response written to the socket.");
    const auto &bounds = LatencyHistogram::upperBoundsUs();
    quint64 cumulative = 0;
    for (std::size_t i = 0; i < LatencyHistogram::BucketCount; ++i) {
        cumulative += http.latency.counts[i];
        const QByteArray le = i < bounds.size() ? PrometheusText::secondsFromMicroseconds(bounds[i]) : QByteArray("+Inf");
        out.value("securecontext_http_request_duration_seconds_bucket", "le=\"" + le + '"', cumulative);
    }
    out.value("securecontext_http_request_duration_seconds_sum", {},
              QByteArray::number(static_cast<double>(http.latency.sumNs) / 1e9, 'g', 12));
    out.value("securecontext_http_request_duration_seconds_count", {}, cumulative);

    out.header("securecontext_http_open_connections", "gauge", "Client connections open now.");
    out.value("securecontext_http_open_connections", {}, QByteArray::number(http.openConnections));
}

void writeBroker(Writer &out, const MetricsTotals &totals)
{
    out.header("securecontext_token_reads_total", "counter",
               "Token reads by session id, by whether memory answered them or the broker thread had to.");
    out.value("securecontext_token_reads_total", label("source", QStringLiteral("cache")), totals.tokenReadsFromCache);
    out.value("securecontext_token_reads_total", label("source", QStringLiteral("broker")), totals.tokenReadsViaBroker);

    out.header("securecontext_token_refresh_grants_total", "counter", "refresh_token grants sent to token endpoints.");
    out.value("securecontext_token_refresh_grants_total", {}, totals.refreshGrants);

    out.header("securecontext_audit_events_written_total", "counter", "Audit events written to the database.");
    out.value("securecontext_audit_events_written_total", {}, totals.auditEventsWritten);
    out.header("securecontext_audit_events_dropped_total", "counter",
               "Audit events lost because the queue was full or the database failed.");
    out.value("securecontext_audit_events_dropped_total", {}, totals.auditEventsDropped);

    // Every known state is listed, also at 0, so a dashboard's series do not come and go.
    QMap<QString, int> states = totals.connectionsByState;
    for (const QString &known : {ConnectionStatus::Active, ConnectionStatus::Refreshing,
                                 ConnectionStatus::NeedsReauth, ConnectionStatus::Revoked})
        states.insert(known, states.value(known));
    out.header("securecontext_connections", "gauge", "Connections by state.");
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        out.value("securecontext_connections", label("state", it.key()), QByteArray::number(it.value()));

    out.header("securecontext_sessions", "gauge", "Sessions in memory, including revoked and expired ones.");
    out.value("securecontext_sessions", {}, QByteArray::number(totals.sessions));
    out.header("securecontext_agents", "gauge", "Paired agents.");
    out.value("securecontext_agents", {}, QByteArray::number(totals.agents));

    out.header("process_resident_memory_bytes", "gauge", "Resident memory size in bytes; 0 where the platform does not say.");
    out.value("process_resident_memory_bytes", {}, QByteArray::number(totals.residentMemoryBytes));
}

} // namespace

namespace PrometheusText {

QByteArray render(const MetricsTotals &totals)
{
    Writer out;
    writeHttp(out, totals.http);
    writeBroker(out, totals);
    return out.text();
}

QByteArray escapeLabelValue(const QString &value)
{
    QByteArray escaped;
    const QByteArray utf8 = value.toUtf8();
    escaped.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            escaped += "\\\\";
        else if (c == '"')
            escaped += "\\\"";
        else if (c == '\n')
            escaped += "\\n";
        else
            escaped += c;
    }
    return escaped;
}

QByteArray secondsFromMicroseconds(qint64 microseconds)
{
    const QByteArray whole = QByteArray::number(microseconds / 1'000'000);
    QByteArray fraction = QByteArray::number(microseconds % 1'000'000).rightJustified(6, '0');
    while (fraction.endsWith('0'))
        fraction.chop(1);
    return fraction.isEmpty() ? whole : whole + '.' + fraction;
}

} // namespace PrometheusText
