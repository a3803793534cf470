#pragma once

#include "core/Error.h"
#include "oauth/OAuthStateStore.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

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

    // Handles GET /oauth/<provider>/callback. A request with a missing, wrong or expired
    // state is answered with 400 and leaves the pending flow waiting, so a stray or forged
    // request cannot end the user's sign-in.
    void handleCallback(const QString &providerName, const QUrlQuery &query, PageCallback reply);

    int pendingCount() const { return m_states.size(); }

Q_SIGNALS:
    void flowStarted(const QString &flowId, const QString &providerName, const QUrl &authorizationUrl);
    void flowFinished(const QString &flowId, const QString &providerName, const QString &sessionId, const Error &error);

private:
    void exchange(const PendingFlow &flow, const Provider &provider, const QString &code, PageCallback reply);
    void identify(const PendingFlow &flow, const Provider &provider, const struct TokenResponse &tokens,
                  std::function<void(const AccountIdentity &)> done);
    void fail(const PendingFlow &flow, const Error &error, PageCallback reply);
    void expireFlows();

    const ProviderDirectory &m_providers;
    SecretStore &m_secrets;
    TokenClient &m_tokenClient;
    ConnectionManager &m_connections;
    OAuthStateStore m_states;
    QTimer *m_expiryTimer;
};
