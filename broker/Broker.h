#pragma once

#include "AgentSummary.h"
#include "BrokerOptions.h"
#include "ConnectRequest.h"
#include "audit/AuditEvent.h"
#include "audit/AuditFilter.h"
#include "metrics/MetricsSample.h"
#include "ConnectionSummary.h"
#include "PairingRequest.h"
#include "agents/AgentPolicy.h"
#include "ProviderSummary.h"
#include "SessionSummary.h"
#include "connections/RefreshPolicy.h"
#include "connections/SessionOptions.h"
#include "core/Error.h"
#include "core/Result.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class AgentManager;
class AgentDirectory;
class BrokerPrivate;
struct MetricsTotals;
struct Provider;

// The facade that wires providers, OAuth flows, storage and the local API. It lives on the
// broker thread: callers on other threads use queued calls to its slots and receive its
// signals queued, so nothing ever blocks the GUI thread on the network or the keychain.
class Broker : public QObject
{
    Q_OBJECT

public:
    explicit Broker(const BrokerOptions &options, QObject *parent = nullptr);
    ~Broker() override;

    // Replaces the refresh timing (margins, retries, deadlines). Call before start().
    void setRefreshPolicy(const RefreshPolicy &policy);
    // Replaces the pairing limits and timings. Call before start().
    void setAgentPolicy(const AgentPolicy &policy);

    // The paired agents that the API authenticates against. Thread-safe; valid as long as the
    // Broker.
    AgentDirectory &agentDirectory() const;

public Q_SLOTS:
    // Opens the database, checks the keychain, loads providers and connections, and starts
    // the API listener. Emits started() or startFailed().
    void start();

    // Closes the API listener and cancels pending flows. Safe to call more than once.
    void stop();

    // Begins an authorization code flow. Emits flowStarted() with the URL to open in the
    // browser, later flowFinished(); or flowFinished() at once with the reason it could not start.
    void startFlow(const QString &providerName);

    void cancelFlow(const QString &flowId);

    // Stores the client id in the database and the client secret in the keychain (an empty
    // secret removes it, for public clients). Emits providersChanged() or operationFailed().
    void configureProvider(const QString &providerName, const QString &clientId, const QString &clientSecret);

    // Reads a connection's session id from the keychain. Emits sessionIdRevealed() or operationFailed().
    void revealSessionId(const QString &connectionId);

    // Revokes the connection's tokens at the provider (RFC 7009) and deletes its tokens,
    // session ids and metadata; its sessions stop working at once. Emits
    // connectionDisconnected(), whose warnings list revocations that failed, or
    // operationFailed() when the connection could not be removed locally.
    void disconnectConnection(const QString &connectionId);

    // Adds a provider from its issuer's OpenID Connect or RFC 8414 metadata and saves it as a
    // provider file in the data directory. Emits providersAdded().
    void addProviderFromIssuer(const QString &issuer, const QString &name, const QString &displayName);

    // Adds a provider entered by hand: validates it as a user provider file would be
    // validated and saves it as a provider file in the data directory. Emits providersAdded().
    void addProvider(const Provider &provider);

    // Imports the providers.json of the SCP reference service: provider files for providers
    // that are not presets, client ids to the database, client secrets to the keychain.
    // Emits providersAdded().
    void importScpProviders(const QString &path);

    // The agent slots below emit pairingsChanged() and agentsChanged() as the lists change,
    // or operationFailed() with PAIRING_NOT_FOUND, PAIRING_EXPIRED, PAIRING_DECIDED or
    // AGENT_NOT_FOUND.

    // Approves a pending request with `granted` cut down to what the agent requested: for
    // 24 hours, or without expiry with `always`. The agent's next poll receives its key.
    void approvePairing(const QString &requestId, const AgentPermissions &granted, bool always);
    void denyPairing(const QString &requestId);
    // The agent's key stops working at once.
    void revokeAgent(const QString &agentId);
    void setAgentPermissions(const QString &agentId, const AgentPermissions &permissions);

