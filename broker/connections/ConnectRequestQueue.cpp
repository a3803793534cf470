#include "connections/ConnectRequestQueue.h"

#include "core/Random.h"

using namespace Qt::StringLiterals;

void ConnectRequestQueue::expireIfDue(ConnectRequest &request, const QDateTime &now)
{
    const bool open = request.status == u"pending_approval"_s || request.status == u"awaiting_browser"_s;
    if (open && request.expiresAt <= now)
        request.status = u"expired"_s;
}

Result<ConnectRequest> ConnectRequestQueue::submit(ConnectRequest request)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QMutexLocker locker(&m_lock);

    int open = 0;
    for (ConnectRequest &existing : m_requests) {
        expireIfDue(existing, now);
        if (existing.agentId == request.agentId
            && (existing.status == u"pending_approval"_s || existing.status == u"awaiting_browser"_s))
            ++open;
    }
    if (open >= MaxOpenPerAgent) {
        return Error{u"TOO_MANY_REQUESTS"_s,
                     u"This agent has %1 connect requests open; wait for the person to decide on them"_s.arg(open)};
    }

    request.id = Random::uuid4();
    request.status = u"pending_approval"_s;
    request.createdAt = now;
    request.expiresAt = now.addSecs(PendingLifetimeSeconds);
    m_requests.insert(request.id, request);
    return request;
}

std::optional<ConnectRequest> ConnectRequestQueue::find(const QString &id) const
{
    QMutexLocker locker(&m_lock);
    const auto it = m_requests.constFind(id);
    if (it == m_requests.cend())
        return std::nullopt;
    ConnectRequest request = *it;
    expireIfDue(request, QDateTime::currentDateTimeUtc());
    return request;
}

std::optional<ConnectRequest> ConnectRequestQueue::findByFlow(const QString &flowId) const
{
    QMutexLocker locker(&m_lock);
    for (const ConnectRequest &request : m_requests) {
        if (!flowId.isEmpty() && request.flowId == flowId)
            return request;
    }
    return std::nullopt;
}

bool ConnectRequestQueue::approve(const QString &id)
{
    QMutexLocker locker(&m_lock);
    const auto it = m_requests.find(id);
    if (it == m_requests.end())
        return false;
    expireIfDue(*it, QDateTime::currentDateTimeUtc());
    if (it->status != u"pending_approval"_s)
        return false;
    // The sign-in gets a fresh period of its own.
    it->expiresAt = QDateTime::currentDateTimeUtc().addSecs(PendingLifetimeSeconds);
    return true;
}

bool ConnectRequestQueue::deny(const QString &id)
{
    QMutexLocker locker(&m_lock);
    const auto it = m_requests.find(id);
    if (it == m_requests.end() || it->status != u"pending_approval"_s)
        return false;
    it->status = u"denied"_s;
    return true;
}

bool ConnectRequestQueue::setAwaitingBrowser(const QString &id, const QString &flowId, const QUrl &authorizationUrl)
{
    QMutexLocker locker(&m_lock);
    const auto it = m_requests.find(id);
    if (it == m_requests.end() || it->status != u"pending_approval"_s)
        return false;
    it->status = u"awaiting_browser"_s;
    it->flowId = flowId;
    it->authorizationUrl = authorizationUrl;
    return true;
}

bool ConnectRequestQueue::complete(const QString &id, const QString &sessionId)
{
    QMutexLocker locker(&m_lock);
    const auto it = m_requests.find(id);
    if (it == m_requests.end() || it->status != u"awaiting_browser"_s)
        return false;
    it->status = u"completed"_s;
    it->authorizationUrl.clear();
    m_sessionIds.insert(id, sessionId);
    return true;
}

bool ConnectRequestQueue::fail(const QString &id, const QString &reason)
{
    QMutexLocker locker(&m_lock);
    const auto it = m_requests.find(id);
    if (it == m_requests.end() || (it->status != u"pending_approval"_s && it->status != u"awaiting_browser"_s))
        return false;
    it->status = u"failed"_s;
    it->failureReason = reason;
    it->authorizationUrl.clear();
    return true;
}

QString ConnectRequestQueue::takeSessionId(const QString &id)
{
    QMutexLocker locker(&m_lock);
    return m_sessionIds.take(id);
}
