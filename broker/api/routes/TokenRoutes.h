#pragma once

#include "api/routes/ApiRoutes.h"

class Router;

// Token reads: GET /api/tokens/<session_id>, its forced refresh, and batch reads by agents.
namespace TokenRoutes {

void add(Router &router, const ApiRoutes::Context &context);

} // namespace TokenRoutes
