#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

// One line of the audit trail: who did what to which connection, when, and how it ended.
// Never holds a token, key, authorization code or whole session id.
struct AuditEvent
{
    qint64 id = 0;           // row id in audit_events, ascending in recording order; 0 until written
    QDateTime time;          // UTC; AuditLog::record() fills it when invalid
    QString agentId;         // empty for the person at the desktop and for unauthenticated callers
    QByteArray sessionHash;  // SessionId::hash() of the session, to find its trail; never shown
    QString sessionPrefix;   // SessionId::prefix(), for display
    QString connectionId;
    QString action;          // one of AuditAction
    QString outcome;         // one of AuditOutcome
    QString remoteAddress;   // "127.0.0.1", "::1", "local socket", or empty for the broker itself
    QString detail;          // short English text: an error code, a provider name, a count
};

Q_DECLARE_METATYPE(AuditEvent)

// Stable action names; the API, the CSV export and the console's filters use them.
namespace AuditAction {
inline constexpr char TokenRead[] = "token_read";
inline constexpr char TokenRefresh[] = "token_refresh";
inline constexpr char Grant[] = "grant";                 // a flow stored tokens for a connection
inline constexpr char FlowStart[] = "flow_start";
inline constexpr char FlowFinish[] = "flow_finish";
inline constexpr char Disconnect[] = "disconnect";       // connection revoked and deleted
inline constexpr char SessionCreate[] = "session_create";
inline constexpr char SessionRevoke[] = "session_revoke";
inline constexpr char SessionExtend[] = "session_extend";
inline constexpr char SessionCleanup[] = "session_cleanup";
inline constexpr char PairingRequest[] = "pairing_request";
inline constexpr char PairingApprove[] = "pairing_approve";
inline constexpr char PairingDeny[] = "pairing_deny";
inline constexpr char AgentRevoke[] = "agent_revoke";
inline constexpr char ConnectRequest[] = "connect_request"; // an agent asked to connect a provider
} // namespace AuditAction

namespace AuditOutcome {
inline constexpr char Ok[] = "ok";
inline constexpr char Denied[] = "denied";     // authentication or permission refused
inline constexpr char NotFound[] = "not_found";
inline constexpr char Failed[] = "failed";     // the broker or the provider failed
inline constexpr char Pending[] = "pending";   // waiting for the person's decision
} // namespace AuditOutcome
