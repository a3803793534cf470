#include "Broker.h"

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
    AgentPolicy agentPolicy;
    std::unique_ptr<AgentStore> agentStore;
    AgentManager *agentManager = nullptr;
    ProviderDirectory providers;
    ApiSharedState apiState;
    ConnectRequestQueue connectRequests;
    // The connect request whose flow startFlow() is starting. startFlow() emits flowStarted()
    // before it returns, so the handler can tell the flow belongs to this request.
    QString startingConnectRequest;
    EventBus events;
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
    qRegisterMetaType<AgentPermissions>();
    qRegisterMetaType<AgentSummary>();
    qRegisterMetaType<PairingRequest>();
    qRegisterMetaType<QList<AgentSummary>>();
    qRegisterMetaType<QList<PairingRequest>>();
    qRegisterMetaType<SessionOptions>();
    qRegisterMetaType<SessionSummary>();
    qRegisterMetaType<QList<SessionSummary>>();
    qRegisterMetaType<ConnectRequest>();
}

Broker::~Broker()
{
    stop();
    // The manager refers to the agent store, which goes with `d`.
    delete d->agentManager;
    d->agentManager = nullptr;
    // The audit log writes its last batch to the database, which goes with `d`.
    delete d->audit;
    d->audit = nullptr;
}

void Broker::setRefreshPolicy(const RefreshPolicy &policy)
{
    d->refreshPolicy = policy;
}

