#include "Broker.h"

#include "agents/AgentDirectory.h"
#include "api/HttpServer.h"
#include "api/routes/ApiRoutes.h"
#include "api/routes/ApiSharedState.h"
#include "audit/AuditLog.h"
#include "audit/AuditQuery.h"
#include "connections/ConnectionManager.h"
#include "connections/FlowController.h"
#include "connections/ProviderDirectory.h"
#include "connections/TokenCache.h"
#include "metrics/MetricsSampler.h"
#include "metrics/ProcessMemory.h"
#include "metrics/TokenReadCounters.h"
#include "oauth/ProviderCatalog.h"
#include "oauth/ProviderDiscovery.h"
#include "oauth/ScpProviderImport.h"
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

Q_LOGGING_CATEGORY(lcBroker, "securecontext.broker")

class BrokerPrivate
{
public:
    explicit BrokerPrivate(const BrokerOptions &brokerOptions)
        : options(brokerOptions)
        , metadata(database)
    {
    }

    BrokerOptions options;
    RefreshPolicy refreshPolicy;
    Database database;
    MetadataStore metadata;
    TokenCache cache;
    AgentDirectory agents;
    ProviderDirectory providers;
    ApiSharedState apiState;
    SecretStore *secrets = nullptr;
    AuditLog *audit = nullptr;
    TokenClient *tokenClient = nullptr;
    ConnectionManager *connections = nullptr;
    FlowController *flows = nullptr;
    HttpServer *server = nullptr;
    bool running = false;

    // Audit trail and metrics (setUpAuditAndMetrics).
    std::unique_ptr<AuditQuery> auditQuery;
    TokenReadCounters tokenReads;
    MetricsSampler *metrics = nullptr;
};

Broker::Broker(const BrokerOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<BrokerPrivate>(options))
{
    qRegisterMetaType<Error>();
    qRegisterMetaType<ProviderSummary>();
    qRegisterMetaType<ConnectionSummary>();
    qRegisterMetaType<QList<ProviderSummary>>();
    qRegisterMetaType<QList<ConnectionSummary>>();
    qRegisterMetaType<QList<Error>>();
}

Broker::~Broker()
{
    stop();
    // The audit log writes its last batch to the database, which goes with `d`.
    delete d->audit;
    d->audit = nullptr;
}

void Broker::setRefreshPolicy(const RefreshPolicy &policy)
{
    d->refreshPolicy = policy;
}

