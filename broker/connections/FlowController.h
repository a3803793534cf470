#pragma once

#include "core/Error.h"
#include "oauth/OAuthStateStore.h"

#include <QHash>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class CallbackListener;
class ConnectionManager;
class ProviderDirectory;
class SecretStore;
class TokenClient;
class QTimer;
struct AccountIdentity;
struct Provider;

// Runs authorization code flows with PKCE: builds the authorization URL, validates the
// browser's callback against the pending state, exchanges the code once, identifies the
// account and hands the grant to the ConnectionManager. Broker thread only.
//
// A flow of a provider whose redirect_port_policy is "fixed" receives its callback on the API
// listener. A flow of an "any" provider gets a CallbackListener of its own on an ephemeral
// port, which accepts only that flow's state and closes when the flow finishes in any way.
class FlowController : public QObject
{
    Q_OBJECT

public:
    // The page shown in the browser after a callback.
    struct CallbackPage
    {
        int status = 200;
        QString title;
        QString message;
    };
    using PageCallback = std::function<void(const CallbackPage &)>;

    FlowController(const ProviderDirectory &providers, SecretStore &secrets, TokenClient &tokenClient,
                   ConnectionManager &connections, QObject *parent = nullptr);

    void startFlow(const QString &providerName);
    void cancelFlow(const QString &flowId);
    void cancelAll();

    // Handles GET /oauth/<provider>/callback. `listenerFlowId` names the flow whose own
    // listener received the request, and is empty on the API listener. A request with a
    // missing, wrong or expired state, or with the state of a flow that listens elsewhere, is
    // answered with 400 and leaves the pending flow waiting, so a stray or forged request
    // cannot end the user's sign-in.
    void handleCallback(const QString &providerName, const QUrlQuery &query, PageCallback reply,
                        const QString &listenerFlowId = QString());

    // Ends every flow that has expired at `now` with FLOW_TIMED_OUT. A timer calls it every
    // few seconds with the current time.
    void expireFlows(const QDateTime &now);

    int pendingCount() const { return m_states.size(); }
    // Number of open per-flow callback listeners.
    int listenerCount() const { return int(m_listeners.size()); }

Q_SIGNALS:
    void flowStarted(const QString &flowId, const QString &providerName, const QUrl &authorizationUrl);
    // The browser returned with a valid authorization code, and its exchange at the token
    // endpoint starts. flowFinished() follows.
    void flowExchanging(const QString &flowId, const QString &providerName);
    void flowFinished(const QString &flowId, const QString &providerName, const QString &sessionId, const Error &error);

private:
    void exchange(const PendingFlow &flow, const Provider &provider, const QString &code, PageCallback reply);
    void identify(const PendingFlow &flow, const Provider &provider, const struct TokenResponse &tokens,
                  std::function<void(const AccountIdentity &)> done);
    void fail(const PendingFlow &flow, const Error &error, PageCallback reply);
    // Closes the flow's own listener, if it has one, and emits flowFinished().
    void finishFlow(const QString &flowId, const QString &providerName, const QString &sessionId, const Error &error);
    CallbackListener *openListener(const Provider &provider, Error *error);
    QString listenerFlowOf(const QString &providerName, const QByteArray &state) const;

    const ProviderDirectory &m_providers;
    SecretStore &m_secrets;
    TokenClient &m_tokenClient;
    ConnectionManager &m_connections;
    OAuthStateStore m_states;
    // The listeners of pending "any"-port flows, by flow id; children of this object.
    QHash<QString, CallbackListener *> m_listeners;
    QTimer *m_expiryTimer;
};