    // Sessions and agents' connect requests.
    // Creates a session of the connection. Emits sessionCreated() or operationFailed()
    // (INVALID_SCOPE names a scope the connection was not granted).
    void createSession(const QString &connectionId, const SessionOptions &options);
    // Revokes the session with this id hash; its id stops working at once. Emits
    // sessionsChanged() or operationFailed().
    void revokeSession(const QByteArray &idHash);
    // Refreshes the connection's access token now. Emits connectionsChanged() when done, or
    // operationFailed().
    void refreshConnection(const QString &connectionId);
    // Starts the flow of a pending connect request (flowStarted() follows, with the URL to open);
    // the session the flow creates belongs to the requesting agent.
    void approveConnectRequest(const QString &requestId);
    void denyConnectRequest(const QString &requestId);

Q_SIGNALS:
    void started(quint16 apiPort);
    void startFailed(const Error &error);
    void stopped();

    void providersChanged(const QList<ProviderSummary> &providers);
    void connectionsChanged(const QList<ConnectionSummary> &connections);

    void flowStarted(const QString &flowId, const QString &providerName, const QUrl &authorizationUrl);
    // The browser returned with the authorization code and the broker exchanges it for tokens.
    void flowExchanging(const QString &flowId, const QString &providerName);
    // On success `error.code` is empty and `sessionId` is the new session of the connection.
    void flowFinished(const QString &flowId, const QString &providerName, const QString &sessionId, const Error &error);

    void sessionIdRevealed(const QString &connectionId, const QString &sessionId);
    void connectionDisconnected(const QString &connectionId, const QStringList &warnings);
    void operationFailed(const Error &error);
    // `problems` lists what could not be added, each naming the provider or file.
    void providersAdded(const QStringList &names, const QList<Error> &problems);

    // A new pairing request that waits for the person's decision.
    void pairingRequested(const PairingRequest &request);
    // The pending requests, after one arrived, was decided or lapsed.
    void pairingsChanged(const QList<PairingRequest> &pending);
    // Approved, active, expired and revoked agents, after any change or new last-use time.
    void agentsChanged(const QList<AgentSummary> &agents);

    // Sessions and agents' connect requests.
    // The full session id goes only to the GUI, which shows it on the person's request.
    void sessionCreated(const QString &connectionId, const QString &sessionId);
    // Every session, without ids; after each change.
    void sessionsChanged(const QList<SessionSummary> &sessions);
    // An agent requests to connect an account. Approve or deny it with the slots above.
    void connectRequested(const ConnectRequest &request);

    // Audit trail and metrics, for the console's Activity and Dashboard pages.
public Q_SLOTS:
    // Writes queued audit events, then reads those that match `filter`. Emits auditQueried(),
    // or operationFailed() with BROKER_NOT_READY, INVALID_AUDIT_FILTER or DATABASE_ERROR.
    void queryAudit(const AuditFilter &filter);
    // Emits metricsHistory() with the samples of the last 10 minutes, oldest first.
    void requestMetricsHistory();

Q_SIGNALS:
    void auditQueried(const QList<AuditEvent> &events);
    // Each batch of events as it reaches the database, for live views.
    void auditEventsWritten(const QList<AuditEvent> &events);
    // Once a second while the broker runs.
    void metricsSampled(const MetricsSample &sample);
    void metricsHistory(const QList<MetricsSample> &samples);

private:
    void setUpAuditAndMetrics();
    void startMetrics();
    MetricsTotals collectMetrics() const;

    void loadConnections();
    void startApi();
    Result<void> loadAgents();
    // Runs `operation` once the agents are loaded; reports its error through operationFailed().
    void runAgentOperation(const std::function<Result<void>(AgentManager &)> &operation);
    Result<void> writeUserProvider(const Provider &provider);
    void reloadProviders();
    void finishConnectRequest(const QString &flowId, const QString &sessionId, const Error &error);
    void writeImportedSecrets(QList<std::pair<QString, QString>> secrets,
                              std::function<void(const QList<Error> &)> done, QList<Error> failures = {});

    std::unique_ptr<BrokerPrivate> d;
};

Q_DECLARE_METATYPE(Error)
