#include "connections/FlowController.h"

#include "connections/AccountIdentity.h"
#include "connections/CallbackListener.h"
#include "connections/ConnectionManager.h"
#include "connections/ProviderDirectory.h"
#include "oauth/Pkce.h"
#include "oauth/TokenClient.h"
#include "store/SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcFlows, "securecontext.connections.flows")

namespace {

constexpr int ExpiryCheckIntervalMs = 5000;

QString claimText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

AccountIdentity identityFromClaims(const QJsonObject &claims, const QStringList &accountClaims)
{
    AccountIdentity identity;
    // `sub` is the OpenID Connect subject; GitHub and Graph call their stable id `id`.
    identity.subject = claimText(claims.value(u"sub"_s));
    if (identity.subject.isEmpty())
        identity.subject = claimText(claims.value(u"id"_s));

    for (const QString &claim : accountClaims) {
        identity.display = claimText(claims.value(claim));
        if (!identity.display.isEmpty())
            break;
    }
    return identity;
}

// Reads the claims of an ID token without checking its signature. That is acceptable only
// for naming the account: the token came straight from the token endpoint over the
// connection the broker opened (OpenID Connect Core 1.0, section 3.1.3.7).
QJsonObject idTokenClaims(const QString &idToken)
{
    const QStringList parts = idToken.split(u'.');
    if (parts.size() != 3)
        return {};
    const QByteArray payload = QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(payload).object();
}

// Returns the code of a provider error that the person can act on, or an empty string.
// `oauthError` is the "error" value of the callback (RFC 6749 section 4.1.2.1) or of the
// token endpoint (section 5.2). AUTHORIZATION_DENIED predates the PROVIDER_ codes and stays
// the code of access_denied, because agents and the command line already match on it.
QString providerErrorCode(const QString &oauthError)
{
    if (oauthError == u"access_denied"_s)
        return u"AUTHORIZATION_DENIED"_s;
    if (oauthError == u"invalid_scope"_s)
        return u"PROVIDER_INVALID_SCOPE"_s;
    if (oauthError == u"invalid_client"_s || oauthError == u"unauthorized_client"_s)
        return u"PROVIDER_INVALID_CLIENT"_s;
    return {};
}

// Gives a token endpoint error of providerErrorCode() that code, keeping its message. The
// token client names the endpoint's errors OAUTH_<ERROR>.
Error withProviderCode(Error error)
{
    if (!error.code.startsWith(u"OAUTH_"_s))
        return error;
    const QString code = providerErrorCode(error.code.mid(6).toLower());
    if (!code.isEmpty())
        error.code = code;
    return error;
}

QString deniedMessage(const QString &error, const QString &description)
{
    if (error == u"access_denied"_s)
        return u"Authorization was cancelled at the provider"_s;
    const QString cleaned = description.left(300);
    if (cleaned.isEmpty())
        return u"The provider returned the error "_s + error;
    return u"The provider returned the error "_s + error + u": "_s + cleaned;
}

} // namespace

FlowController::FlowController(const ProviderDirectory &providers, SecretStore &secrets, TokenClient &tokenClient,
                               ConnectionManager &connections, QObject *parent)
    : QObject(parent)
    , m_providers(providers)
    , m_secrets(secrets)
    , m_tokenClient(tokenClient)
    , m_connections(connections)
    , m_expiryTimer(new QTimer(this))
{
    m_expiryTimer->setInterval(ExpiryCheckIntervalMs);
    connect(m_expiryTimer, &QTimer::timeout, this, [this] { expireFlows(QDateTime::currentDateTimeUtc()); });
    m_expiryTimer->start();
}

