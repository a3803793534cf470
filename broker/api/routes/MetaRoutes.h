#pragma once

#include "api/routes/ApiRoutes.h"

class Router;

// Routes that describe the broker: health, version, providers, storage statistics and the
// OpenAPI document.
namespace MetaRoutes {

void add(Router &router, const ApiRoutes::Context &context);

} // namespace MetaRoutes
