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

// The Broker's agent slots: pairing decisions, revocation and permissions.

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
