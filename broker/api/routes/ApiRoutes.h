#pragma once

#include <memory>

class ApiSharedState;
class ConnectionManager;
class FlowController;
class Router;
class TokenCache;

// The routes of the local API and the OAuth callback. Handlers run on API worker threads:
// they read the TokenCache and ApiSharedState directly and reach the ConnectionManager and
// FlowController only through queued calls onto the broker thread.
namespace ApiRoutes {

struct Context
{
    TokenCache *cache = nullptr;
    ApiSharedState *state = nullptr;
    ConnectionManager *connections = nullptr;
    FlowController *flows = nullptr;
    // Access tokens that expire within this many seconds go to the ConnectionManager for a
    // refresh instead of being served from the cache (RefreshPolicy::onDemandMarginSeconds).
    int refreshMarginSeconds = 60;
};

std::shared_ptr<const Router> build(const Context &context);

} // namespace ApiRoutes
