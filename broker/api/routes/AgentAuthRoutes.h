#pragma once

#include "api/routes/ApiRoutes.h"

class Router;

// Agents asking the person to connect an account: POST /api/agent/auth submits a connect
// request, GET /api/agent/auth/<request_id> reports its progress and, once, the new session id.
namespace AgentAuthRoutes {

void add(Router &router, const ApiRoutes::Context &context);

} // namespace AgentAuthRoutes
