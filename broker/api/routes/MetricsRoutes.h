#pragma once

#include "api/routes/ApiRoutes.h"

class Router;

// GET /metrics in the Prometheus text format, for an admin agent key. Prometheus sends the key
// as "Authorization: Bearer <key>" when a scrape config sets `authorization: {credentials: <key>}`.
namespace MetricsRoutes {

void add(Router &router, const ApiRoutes::Context &context);

} // namespace MetricsRoutes
