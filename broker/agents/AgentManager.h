#pragma once

#include "AgentSummary.h"
#include "PairingRequest.h"
#include "agents/AgentEntry.h"
#include "agents/AgentPolicy.h"
#include "agents/AgentRecord.h"
#include "core/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class AgentDirectory;
class AgentStore;
class AuditLog;
class QTimer;

// Pairing, approval and key management. Lives on the broker thread (or the main thread of a
// one-shot `securecontextd` command) and is the only writer of the AgentDirectory.
//
// A pairing request waits as a `pending` row until the person approves or denies it, in this
// process or through `securecontextd --approve` in another one. The agent then claims its key
// with the pairing token; the key is generated at that moment and only its hash is stored.
// A timer writes last-use times and re-reads the table, so that decisions and revocations of
// other processes reach the directory within AgentPolicy::syncIntervalMs.
class AgentManager : public QObject
{
    Q_OBJECT

public:
    // The reply to a new pairing request. `pairingToken` is shown once.
    struct Ticket
    {
        QString requestId;
        QString code;
        QString pairingToken;
        QDateTime expiresAt;
    };

    // The agent and its key, returned once by a successful claim.
    struct ClaimedKey
    {
        AgentEntry agent;
        QString key;
    };

    AgentManager(AgentStore &store, AgentDirectory &directory, AuditLog *audit, QObject *parent = nullptr);

    void setPolicy(const AgentPolicy &policy) { m_policy = policy; }
    // The settings.ini whose `agents/pairing_policy` (`prompt` or `deny`) is read on each
    // pairing request, so a change takes effect without a restart.
    void setSettingsFile(const QString &path) { m_settingsFile = path; }

    // Deletes week-old unanswered requests, fills the directory with the active agents and
    // starts the sync timer.
    Result<void> load();

    // Stores a pending request. PAIRING_DISABLED under the `deny` policy,
    // PAIRING_RATE_LIMITED when AgentPolicy::maxPendingRequests are pending already.
    Result<Ticket> requestPairing(const QString &name, const AgentPermissions &requested, const QString &remoteAddress);

    // Returns nullopt while the request is pending, and the new key once after approval.
    // Errors: PAIRING_NOT_FOUND, PAIRING_TOKEN_INVALID, PAIRING_DENIED, PAIRING_EXPIRED,
    // PAIRING_CLAIMED.
    Result<std::optional<ClaimedKey>> claim(const QString &requestId, QByteArrayView pairingToken);

    // Approves a pending request with `granted` cut down to the requested permissions: for
    // 24 hours (AgentPolicy::allowOnceSeconds) or, with `always`, without expiry.
    Result<void> approve(const QString &requestId, const AgentPermissions &granted, bool always);
    Result<void> deny(const QString &requestId);
    // The pending, unexpired request with this pairing code; PAIRING_NOT_FOUND otherwise.
    Result<PairingRequest> findPendingByCode(const QString &code) const;

    // Revokes the agent or request; its key stops working at once in this process.
    // `revokedBy` names the agent that asked, empty for the person. AGENT_NOT_FOUND when
    // there is nothing to revoke.
    Result<void> revoke(const QString &agentId, const QString &revokedBy = {}, const QString &remoteAddress = {});
    // Replaces the permissions of an approved or active agent; the person may widen them.
    Result<void> setPermissions(const QString &agentId, const AgentPermissions &permissions);

    Result<QList<AgentRecord>> records() const;
    QList<PairingRequest> pendingRequests() const;
    QList<AgentSummary> summaries() const;

    // Writes last-use times, re-reads active agents into the directory and emits
    // pairingsChanged() and agentsChanged() when they differ from the last emission.
    void sync();

Q_SIGNALS:
    void pairingRequested(const PairingRequest &request);
    void pairingsChanged(const QList<PairingRequest> &pending);
    void agentsChanged(const QList<AgentSummary> &agents);

private:
    bool pairingDisabled() const;
    Result<void> reloadDirectory();
    Error decisionError(const QString &requestId) const;
    void recordAudit(const char *action, const char *outcome, const QString &agentId, const QString &remoteAddress,
                     const QString &detail);
    void emitChanges();

    AgentStore &m_store;
    AgentDirectory &m_directory;
    AuditLog *m_audit;
    AgentPolicy m_policy;
    QString m_settingsFile;
    QTimer *m_syncTimer;

    QList<PairingRequest> m_lastPending;
    QList<AgentSummary> m_lastAgents;
};
