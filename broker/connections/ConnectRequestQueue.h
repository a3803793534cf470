#pragma once

#include "ConnectRequest.h"
#include "core/Result.h"

#include <QHash>
#include <QMutex>

#include <optional>

// The agents' connect requests, from submission to the one read of the session id they
// produced. API worker threads submit and poll; the broker thread moves requests through their
// states. Thread-safe.
class ConnectRequestQueue
{
public:
    // How long a request waits for the person's decision, and then for the browser sign-in.
    static constexpr int PendingLifetimeSeconds = 600;
    // Requests one agent may have open at once, so an agent cannot flood the person with prompts.
    static constexpr int MaxOpenPerAgent = 5;

    // Adds a pending request. Errors: TOO_MANY_REQUESTS.
    Result<ConnectRequest> submit(ConnectRequest request);
    // The request with its status brought up to date (pending past its expiry = "expired").
    std::optional<ConnectRequest> find(const QString &id) const;
    std::optional<ConnectRequest> findByFlow(const QString &flowId) const;

    // State changes; each returns false when the request is unknown or not in the state the
    // change starts from.
    bool approve(const QString &id);
    bool deny(const QString &id);
    bool setAwaitingBrowser(const QString &id, const QString &flowId, const QUrl &authorizationUrl);
    bool complete(const QString &id, const QString &sessionId);
    bool fail(const QString &id, const QString &reason);

    // Returns the session id of a completed request and removes it, so it is returned only once.
    QString takeSessionId(const QString &id);

private:
    static void expireIfDue(ConnectRequest &request, const QDateTime &now);

    mutable QMutex m_lock;
    QHash<QString, ConnectRequest> m_requests;
    QHash<QString, QString> m_sessionIds;
};
