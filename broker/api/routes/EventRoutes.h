#pragma once

#include "api/routes/ApiRoutes.h"

class Router;

// GET /api/events: server-sent events about the caller's sessions and the connections its
// permissions allow. Needs an agent key.
namespace EventRoutes {

void add(Router &router, const ApiRoutes::Context &context);

} // namespace EventRoutes
