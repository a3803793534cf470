#pragma once

#include "agents/AgentEntry.h"
#include "core/Result.h"

#include <optional>

class AgentDirectory;
class AuditLog;
class Responder;
struct HttpRequest;

// Authenticates the caller of a route from its agent key, sent as
// `Authorization: Bearer scak_...`. Runs on API worker threads against the AgentDirectory.
namespace CallerAuth {

// nullopt when the request carries no Authorization header (an anonymous caller, who may only
// read a token with its session id). An error for a malformed, unknown, revoked or expired
// key: AGENT_KEY_INVALID. A request with a bad key is never treated as anonymous.
Result<std::optional<AgentEntry>> authenticate(const HttpRequest &request, const AgentDirectory &agents);

// The audit action of a call rejected for a bad agent key.
inline constexpr char AuthenticateAction[] = "agent_authenticate";

// Returns the authenticated agent, or sends 401 (no or bad key, with a WWW-Authenticate
// header) and returns nullopt. Records the agent's use on success. With `audit`, a call with
// a bad key (not a missing one) is recorded as AuthenticateAction, outcome denied, with the
// error code and the remote address but nothing of the key.
std::optional<AgentEntry> requireAgent(const HttpRequest &request, AgentDirectory &agents, const Responder &responder,
                                       AuditLog *audit = nullptr);

// Like requireAgent(), and also sends 403 PERMISSION_DENIED and returns nullopt when the agent
// lacks the admin permission.
std::optional<AgentEntry> requireAdmin(const HttpRequest &request, AgentDirectory &agents, const Responder &responder,
                                       AuditLog *audit = nullptr);

} // namespace CallerAuth