void FlowController::startFlow(const QString &providerName)
{
    const std::optional<Provider> provider = m_providers.find(providerName);
    if (!provider) {
        Q_EMIT flowFinished(QString(), providerName, QString(),
                            Error{u"PROVIDER_NOT_FOUND"_s, u"No provider named "_s + providerName});
        return;
    }
    if (provider->clientId.isEmpty()) {
        Q_EMIT flowFinished(QString(), providerName, QString(),
                            Error{u"PROVIDER_NOT_CONFIGURED"_s,
                                  u"Set the client id of %1 before connecting; register an OAuth client with the redirect URI %2"_s
                                      .arg(provider->displayName, m_providers.registrationRedirectUri(providerName))});
        return;
    }

    CallbackListener *listener = nullptr;
    if (provider->redirectPortPolicy == RedirectPortPolicy::Any) {
        Error listenError;
        listener = openListener(*provider, &listenError);
        if (!listener) {
            Q_EMIT flowFinished(QString(), providerName, QString(), listenError);
            return;
        }
    }

    const QString redirectUri = m_providers.redirectUri(providerName, listener ? listener->port() : 0);
    const PendingFlow flow = m_states.create(providerName, redirectUri, provider->scopes, QDateTime::currentDateTimeUtc());
    if (listener) {
        // Requests reach the handler through queued calls on this thread, so none can
        // arrive before the handler is set.
        const QString flowId = flow.flowId;
        listener->setHandler([this, providerName, flowId](const QUrlQuery &query, const CallbackListener::Respond &respond) {
            handleCallback(providerName, query, [respond](const CallbackPage &page) {
                respond(page.status, page.title, page.message);
            }, flowId);
        });
        m_listeners.insert(flowId, listener);
    }

    QUrl url = provider->authorizationUrl;
    QUrlQuery query(url);
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"client_id"_s, provider->clientId);
    query.addQueryItem(u"redirect_uri"_s, flow.redirectUri);
    // Slack takes user-token scopes in user_scope; every other provider uses scope.
    query.addQueryItem(provider->scopeParameterName(), provider->scopes.join(provider->scopeSeparator));
    query.addQueryItem(u"state"_s, QString::fromLatin1(flow.state));
    if (provider->pkce) {
        query.addQueryItem(u"code_challenge"_s, QString::fromLatin1(Pkce::challengeS256(flow.codeVerifier)));
        query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    }
    for (auto it = provider->extraAuthorizationParams.cbegin(); it != provider->extraAuthorizationParams.cend(); ++it)
        query.addQueryItem(it.key(), it.value());
    // QUrlQuery would leave '+' and '&' in values alone; encode every value fully instead.
    QString encoded;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!encoded.isEmpty())
            encoded += u'&';
        encoded += QString::fromLatin1(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value));
    }
    url.setQuery(encoded, QUrl::StrictMode);

    qCInfo(lcFlows) << "Started flow" << flow.flowId << "for" << providerName
                    << (listener ? "with its own callback listener" : "on the API listener");
    Q_EMIT flowStarted(flow.flowId, providerName, url);
}

void FlowController::cancelFlow(const QString &flowId)
{
    const std::optional<PendingFlow> flow = m_states.cancel(flowId);
    if (!flow)
        return;
    qCInfo(lcFlows) << "Cancelled flow" << flowId;
    finishFlow(flow->flowId, flow->providerName, QString(), Error{u"FLOW_CANCELLED"_s, u"The connection was cancelled"_s});
}

void FlowController::cancelAll()
{
    const QList<PendingFlow> flows = m_states.takeExpired(QDateTime::currentDateTimeUtc().addYears(100));
    for (const PendingFlow &flow : flows)
        finishFlow(flow.flowId, flow.providerName, QString(), Error{u"FLOW_CANCELLED"_s, u"The broker stopped"_s});
}

void FlowController::expireFlows(const QDateTime &now)
{
    const QList<PendingFlow> expired = m_states.takeExpired(now);
    for (const PendingFlow &flow : expired) {
        qCWarning(lcFlows) << "Flow" << flow.flowId << "for" << flow.providerName << "timed out";
        finishFlow(flow.flowId, flow.providerName, QString(),
                   Error{u"FLOW_TIMED_OUT"_s, u"The sign-in did not return from the browser within 10 minutes; start it again"_s});
    }
}

CallbackListener *FlowController::openListener(const Provider &provider, Error *error)
{
    auto *listener = new CallbackListener(provider.name, this);
    Result<void> listening = listener->listen();
    if (!listening) {
        delete listener;
        *error = Error{u"CALLBACK_LISTEN_FAILED"_s,
                       u"Could not open a loopback port for the sign-in at %1: %2"_s.arg(provider.displayName, listening.error().message)};
        return nullptr;
    }
    return listener;
}

// Finds the flow with a listener of its own whose state equals `state`. Every candidate is
// compared in full and in constant time, like OAuthStateStore::take().
QString FlowController::listenerFlowOf(const QString &providerName, const QByteArray &state) const
{
    QString owner;
    for (auto it = m_listeners.cbegin(); it != m_listeners.cend(); ++it) {
        const std::optional<PendingFlow> flow = m_states.find(it.key());
        if (!flow || flow->providerName != providerName || flow->state.size() != state.size())
            continue;
        if (CRYPTO_memcmp(flow->state.constData(), state.constData(), static_cast<size_t>(state.size())) == 0)
            owner = flow->flowId;
    }
    return owner;
}

void FlowController::finishFlow(const QString &flowId, const QString &providerName, const QString &sessionId, const Error &error)
{
    if (CallbackListener *listener = m_listeners.take(flowId)) {
        // Closing now, not later, so the port is gone once flowFinished() is out. A page
        // already sent to the browser is flushed before the connection closes. The object
        // itself may be in the middle of delivering this callback, so it is deleted later.
        listener->close();
        listener->deleteLater();
    }
    Q_EMIT flowFinished(flowId, providerName, sessionId, error);
}

