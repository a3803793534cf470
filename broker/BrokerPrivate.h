#pragma once

#include "BrokerOptions.h"
#include "agents/AgentDirectory.h"
#include "agents/AgentPolicy.h"
#include "agents/AgentStore.h"
#include "api/routes/ApiSharedState.h"
#include "audit/AuditQuery.h"
#include "connections/ConnectRequestQueue.h"
#include "connections/ProviderDirectory.h"
#include "connections/RefreshPolicy.h"
#include "connections/TokenCache.h"
#include "events/EventBus.h"
#include "metrics/TokenReadCounters.h"
#include "store/Database.h"
#include "store/MetadataStore.h"

#include <QLoggingCategory>

#include <memory>

class AgentManager;
class AuditLog;
class ConnectionManager;
class FlowController;
class HttpServer;
class MetricsSampler;
class SecretStore;
class TokenClient;

Q_DECLARE_LOGGING_CATEGORY(lcBroker)

// The Broker's state, shared by its source files (Broker.cpp and Broker<Concern>.cpp).
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
