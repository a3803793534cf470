#pragma once

#include "api/routes/ApiRoutes.h"

class Router;

// Token reads by session id: GET /api/tokens/<session_id>.
namespace TokenRoutes {

void add(Router &router, const ApiRoutes::Context &context);

} // namespace TokenRoutes