void FlowController::handleCallback(const QString &providerName, const QUrlQuery &query, PageCallback reply,
                                    const QString &listenerFlowId)
{
    // Flows that expired end here with FLOW_TIMED_OUT and close their listener, before the
    // state store would drop them silently.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    expireFlows(now);

    const QByteArray state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded).toLatin1();
    // A state works only on the listener its redirect URI names: the flow's own listener, or
    // the API listener for flows without one.
    const bool rightListener = !state.isEmpty() && listenerFlowOf(providerName, state) == listenerFlowId;
    const std::optional<PendingFlow> flow = rightListener
        ? m_states.take(providerName, state, now)
        : std::nullopt;
    if (!flow) {
        qCWarning(lcFlows) << "Rejected a callback for" << providerName << "with a missing, unknown or expired state";
        reply(CallbackPage{400, u"Sign-in link not valid"_s,
                           u"This sign-in answer does not belong to a connection that SecureContext started, or it has expired. "
                           "Start the connection again from SecureContext."_s});
        return;
    }

    const std::optional<Provider> provider = m_providers.find(providerName);
    if (!provider) {
        fail(*flow, Error{u"PROVIDER_NOT_FOUND"_s, u"No provider named "_s + providerName}, reply);
        return;
    }

    const QString error = query.queryItemValue(u"error"_s, QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        const QString description = query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded);
        const QString code = providerErrorCode(error);
        fail(*flow, Error{code.isEmpty() ? u"AUTHORIZATION_FAILED"_s : code, deniedMessage(error, description)}, reply);
        return;
    }

    // RFC 9207: when the provider names itself in the response, it must be the issuer we
    // sent the user to, or the code may come from a mix-up attacker.
    const QString issuer = query.queryItemValue(u"iss"_s, QUrl::FullyDecoded);
    if (!issuer.isEmpty() && !provider->issuer.isEmpty() && issuer != provider->issuer) {
        fail(*flow, Error{u"ISSUER_MISMATCH"_s, u"The authorization response came from an unexpected issuer"_s}, reply);
        return;
    }

    const QString code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    if (code.isEmpty()) {
        fail(*flow, Error{u"MISSING_CODE"_s, u"The provider's response contained no authorization code"_s}, reply);
        return;
    }

    Q_EMIT flowExchanging(flow->flowId, flow->providerName);
    exchange(*flow, *provider, code, reply);
}

void FlowController::exchange(const PendingFlow &flow, const Provider &provider, const QString &code, PageCallback reply)
{
    QPointer<FlowController> self(this);
    m_secrets.read(ProviderDirectory::clientSecretKey(provider.name), [self, flow, provider, code, reply](const Result<QString> &secret) {
        if (!self)
            return;
        if (!secret && secret.error().code != SecretStore::NotFound) {
            self->fail(flow, secret.error(), reply);
            return;
        }

        const TokenClient::ClientCredentials client{provider.clientId, secret ? secret.value() : QString()};
        self->m_tokenClient.exchangeCode(provider, client, code, flow.codeVerifier, flow.redirectUri,
                                         [self, flow, provider, reply](const Result<TokenResponse> &tokens) {
            if (!self)
                return;
            if (!tokens) {
                self->fail(flow, withProviderCode(tokens.error()), reply);
                return;
            }

            self->identify(flow, provider, tokens.value(), [self, flow, provider, tokens, reply](const AccountIdentity &identity) {
                if (!self)
                    return;
                self->m_connections.storeGrant(flow, tokens.value(), identity, [self, flow, provider, identity, reply](const Result<QString> &session) {
                    if (!self)
                        return;
                    if (!session) {
                        self->fail(flow, session.error(), reply);
                        return;
                    }
                    qCInfo(lcFlows) << "Flow" << flow.flowId << "connected an account at" << provider.name;
                    reply(CallbackPage{200, u"Connected"_s,
                                       u"%1 is now connected to SecureContext as %2. You can close this window."_s
                                           .arg(provider.displayName, identity.display.isEmpty() ? identity.subject : identity.display)});
                    self->finishFlow(flow.flowId, flow.providerName, session.value(), Error{});
                });
            });
        });
    });
}

void FlowController::identify(const PendingFlow &flow, const Provider &provider, const TokenResponse &tokens,
                              std::function<void(const AccountIdentity &)> done)
{
    const AccountIdentity fromIdToken = identityFromClaims(idTokenClaims(tokens.idToken), provider.accountClaims);
    if (provider.userinfoUrl.isEmpty()) {
        done(fromIdToken);
        return;
    }

    m_tokenClient.fetchUserInfo(provider, tokens.accessToken, [flow, provider, fromIdToken, done](const Result<QJsonObject> &claims) {
        if (!claims) {
            qCWarning(lcFlows) << "Flow" << flow.flowId << "could not read the account at" << provider.name << ":" << claims.error().message;
            done(fromIdToken);
            return;
        }
        AccountIdentity identity = identityFromClaims(claims.value(), provider.accountClaims);
        if (identity.subject.isEmpty())
            identity.subject = fromIdToken.subject;
        if (identity.display.isEmpty())
            identity.display = fromIdToken.display;
        done(identity);
    });
}

void FlowController::fail(const PendingFlow &flow, const Error &error, PageCallback reply)
{
    qCWarning(lcFlows) << "Flow" << flow.flowId << "for" << flow.providerName << "failed:" << error.code;
    const bool cancelled = error.code == u"AUTHORIZATION_DENIED"_s;
    reply(CallbackPage{cancelled ? 200 : 400, cancelled ? u"Authorization cancelled"_s : u"Connection failed"_s,
                       error.message + u". Nothing was stored."_s});
    finishFlow(flow.flowId, flow.providerName, QString(), error);
}