void Broker::start()
{
    const QString dataDir = d->options.dataDir;
    QDir().mkpath(dataDir);
    // The database names accounts and connections; other local users have no business there.
    if (!QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        qCWarning(lcBroker) << "Cannot restrict the permissions of the data directory" << dataDir;
    qCInfo(lcBroker) << "Starting broker with data in" << dataDir;

    Result<void> opened = d->database.open(QDir(dataDir).filePath(u"securecontext.db"_s));
    if (!opened) {
        qCCritical(lcBroker) << "Cannot open the database:" << opened.error().message;
        Q_EMIT startFailed(opened.error());
        return;
    }
    d->apiState.setComponentHealth(u"database"_s, u"ok"_s);
    d->audit = new AuditLog(d->database, this);
    setUpAuditAndMetrics();

    d->secrets = new SecretStore(d->options.keychainService, this);
    QPointer<Broker> self(this);
    d->secrets->probe([self](const Result<void> &probed) {
        if (!self)
            return;
        if (!probed) {
            qCCritical(lcBroker).noquote() << probed.error().message;
            Q_EMIT self->startFailed(probed.error());
            return;
        }
        self->d->apiState.setComponentHealth(u"keychain"_s, u"ok"_s);
        self->loadConnections();
    });
}

void Broker::loadConnections()
{
    Result<QHash<QString, QString>> clientIds = d->metadata.loadClientIds();
    if (!clientIds) {
        Q_EMIT startFailed(clientIds.error());
        return;
    }
    d->providers.load(QDir(d->options.dataDir).filePath(u"providers"_s), clientIds.value(), d->options.apiPort);
    for (const Error &error : d->providers.loadErrors())
        qCWarning(lcBroker).noquote() << "Skipped a provider file:" << error.message;

    d->tokenClient = new TokenClient(this);
    d->connections = new ConnectionManager(d->metadata, *d->secrets, d->cache, *d->tokenClient, d->providers, this);
    d->connections->setRefreshPolicy(d->refreshPolicy);
    // Broker processes that share the data directory refresh each connection one at a time.
    d->connections->setLockDirectory(QDir(d->options.dataDir).filePath(u"locks"_s));
    d->connections->setAuditLog(d->audit);
    d->flows = new FlowController(d->providers, *d->secrets, *d->tokenClient, *d->connections, this);
    connect(d->connections, &ConnectionManager::connectionsChanged, this, [this] {
        Q_EMIT connectionsChanged(d->connections->summaries());
    });
    connect(d->flows, &FlowController::flowStarted, this, &Broker::flowStarted);
    connect(d->flows, &FlowController::flowFinished, this, &Broker::flowFinished);

    QPointer<Broker> self(this);
    d->connections->load([self](const Result<void> &loaded) {
        if (!self)
            return;
        if (!loaded) {
            Q_EMIT self->startFailed(loaded.error());
            return;
        }
        self->startApi();
    });
}

void Broker::startApi()
{
    d->server = new HttpServer(this);
    ApiRoutes::Context context;
    context.cache = &d->cache;
    context.state = &d->apiState;
    context.connections = d->connections;
    context.flows = d->flows;
    context.agents = &d->agents;
    context.audit = d->audit;
    context.auditQuery = d->auditQuery.get();
    context.tokenReads = &d->tokenReads;
    context.metrics = d->metrics;
    context.refreshMarginSeconds = d->refreshPolicy.onDemandMarginSeconds;
    d->server->setRouter(ApiRoutes::build(context));

    HttpServer::Options serverOptions;
    serverOptions.port = d->options.apiPort;
    Result<void> listening = d->server->listen(serverOptions);
    if (!listening) {
        qCCritical(lcBroker).noquote() << listening.error().message;
        Q_EMIT startFailed(listening.error());
        return;
    }

    const quint16 port = d->server->serverPort();
    d->providers.setApiPort(port);
    d->apiState.setProviders(d->providers.toApiJson());
    d->apiState.setComponentHealth(u"api"_s, u"ok"_s);
    d->running = true;
    startMetrics();

    qCInfo(lcBroker).noquote() << u"Broker ready; API on http://127.0.0.1:%1"_s.arg(port);
    Q_EMIT providersChanged(d->providers.summaries());
    Q_EMIT connectionsChanged(d->connections->summaries());
    Q_EMIT started(port);
}

void Broker::stop()
{
    if (d->server) {
        d->server->close();
        delete d->server;
        d->server = nullptr;
    }
    if (d->flows)
        d->flows->cancelAll();
    if (d->metrics)
        d->metrics->stop();
    if (d->audit)
        d->audit->flush();
    if (d->running) {
        d->running = false;
        qCInfo(lcBroker) << "Broker stopped";
        Q_EMIT stopped();
    }
}

void Broker::startFlow(const QString &providerName)
{
    if (!d->running) {
        Q_EMIT flowFinished(QString(), providerName, QString(),
                            Error{u"BROKER_NOT_READY"_s, u"The broker has not started"_s});
        return;
    }
    d->flows->startFlow(providerName);
}

void Broker::cancelFlow(const QString &flowId)
{
    if (d->flows)
        d->flows->cancelFlow(flowId);
}

void Broker::configureProvider(const QString &providerName, const QString &clientId, const QString &clientSecret)
{
    if (!d->running || !d->providers.find(providerName)) {
        Q_EMIT operationFailed(Error{u"PROVIDER_NOT_FOUND"_s, u"No provider named "_s + providerName});
        return;
    }

    Result<void> saved = d->metadata.saveClientId(providerName, clientId.trimmed());
    if (!saved) {
        Q_EMIT operationFailed(saved.error());
        return;
    }
    d->providers.setClientId(providerName, clientId.trimmed());
    d->apiState.setProviders(d->providers.toApiJson());

    QPointer<Broker> self(this);
    auto finished = [self, providerName](const Result<void> &stored) {
        if (!self)
            return;
        if (!stored) {
            Q_EMIT self->operationFailed(stored.error());
            return;
        }
        qCInfo(lcBroker).noquote() << "Configured the OAuth client of" << providerName;
        Q_EMIT self->providersChanged(self->d->providers.summaries());
    };

    const QString key = ProviderDirectory::clientSecretKey(providerName);
    if (clientSecret.isEmpty())
        d->secrets->remove(key, finished);
    else
        d->secrets->write(key, clientSecret, finished);
}

void Broker::revealSessionId(const QString &connectionId)
{
    if (!d->running) {
        Q_EMIT operationFailed(Error{u"BROKER_NOT_READY"_s, u"The broker has not started"_s});
        return;
    }
    QPointer<Broker> self(this);
    d->connections->revealSessionId(connectionId, [self, connectionId](const Result<QString> &sessionId) {
        if (!self)
            return;
        if (!sessionId) {
            Q_EMIT self->operationFailed(sessionId.error());
            return;
        }
        Q_EMIT self->sessionIdRevealed(connectionId, sessionId.value());
    });
}

void Broker::disconnectConnection(const QString &connectionId)
{
    if (!d->running) {
        Q_EMIT operationFailed(Error{u"BROKER_NOT_READY"_s, u"The broker has not started"_s});
        return;
    }
    QPointer<Broker> self(this);
    d->connections->disconnectConnection(connectionId, [self, connectionId](const Result<QStringList> &warnings) {
        if (!self)
            return;
        if (!warnings) {
            qCWarning(lcBroker).noquote() << "Disconnecting" << connectionId << "failed:" << warnings.error().message;
            Q_EMIT self->operationFailed(warnings.error());
            return;
        }
        Q_EMIT self->connectionDisconnected(connectionId, warnings.value());
    });
}

Result<void> Broker::writeUserProvider(const Provider &provider)
{
    const QString directory = QDir(d->options.dataDir).filePath(u"providers"_s);
    QDir().mkpath(directory);

    // QSaveFile replaces the file in one step, so a crash never leaves half a provider.
    QSaveFile file(QDir(directory).filePath(provider.name + u".json"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(provider.toJson()).toJson()) < 0 || !file.commit()) {
        return Error{u"PROVIDER_FILE_WRITE_FAILED"_s,
                     u"Cannot write the provider file %1: %2"_s.arg(file.fileName(), file.errorString())};
    }
    return {};
}

void Broker::reloadProviders()
{
    Result<QHash<QString, QString>> clientIds = d->metadata.loadClientIds();
    d->providers.load(QDir(d->options.dataDir).filePath(u"providers"_s), clientIds ? clientIds.value() : QHash<QString, QString>(),
                      d->server ? d->server->serverPort() : d->options.apiPort);
    d->apiState.setProviders(d->providers.toApiJson());
    Q_EMIT providersChanged(d->providers.summaries());
}

void Broker::addProviderFromIssuer(const QString &issuer, const QString &name, const QString &displayName)
{
    if (!d->running) {
        Q_EMIT providersAdded({}, {Error{u"BROKER_NOT_READY"_s, u"The broker has not started"_s}});
        return;
    }
    if (d->providers.find(name)) {
        Q_EMIT providersAdded({}, {Error{u"PROVIDER_EXISTS"_s,
                                         u"A provider named %1 exists already; choose another name"_s.arg(name)}});
        return;
    }

    auto *discovery = new ProviderDiscovery(this);
    QPointer<Broker> self(this);
    discovery->discover(issuer, name, displayName, [self, discovery, name](const Result<Provider> &provider) {
        discovery->deleteLater();
        if (!self)
            return;
        if (!provider) {
            qCWarning(lcBroker) << "Discovery for" << name << "failed:" << provider.error().code;
            Q_EMIT self->providersAdded({}, {provider.error()});
            return;
        }

        Provider added = provider.value();
        added.source = ProviderSource::UserFile;
        if (Result<void> written = self->writeUserProvider(added); !written) {
            Q_EMIT self->providersAdded({}, {written.error()});
            return;
        }
        qCInfo(lcBroker).noquote() << "Added provider" << name << "from its issuer's metadata";
        self->reloadProviders();
        Q_EMIT self->providersAdded({name}, {});
    });
}

void Broker::importScpProviders(const QString &path)
{
    if (!d->running) {
        Q_EMIT providersAdded({}, {Error{u"BROKER_NOT_READY"_s, u"The broker has not started"_s}});
        return;
    }

    const ProviderCatalog presets = ProviderCatalog::load(QString());
    const ScpProviderImport::Outcome outcome =
        ScpProviderImport::importFile(path, presets.providers(), ScpProviderImport::processEnvironment());

    QStringList added;
    QList<Error> problems = outcome.errors;
    QList<std::pair<QString, QString>> secrets;
    for (const ScpImportedProvider &imported : outcome.providers) {
        const Provider &provider = imported.provider;

        // An entry that only names a preset's client keeps the preset itself, so the app's
        // future updates of its endpoints still apply.
        Provider comparable = provider;
        comparable.clientId.clear();
        comparable.source = ProviderSource::Preset;
        const std::optional<Provider> preset = presets.find(provider.name);
        if (!preset || !(comparable == *preset)) {
            Provider userFile = provider;
            userFile.clientId.clear();
            userFile.source = ProviderSource::UserFile;
            if (Result<void> written = writeUserProvider(userFile); !written) {
                problems.append(written.error());
                continue;
            }
        }

        if (!provider.clientId.isEmpty()) {
            if (Result<void> saved = d->metadata.saveClientId(provider.name, provider.clientId); !saved) {
                problems.append(saved.error());
                continue;
            }
        }
        if (!imported.clientSecret.isEmpty())
            secrets.append({ProviderDirectory::clientSecretKey(provider.name), imported.clientSecret});
        added.append(provider.name);
    }

    // The secrets go to the keychain one at a time; the signal follows the last one.
    struct ImportState
    {
        QList<std::pair<QString, QString>> secrets;
        QStringList added;
        QList<Error> problems;
    };
    auto state = std::make_shared<ImportState>(ImportState{secrets, added, problems});
    writeImportedSecrets(state->secrets, [self = QPointer<Broker>(this), state](const QList<Error> &failures) {
        if (!self)
            return;
        state->problems += failures;
        qCInfo(lcBroker) << "Imported" << state->added.size() << "providers with" << state->problems.size() << "problems";
        self->reloadProviders();
        Q_EMIT self->providersAdded(state->added, state->problems);
    });
}

void Broker::writeImportedSecrets(QList<std::pair<QString, QString>> secrets, std::function<void(const QList<Error> &)> done,
                                  QList<Error> failures)
{
    if (secrets.isEmpty()) {
        done(failures);
        return;
    }
    const std::pair<QString, QString> next = secrets.takeFirst();
    QPointer<Broker> self(this);
    d->secrets->write(next.first, next.second, [self, secrets, done, failures](const Result<void> &written) mutable {
        if (!self)
            return;
        if (!written)
            failures.append(written.error());
        self->writeImportedSecrets(secrets, done, failures);
    });
}

// Audit trail and metrics

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
