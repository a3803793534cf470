#pragma once

#include "api/routes/ApiRoutes.h"

class Router;

// Pairing and agent keys:
//   POST   /api/agents/pair                start pairing (no key needed)
//   GET    /api/agents/pair/<request_id>   poll with the pairing token; returns the key once
//   GET    /api/agents/me                  the calling agent
//   GET    /api/agents                     every agent (admin)
//   DELETE /api/agents/<agent_id>          revoke (admin, or the agent itself)
namespace AgentRoutes {

void add(Router &router, const ApiRoutes::Context &context);

} // namespace AgentRoutes
