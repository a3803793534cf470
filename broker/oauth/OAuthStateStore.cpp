#include "oauth/OAuthStateStore.h"

#include "core/Random.h"
#include "oauth/Pkce.h"

#include <QLoggingCategory>

#include <openssl/crypto.h>

#include <algorithm>

Q_LOGGING_CATEGORY(lcStateStore, "securecontext.oauth.statestore")

namespace {

// 256 bits, twice the 128-bit guessing bound of RFC 6749 section 10.10.
constexpr int StateEntropyBytes = 32;

// Compares in time that does not depend on where the values differ, so that the response
// time of the callback endpoint reveals nothing about a pending state.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

} // namespace

PendingFlow OAuthStateStore::create(const QString &providerName, const QString &redirectUri,
                                    const QStringList &scopes, const QDateTime &now)
{
    PendingFlow flow;
    flow.flowId = Random::uuid4();
    flow.providerName = providerName;
    flow.state = Random::base64Url(StateEntropyBytes);
    flow.codeVerifier = Pkce::generate().verifier;
    flow.redirectUri = redirectUri;
    flow.requestedScopes = scopes;
    flow.createdAt = now.toUTC();
    flow.expiresAt = flow.createdAt + Lifetime;

    m_flows.insert(flow.flowId, flow);
    qCDebug(lcStateStore) << "Created flow" << flow.flowId << "for provider" << providerName;
    return flow;
}

std::optional<PendingFlow> OAuthStateStore::take(const QString &providerName,
                                                 const QByteArray &state, const QDateTime &now)
{
    if (state.isEmpty()) {
        qCDebug(lcStateStore) << "Rejected an empty state at provider" << providerName;
        return std::nullopt;
    }

    // Every flow of this provider is compared in full, so that the time taken does not
    // depend on which flow matched.
    QString matchedId;
    for (auto it = m_flows.cbegin(); it != m_flows.cend(); ++it) {
        const bool matches = it->providerName == providerName
                             && constantTimeEquals(it->state, state);
        if (matches)
            matchedId = it.key();
    }

    if (matchedId.isEmpty()) {
        qCDebug(lcStateStore) << "No pending flow matches the state at provider" << providerName;
        return std::nullopt;
    }

    PendingFlow flow = m_flows.take(matchedId);
    if (flow.isExpired(now)) {
        qCInfo(lcStateStore) << "Flow" << flow.flowId << "for provider" << providerName
                             << "expired before its callback arrived; removed it";
        return std::nullopt;
    }
    return flow;
}

std::optional<PendingFlow> OAuthStateStore::cancel(const QString &flowId)
{
    const auto it = m_flows.constFind(flowId);
    if (it == m_flows.cend())
        return std::nullopt;

    PendingFlow flow = *it;
    m_flows.erase(it);
    qCDebug(lcStateStore) << "Cancelled flow" << flowId << "for provider" << flow.providerName;
    return flow;
}

QList<PendingFlow> OAuthStateStore::takeExpired(const QDateTime &now)
{
    QList<PendingFlow> expired;
    for (auto it = m_flows.begin(); it != m_flows.end();) {
        if (it->isExpired(now)) {
            expired.append(*it);
            it = m_flows.erase(it);
        } else {
            ++it;
        }
    }

    std::sort(expired.begin(), expired.end(), [](const PendingFlow &a, const PendingFlow &b) {
        return a.createdAt < b.createdAt;
    });
    if (!expired.isEmpty())
        qCInfo(lcStateStore) << "Removed" << expired.size() << "expired flows";
    return expired;
}

std::optional<PendingFlow> OAuthStateStore::find(const QString &flowId) const
{
    const auto it = m_flows.constFind(flowId);
    if (it == m_flows.cend())
        return std::nullopt;
    return *it;
}

int OAuthStateStore::size() const
{
    return static_cast<int>(m_flows.size());
}
