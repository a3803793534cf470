#pragma once

#include "api/routes/ApiRoutes.h"

class Router;

// Routes that describe the broker: health and providers.
namespace MetaRoutes {

void add(Router &router, const ApiRoutes::Context &context);

} // namespace MetaRoutes
