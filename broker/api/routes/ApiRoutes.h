#pragma once

#include <QString>

#include <functional>
#include <memory>

class AgentDirectory;
class AgentManager;
class ApiSharedState;
class AuditLog;
class ConnectRequestQueue;
class AuditQuery;
class ConnectionManager;
class EventBus;
class FlowController;
class MetricsSampler;
class Router;
class SessionManager;
class TokenCache;
class TokenReadCounters;

// The routes of the local API and the OAuth callback, one file per group (TokenRoutes,
// MetaRoutes, ...). Handlers run on API worker threads: they read the TokenCache,
// AgentDirectory and ApiSharedState directly, record to the AuditLog, and reach the objects
// of the broker thread (ConnectionManager, FlowController, ...) only through queued calls.
namespace ApiRoutes {

struct Context
{
    TokenCache *cache = nullptr;
    ApiSharedState *state = nullptr;
    ConnectionManager *connections = nullptr;
    FlowController *flows = nullptr;
    // Broker thread: creating, revoking, extending and removing sessions.
    SessionManager *sessions = nullptr;
    // Thread-safe; agents' requests to connect an account.
    ConnectRequestQueue *connectRequests = nullptr;
    // Tells the person about a new connect request; called on a worker thread.
    std::function<void(const QString &requestId)> connectRequested;
    AgentDirectory *agents = nullptr;
    // Broker thread; pairing, claims and revocations go there through queued calls.
    AgentManager *agentManager = nullptr;
    // Thread-safe; handlers record events on their worker thread.
    AuditLog *audit = nullptr;
    // Thread-safe; GET /api/events subscribes its streams here. Null serves no events.
    EventBus *events = nullptr;
    // Broker thread only; the audit routes reach it through queued calls on `audit`.
    AuditQuery *auditQuery = nullptr;
    // Counted by the token route on worker threads; may be null.
    TokenReadCounters *tokenReads = nullptr;
    // Broker thread; GET /metrics reads its totals through a queued call. Null = 503.
    MetricsSampler *metrics = nullptr;
    // Access tokens that expire within this many seconds go to the ConnectionManager for a
    // refresh instead of being served from the cache (RefreshPolicy::onDemandMarginSeconds).
    int refreshMarginSeconds = 60;
};

std::shared_ptr<const Router> build(const Context &context);

} // namespace ApiRoutes
