#include "Broker.h"

#include "api/HttpServer.h"
#include "api/routes/ApiRoutes.h"
#include "api/routes/ApiSharedState.h"
#include "connections/ConnectionManager.h"
#include "connections/FlowController.h"
#include "connections/ProviderDirectory.h"
#include "connections/TokenCache.h"
#include "oauth/TokenClient.h"
#include "store/Database.h"
#include "store/MetadataStore.h"
#include "store/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QPointer>

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
    ProviderDirectory providers;
    ApiSharedState apiState;
    SecretStore *secrets = nullptr;
    TokenClient *tokenClient = nullptr;
    ConnectionManager *connections = nullptr;
    FlowController *flows = nullptr;
    HttpServer *server = nullptr;
    bool running = false;
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
}

Broker::~Broker()
{
    stop();
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
    d->server->setRouter(ApiRoutes::build(ApiRoutes::Context{&d->cache, &d->apiState, d->connections, d->flows,
                                                             d->refreshPolicy.onDemandMarginSeconds}));

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
