#pragma once

#include "BrokerOptions.h"
#include "ConnectionSummary.h"
#include "ProviderSummary.h"
#include "audit/AuditEvent.h"
#include "audit/AuditFilter.h"
#include "connections/RefreshPolicy.h"
#include "core/Error.h"
#include "core/Result.h"
#include "metrics/MetricsSample.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

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

    // Imports the providers.json of the SCP reference service: provider files for providers
    // that are not presets, client ids to the database, client secrets to the keychain.
    // Emits providersAdded().
    void importScpProviders(const QString &path);

Q_SIGNALS:
    void started(quint16 apiPort);
    void startFailed(const Error &error);
    void stopped();

    void providersChanged(const QList<ProviderSummary> &providers);
    void connectionsChanged(const QList<ConnectionSummary> &connections);

    void flowStarted(const QString &flowId, const QString &providerName, const QUrl &authorizationUrl);
    // On success `error.code` is empty and `sessionId` is the new session of the connection.
    void flowFinished(const QString &flowId, const QString &providerName, const QString &sessionId, const Error &error);

    void sessionIdRevealed(const QString &connectionId, const QString &sessionId);
    void connectionDisconnected(const QString &connectionId, const QStringList &warnings);
    void operationFailed(const Error &error);
    // `problems` lists what could not be added, each naming the provider or file.
    void providersAdded(const QStringList &names, const QList<Error> &problems);

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
    Result<void> writeUserProvider(const Provider &provider);
    void reloadProviders();
    void writeImportedSecrets(QList<std::pair<QString, QString>> secrets,
                              std::function<void(const QList<Error> &)> done, QList<Error> failures = {});

    std::unique_ptr<BrokerPrivate> d;
};

Q_DECLARE_METATYPE(Error)
