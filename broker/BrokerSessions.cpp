#include "Broker.h"
#include "BrokerPrivate.h"

#include "agents/AgentDirectory.h"
#include "agents/AgentManager.h"
#include "agents/AgentStore.h"
#include "api/HttpServer.h"
#include "api/routes/ApiRoutes.h"
#include "api/routes/ApiSharedState.h"
#include "audit/ActivityAudit.h"
#include "audit/AuditLog.h"
#include "connections/ConnectRequestQueue.h"
#include "audit/AuditQuery.h"
#include "connections/ConnectionManager.h"
#include "connections/SessionManager.h"
#include "connections/FlowController.h"
#include "connections/ProviderDirectory.h"
#include "connections/TokenCache.h"
#include "events/ConnectionEventPublisher.h"
#include "events/EventBus.h"
#include "metrics/MetricsSampler.h"
#include "metrics/ProcessMemory.h"
#include "metrics/TokenReadCounters.h"
#include "oauth/ProviderCatalog.h"
#include "oauth/ProviderDiscovery.h"
#include "oauth/ScpProviderImport.h"
#include "oauth/SessionId.h"
#include "oauth/TokenClient.h"
#include "store/Database.h"
#include "store/MetadataStore.h"
#include "store/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>
#include <QSettings>

using namespace Qt::StringLiterals;

// The Broker's session slots and the connect requests of agents.

void Broker::createSession(const QString &connectionId, const SessionOptions &options)
{
    if (!d->running) {
        Q_EMIT operationFailed(Error{u"BROKER_NOT_READY"_s, u"The broker has not started"_s});
        return;
    }
    QPointer<Broker> self(this);
    d->connections->sessions()->createSession(connectionId, options, [self, connectionId](const Result<QString> &sessionId) {
        if (!self)
            return;
        if (!sessionId) {
            Q_EMIT self->operationFailed(sessionId.error());
            return;
        }
        Q_EMIT self->sessionCreated(connectionId, sessionId.value());
    });
}

void Broker::revokeSession(const QByteArray &idHash)
{
    if (!d->running) {
        Q_EMIT operationFailed(Error{u"BROKER_NOT_READY"_s, u"The broker has not started"_s});
        return;
    }
    const Result<SessionRecord> revoked = d->connections->sessions()->revokeSession(idHash);
    if (!revoked) {
        Q_EMIT operationFailed(revoked.error());
        return;
    }

    // Revocations through the API are recorded by their route, with the caller.
    AuditEvent event;
    event.action = QLatin1String(AuditAction::SessionRevoke);
    event.outcome = QLatin1String(AuditOutcome::Ok);
    event.agentId = revoked.value().agentId;
    event.sessionHash = revoked.value().idHash;
    event.sessionPrefix = revoked.value().idPrefix;
    event.connectionId = revoked.value().connectionId;
    event.detail = u"revoked in the console"_s;
    d->audit->record(std::move(event));
}

void Broker::refreshConnection(const QString &connectionId)
{
    if (!d->running) {
        Q_EMIT operationFailed(Error{u"BROKER_NOT_READY"_s, u"The broker has not started"_s});
        return;
    }
    QPointer<Broker> self(this);
    d->connections->refreshNow(connectionId, [self](const Result<TokenSnapshot> &fresh) {
        if (self && !fresh)
            Q_EMIT self->operationFailed(fresh.error());
    });
}

void Broker::approveConnectRequest(const QString &requestId)
{
    const std::optional<ConnectRequest> request = d->connectRequests.find(requestId);
    if (!d->running || !request || !d->connectRequests.approve(requestId)) {
        Q_EMIT operationFailed(Error{u"REQUEST_NOT_PENDING"_s, u"The connect request is not waiting for a decision"_s});
        return;
    }
    qCInfo(lcBroker) << "Approved connect request" << requestId << "of agent" << request->agentId << "for" << request->provider;
    d->startingConnectRequest = requestId;
    d->flows->startFlow(request->provider);
    d->startingConnectRequest.clear();
    // A flow that could not start emitted flowFinished() before it had an id.
    if (const std::optional<ConnectRequest> after = d->connectRequests.find(requestId); after && after->status == u"pending_approval"_s)
        d->connectRequests.fail(requestId, u"The sign-in could not start; see the SecureContext window"_s);
}

void Broker::denyConnectRequest(const QString &requestId)
{
    if (d->connectRequests.deny(requestId))
        qCInfo(lcBroker) << "Denied connect request" << requestId;
}

void Broker::finishConnectRequest(const QString &flowId, const QString &sessionId, const Error &error)
{
    const std::optional<ConnectRequest> request = d->connectRequests.findByFlow(flowId);
    if (!request)
        return;
    if (!error.code.isEmpty()) {
        d->connectRequests.fail(request->id, error.message);
        return;
    }

    // The flow created a session for the person. The agent gets a session of its own with its
    // options, and the person's session is revoked, so that no second bearer id stays valid.
    const QByteArray personHash = SessionId::hash(sessionId);
    const std::optional<SessionEntry> personSession = d->cache.session(personHash);
    if (!personSession) {
        d->connectRequests.fail(request->id, u"The new connection has no session"_s);
        return;
    }
    SessionOptions options;
    options.agentId = request->agentId;
    options.agentName = request->agentName;
    options.lifetimeSeconds = request->sessionLifetimeSeconds;
    options.scopes = request->scopes;
    const QString requestId = request->id;
    QPointer<Broker> self(this);
    d->connections->sessions()->createSession(personSession->connectionId, options, [self, requestId, personHash](const Result<QString> &created) {
        if (!self)
            return;
        if (const Result<SessionRecord> revoked = self->d->connections->sessions()->revokeSession(personHash); !revoked)
            qCWarning(lcBroker) << "Cannot revoke the person's session of connect request" << requestId << ":" << revoked.error().code;
        if (!created) {
            self->d->connectRequests.fail(requestId, created.error().message);
            return;
        }
        self->d->connectRequests.complete(requestId, created.value());
    });
}
