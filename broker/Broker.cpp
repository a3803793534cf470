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

Q_LOGGING_CATEGORY(lcBroker, "securecontext.broker")

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
