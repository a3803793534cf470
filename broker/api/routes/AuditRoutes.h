#pragma once

#include "api/routes/ApiRoutes.h"

class Router;

// The audit trail over the API: GET /api/audit/<session_id> (the session's events, for an
// admin agent or the agent that created the session) and GET /api/audit/analytics (counts,
// admin only). Both need an agent key.
namespace AuditRoutes {

void add(Router &router, const ApiRoutes::Context &context);

} // namespace AuditRoutes
