#include "Broker.h"
#include "BrokerPrivate.h"

#include "agents/AgentDirectory.h"
#include "agents/AgentManager.h"
#include "agents/AgentStore.h"
#include "api/HttpServer.h"
#include "api/routes/ApiRoutes.h"
#include "api/routes/ApiSharedState.h"
#include "audit/ActivityAudit.h"
#include "audit/AuditLog.h"
#include "connections/ConnectRequestQueue.h"
#include "audit/AuditQuery.h"
#include "connections/ConnectionManager.h"
#include "connections/SessionManager.h"
#include "connections/FlowController.h"
#include "connections/ProviderDirectory.h"
#include "connections/TokenCache.h"
#include "events/ConnectionEventPublisher.h"
#include "events/EventBus.h"
#include "metrics/MetricsSampler.h"
#include "metrics/ProcessMemory.h"
#include "metrics/TokenReadCounters.h"
#include "oauth/ProviderCatalog.h"
#include "oauth/ProviderDiscovery.h"
#include "oauth/ScpProviderImport.h"
#include "oauth/SessionId.h"
#include "oauth/TokenClient.h"
#include "store/Database.h"
#include "store/MetadataStore.h"
#include "store/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>
#include <QSettings>

using namespace Qt::StringLiterals;

// The Broker's audit trail and metrics.

namespace {

// Reads a positive whole number from the settings, or returns `fallback` with a warning.
qint64 positiveSetting(const QSettings &settings, const QString &key, qint64 fallback)
{
    if (!settings.contains(key))
        return fallback;
    bool ok = false;
    const qint64 value = settings.value(key).toString().toLongLong(&ok);
    if (ok && value > 0)
        return value;
    qCWarning(lcBroker).noquote() << u"Ignored the setting %1=%2: expected a whole number above 0; using %3"_s.arg(
        key, settings.value(key).toString()).arg(fallback);
    return fallback;
}

} // namespace

void Broker::setUpAuditAndMetrics()
{
    qRegisterMetaType<AuditFilter>();
    qRegisterMetaType<MetricsSample>();
    qRegisterMetaType<QList<MetricsSample>>();

    // The same settings file as api/port: settings.ini in the data directory.
    const QSettings settings(QDir(d->options.dataDir).filePath(u"settings.ini"_s), QSettings::IniFormat);
    AuditLog::Retention retention;
    retention.maxAgeDays = int(qMin<qint64>(positiveSetting(settings, u"audit/retention_days"_s, retention.maxAgeDays), 36500));
    retention.maxEvents = positiveSetting(settings, u"audit/max_events"_s, retention.maxEvents);
    d->audit->setRetention(retention);
    if (Result<void> pruned = d->audit->prune(); !pruned)
        qCWarning(lcBroker).noquote() << pruned.error().message;
    d->auditQuery = std::make_unique<AuditQuery>(d->database);
    connect(d->audit, &AuditLog::eventsWritten, this, &Broker::auditEventsWritten);

    // A broker started again after stop() gets a fresh sampler and history.
    delete d->metrics;
    d->metrics = new MetricsSampler([this] { return collectMetrics(); }, this);
    connect(d->metrics, &MetricsSampler::sampled, this, &Broker::metricsSampled);
}

void Broker::startMetrics()
{
    if (d->metrics)
        d->metrics->start();
}

MetricsTotals Broker::collectMetrics() const
{
    MetricsTotals totals;
    if (d->server)
        totals.http = d->server->stats();
    if (d->connections)
        totals.refreshGrants = d->connections->refreshGrantsSent();
    totals.tokenReadsFromCache = d->tokenReads.cacheHits();
    totals.tokenReadsViaBroker = d->tokenReads.brokerReads();
    if (d->audit) {
        totals.auditEventsWritten = d->audit->eventsWrittenTotal();
        totals.auditEventsDropped = d->audit->eventsDroppedTotal();
    }
    for (const ConnectionState &state : d->cache.connectionStates())
        totals.connectionsByState[state.status] += 1;
    totals.sessions = d->cache.sessionCount();
    totals.agents = int(d->agents.agents().size());
    totals.residentMemoryBytes = ProcessMemory::residentBytes();
    return totals;
}

void Broker::queryAudit(const AuditFilter &filter)
{
    if (!d->audit || !d->auditQuery) {
        Q_EMIT operationFailed(Error{u"BROKER_NOT_READY"_s, u"The broker has not started"_s});
        return;
    }
    d->audit->flush();
    const Result<QList<AuditEvent>> events = d->auditQuery->events(filter);
    if (!events) {
        Q_EMIT operationFailed(events.error());
        return;
    }
    Q_EMIT auditQueried(events.value());
}

void Broker::requestMetricsHistory()
{
    Q_EMIT metricsHistory(d->metrics ? d->metrics->history() : QList<MetricsSample>());
}
