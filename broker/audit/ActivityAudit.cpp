#include "audit/ActivityAudit.h"

#include "audit/AuditLog.h"
#include "connections/ConnectionManager.h"
#include "connections/FlowController.h"
#include "connections/SessionManager.h"
#include "connections/TokenCache.h"
#include "oauth/SessionId.h"

using namespace Qt::StringLiterals;

namespace {

AuditEvent eventOf(const char *action, const char *outcome)
{
    AuditEvent event;
    event.action = QLatin1String(action);
    event.outcome = QLatin1String(outcome);
    return event;
}

} // namespace

ActivityAudit::ActivityAudit(FlowController &flows, ConnectionManager &connections, const TokenCache &cache,
                             AuditLog &audit, QObject *parent)
    : QObject(parent)
{
    connect(&flows, &FlowController::flowStarted, this, [&audit](const QString &, const QString &provider, const QUrl &) {
        AuditEvent event = eventOf(AuditAction::FlowStart, AuditOutcome::Ok);
        event.detail = provider;
        audit.record(std::move(event));
    });

    // The full session id of a new grant passes through here; only its hash and prefix are kept.
    connect(&flows, &FlowController::flowFinished, this,
            [&audit, &cache](const QString &, const QString &provider, const QString &sessionId, const Error &error) {
        if (!error.code.isEmpty()) {
            AuditEvent event = eventOf(AuditAction::FlowFinish, AuditOutcome::Failed);
            event.detail = provider + u": "_s + error.code;
            audit.record(std::move(event));
            return;
        }

        AuditEvent finished = eventOf(AuditAction::FlowFinish, AuditOutcome::Ok);
        finished.detail = provider;
        audit.record(finished);

        AuditEvent grant = eventOf(AuditAction::Grant, AuditOutcome::Ok);
        grant.detail = provider;
        grant.sessionHash = SessionId::hash(sessionId);
        grant.sessionPrefix = SessionId::prefix(sessionId);
        if (const std::optional<SessionEntry> session = cache.session(grant.sessionHash))
            grant.connectionId = session->connectionId;
        audit.record(std::move(grant));
    });

    connect(connections.sessions(), &SessionManager::sessionCreated, this, [&audit](const SessionEntry &session) {
        AuditEvent event = eventOf(AuditAction::SessionCreate, AuditOutcome::Ok);
        event.agentId = session.agentId;
        event.sessionHash = session.idHash;
        event.sessionPrefix = session.idPrefix;
        event.connectionId = session.connectionId;
        event.detail = session.agentName;
        audit.record(std::move(event));
    });

    connect(&connections, &ConnectionManager::connectionRemoved, this,
            [&audit](const QString &connectionId, const QList<SessionEntry> &sessions) {
        AuditEvent event = eventOf(AuditAction::Disconnect, AuditOutcome::Ok);
        event.connectionId = connectionId;
        event.detail = u"sessions ended: %1"_s.arg(sessions.size());
        audit.record(std::move(event));
    });
}
