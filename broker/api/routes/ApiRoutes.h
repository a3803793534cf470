#pragma once

#include <memory>

class AgentDirectory;
class ApiSharedState;
class AuditLog;
class ConnectionManager;
class EventBus;
class FlowController;
class Router;
class TokenCache;

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
    AgentDirectory *agents = nullptr;
    // Thread-safe; handlers record events on their worker thread.
    AuditLog *audit = nullptr;
    // Thread-safe; GET /api/events subscribes its streams here. Null serves no events.
    EventBus *events = nullptr;
    // Access tokens that expire within this many seconds go to the ConnectionManager for a
    // refresh instead of being served from the cache (RefreshPolicy::onDemandMarginSeconds).
    int refreshMarginSeconds = 60;
};

std::shared_ptr<const Router> build(const Context &context);

} // namespace ApiRoutes