void Broker::setAgentPolicy(const AgentPolicy &policy)
{
    d->agentPolicy = policy;
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
    // The setting bounds how far agents can extend their sessions.
    const int maxLifetimeDays = QSettings().value(u"sessions/max_lifetime_days"_s, SessionManager::DefaultMaxLifetimeDays).toInt();
    d->connections->sessions()->setMaxLifetimeDays(qBound(1, maxLifetimeDays, 3650));
    // Broker processes that share the data directory refresh each connection one at a time.
    d->connections->setLockDirectory(QDir(d->options.dataDir).filePath(u"locks"_s));
    d->connections->setAuditLog(d->audit);
    d->flows = new FlowController(d->providers, *d->secrets, *d->tokenClient, *d->connections, this);
    connect(d->connections, &ConnectionManager::connectionsChanged, this, [this] {
        Q_EMIT connectionsChanged(d->connections->summaries());
    });
    connect(d->connections->sessions(), &SessionManager::sessionsChanged, this, [this] {
        Q_EMIT sessionsChanged(d->connections->sessions()->summaries());
    });
    // Connect requests follow their flows. These handlers are connected first, so they run
    // before the signals are passed on.
    connect(d->flows, &FlowController::flowStarted, this, [this](const QString &flowId, const QString &, const QUrl &url) {
        if (!d->startingConnectRequest.isEmpty())
            d->connectRequests.setAwaitingBrowser(d->startingConnectRequest, flowId, url);
    });
    connect(d->flows, &FlowController::flowFinished, this,
            [this](const QString &flowId, const QString &, const QString &sessionId, const Error &error) {
        finishConnectRequest(flowId, sessionId, error);
    });
    new ConnectionEventPublisher(*d->connections, d->cache, d->events, this);
    new ActivityAudit(*d->flows, *d->connections, d->cache, *d->audit, this);
    connect(d->flows, &FlowController::flowStarted, this, &Broker::flowStarted);
    connect(d->flows, &FlowController::flowExchanging, this, &Broker::flowExchanging);
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
    if (Result<void> agentsLoaded = loadAgents(); !agentsLoaded) {
        qCCritical(lcBroker).noquote() << "Cannot load the agents:" << agentsLoaded.error().message;
        Q_EMIT startFailed(agentsLoaded.error());
        return;
    }

    d->server = new HttpServer(this);
    ApiRoutes::Context context;
    context.cache = &d->cache;
    context.state = &d->apiState;
    context.connections = d->connections;
    context.flows = d->flows;
    context.sessions = d->connections->sessions();
    context.connectRequests = &d->connectRequests;
    QPointer<Broker> self(this);
    context.connectRequested = [self](const QString &requestId) {
        QMetaObject::invokeMethod(self, [self, requestId] {
            if (!self)
                return;
            if (const std::optional<ConnectRequest> request = self->d->connectRequests.find(requestId))
                Q_EMIT self->connectRequested(*request);
        }, Qt::QueuedConnection);
    };
    context.agents = &d->agents;
    context.agentManager = d->agentManager;
    context.audit = d->audit;
    context.events = &d->events;
    context.auditQuery = d->auditQuery.get();
    context.tokenReads = &d->tokenReads;
    context.metrics = d->metrics;
    context.refreshMarginSeconds = d->refreshPolicy.onDemandMarginSeconds;
    d->server->setRouter(ApiRoutes::build(context));

    HttpServer::Options serverOptions;
    serverOptions.port = d->options.apiPort;
    serverOptions.localSocketPath = d->options.socketPath;
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

    const QString socketPath = d->server->localSocketPath();
    qCInfo(lcBroker).noquote() << u"Broker ready; API on http://127.0.0.1:%1%2"_s.arg(port).arg(
        socketPath.isEmpty() ? QString() : u" and on the local socket "_s + socketPath);
    Q_EMIT providersChanged(d->providers.summaries());
    Q_EMIT connectionsChanged(d->connections->summaries());
    Q_EMIT sessionsChanged(d->connections->sessions()->summaries());
    Q_EMIT pairingsChanged(d->agentManager->pendingRequests());
    Q_EMIT agentsChanged(d->agentManager->summaries());
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
    // Writes the last-use times recorded since the last sync.
    if (d->agentManager)
        d->agentManager->sync();
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

void Broker::addProvider(const Provider &provider)
{
    if (!d->running) {
        Q_EMIT providersAdded({}, {Error{u"BROKER_NOT_READY"_s, u"The broker has not started"_s}});
        return;
    }
    if (d->providers.find(provider.name)) {
        Q_EMIT providersAdded({}, {Error{u"PROVIDER_EXISTS"_s,
                                         u"A provider named %1 exists already; choose another name"_s.arg(provider.name)}});
        return;
    }

    // The caller's value passes the same checks as a provider file read at start, so a
    // provider added here loads again after a restart.
    Result<Provider> checked = Provider::fromJson(provider.toJson(), ProviderSource::UserFile);
    if (!checked) {
        Q_EMIT providersAdded({}, {checked.error()});
        return;
    }

    Provider added = checked.value();
    added.source = ProviderSource::UserFile;
    if (Result<void> written = writeUserProvider(added); !written) {
        Q_EMIT providersAdded({}, {written.error()});
        return;
    }
    qCInfo(lcBroker).noquote() << "Added provider" << added.name << "entered by hand";
    reloadProviders();
    Q_EMIT providersAdded({added.name}, {});
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

Result<void> Broker::loadAgents()
{
    d->agentStore = std::make_unique<AgentStore>(d->database);
    d->agentManager = new AgentManager(*d->agentStore, d->agents, d->audit, this);
    d->agentManager->setPolicy(d->agentPolicy);
    d->agentManager->setSettingsFile(QDir(d->options.dataDir).filePath(u"settings.ini"_s));
    connect(d->agentManager, &AgentManager::pairingRequested, this, &Broker::pairingRequested);
    connect(d->agentManager, &AgentManager::pairingsChanged, this, &Broker::pairingsChanged);
    connect(d->agentManager, &AgentManager::agentsChanged, this, &Broker::agentsChanged);
    return d->agentManager->load();
}

void Broker::runAgentOperation(const std::function<Result<void>(AgentManager &)> &operation)
{
    if (!d->agentManager) {
        Q_EMIT operationFailed(Error{u"BROKER_NOT_READY"_s, u"The broker has not started"_s});
        return;
    }
    const Result<void> result = operation(*d->agentManager);
    if (!result)
        Q_EMIT operationFailed(result.error());
}

void Broker::approvePairing(const QString &requestId, const AgentPermissions &granted, bool always)
{
    runAgentOperation([&](AgentManager &manager) { return manager.approve(requestId, granted, always); });
}

void Broker::denyPairing(const QString &requestId)
{
    runAgentOperation([&](AgentManager &manager) { return manager.deny(requestId); });
}

void Broker::revokeAgent(const QString &agentId)
{
    runAgentOperation([&](AgentManager &manager) { return manager.revoke(agentId); });
}

void Broker::setAgentPermissions(const QString &agentId, const AgentPermissions &permissions)
{
    runAgentOperation([&](AgentManager &manager) { return manager.setPermissions(agentId, permissions); });
}

AgentDirectory &Broker::agentDirectory() const
{
    return d->agents;
}

void Broker::createSession(const QString &connectionId, const SessionOptions &options)
{
    if (!d->running) {
        Q_EMIT operationFailed(Error{u"BROKER_NOT_READY"_s, u"The broker has not started"_s});
        return;
    }
    QPointer<Broker> self(this);
    d->connections->sessions()->createSession(connectionId, options, [self, connectionId](const Result<QString> &sessionId) {
        if (!self)
            return;
        if (!sessionId) {
            Q_EMIT self->operationFailed(sessionId.error());
            return;
        }
        Q_EMIT self->sessionCreated(connectionId, sessionId.value());
    });
}

void Broker::revokeSession(const QByteArray &idHash)
{
    if (!d->running) {
        Q_EMIT operationFailed(Error{u"BROKER_NOT_READY"_s, u"The broker has not started"_s});
        return;
    }
    const Result<SessionRecord> revoked = d->connections->sessions()->revokeSession(idHash);
    if (!revoked) {
        Q_EMIT operationFailed(revoked.error());
        return;
    }

    // Revocations through the API are recorded by their route, with the caller.
    AuditEvent event;
    event.action = QLatin1String(AuditAction::SessionRevoke);
    event.outcome = QLatin1String(AuditOutcome::Ok);
    event.agentId = revoked.value().agentId;
    event.sessionHash = revoked.value().idHash;
    event.sessionPrefix = revoked.value().idPrefix;
    event.connectionId = revoked.value().connectionId;
    event.detail = u"revoked in the console"_s;
    d->audit->record(std::move(event));
}

void Broker::refreshConnection(const QString &connectionId)
{
    if (!d->running) {
        Q_EMIT operationFailed(Error{u"BROKER_NOT_READY"_s, u"The broker has not started"_s});
        return;
    }
    QPointer<Broker> self(this);
    d->connections->refreshNow(connectionId, [self](const Result<TokenSnapshot> &fresh) {
        if (self && !fresh)
            Q_EMIT self->operationFailed(fresh.error());
    });
}

void Broker::approveConnectRequest(const QString &requestId)
{
    const std::optional<ConnectRequest> request = d->connectRequests.find(requestId);
    if (!d->running || !request || !d->connectRequests.approve(requestId)) {
        Q_EMIT operationFailed(Error{u"REQUEST_NOT_PENDING"_s, u"The connect request is not waiting for a decision"_s});
        return;
    }
    qCInfo(lcBroker) << "Approved connect request" << requestId << "of agent" << request->agentId << "for" << request->provider;
    d->startingConnectRequest = requestId;
    d->flows->startFlow(request->provider);
    d->startingConnectRequest.clear();
    // A flow that could not start emitted flowFinished() before it had an id.
    if (const std::optional<ConnectRequest> after = d->connectRequests.find(requestId); after && after->status == u"pending_approval"_s)
        d->connectRequests.fail(requestId, u"The sign-in could not start; see the SecureContext window"_s);
}

void Broker::denyConnectRequest(const QString &requestId)
{
    if (d->connectRequests.deny(requestId))
        qCInfo(lcBroker) << "Denied connect request" << requestId;
}

void Broker::finishConnectRequest(const QString &flowId, const QString &sessionId, const Error &error)
{
    const std::optional<ConnectRequest> request = d->connectRequests.findByFlow(flowId);
    if (!request)
        return;
    if (!error.code.isEmpty()) {
        d->connectRequests.fail(request->id, error.message);
        return;
    }

    // The flow created a session for the person. The agent gets a session of its own with its
    // options, and the person's session is revoked, so that no second bearer id stays valid.
    const QByteArray personHash = SessionId::hash(sessionId);
    const std::optional<SessionEntry> personSession = d->cache.session(personHash);
    if (!personSession) {
        d->connectRequests.fail(request->id, u"The new connection has no session"_s);
        return;
    }
    SessionOptions options;
    options.agentId = request->agentId;
    options.agentName = request->agentName;
    options.lifetimeSeconds = request->sessionLifetimeSeconds;
    options.scopes = request->scopes;
    const QString requestId = request->id;
    QPointer<Broker> self(this);
    d->connections->sessions()->createSession(personSession->connectionId, options, [self, requestId, personHash](const Result<QString> &created) {
        if (!self)
            return;
        if (const Result<SessionRecord> revoked = self->d->connections->sessions()->revokeSession(personHash); !revoked)
            qCWarning(lcBroker) << "Cannot revoke the person's session of connect request" << requestId << ":" << revoked.error().code;
        if (!created) {
            self->d->connectRequests.fail(requestId, created.error().message);
            return;
        }
        self->d->connectRequests.complete(requestId, created.value());
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
