#pragma once

#include "api/routes/ApiRoutes.h"

class Router;

// Session management: revocation by id (DELETE /api/sessions/<session_id>) and the agent's own
// sessions under /api/agent/: list, data read, extension and cleanup.
namespace SessionRoutes {

void add(Router &router, const ApiRoutes::Context &context);

} // namespace SessionRoutes
