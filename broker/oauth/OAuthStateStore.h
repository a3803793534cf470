#pragma once

#include "oauth/PendingFlow.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

// The pending authorization requests, keyed by flow id and found by their state.
//
// A state matches only the flow it was issued for, only at that flow's provider, only once,
// and only before the flow expires. A callback with a wrong, empty or foreign state leaves
// the real flow pending, so a forged redirect cannot cancel the user's login.
//
// Not thread-safe: use it on the broker thread only.
class OAuthStateStore
{
public:
    // Time a user has to finish the login in the browser.
    static constexpr std::chrono::minutes Lifetime{10};

    // Starts a flow with a fresh flow id, state and PKCE code verifier. `now` is converted to
    // UTC, and the flow expires at now + Lifetime.
    PendingFlow create(const QString &providerName, const QString &redirectUri,
                       const QStringList &scopes, const QDateTime &now);

    // Removes and returns the flow whose state equals `state` and whose provider is
    // `providerName`. Returns nullopt without removing anything when no flow matches. A
    // matching flow that has expired is removed and nullopt returned.
    std::optional<PendingFlow> take(const QString &providerName, const QByteArray &state,
                                    const QDateTime &now);

    // Removes and returns the flow with this id, or nullopt if there is none.
    std::optional<PendingFlow> cancel(const QString &flowId);

    // Removes and returns every flow that has expired at `now`, oldest first.
    QList<PendingFlow> takeExpired(const QDateTime &now);

    std::optional<PendingFlow> find(const QString &flowId) const;
    int size() const;

private:
    QHash<QString, PendingFlow> m_flows;
};
