#pragma once

#include "core/Result.h"
#include "oauth/ProviderQuirks.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

// Origin of a provider definition, which decides the allowed endpoints. Presets must use
// https, and user files may also use http on a loopback host, for local test servers.
enum class ProviderSource { Preset, UserFile };

// An OAuth 2.0 authorization server and the settings the broker needs to talk to it. Holds
// no secret: a client secret lives in the keychain, never in a provider file.
//
// JSON keys: name, display_name, authorization_url, token_url, userinfo_url,
// revocation_url, issuer, scopes, scope_separator, extra_authorization_params, pkce,
// supports_refresh, account_claims, client_id, token_auth_method, token_response_format,
// rotates_refresh_tokens, redirect_host, redirect_port_policy. Unknown keys are ignored.
struct Provider
{
    // ^[a-z0-9][a-z0-9_-]{0,63}$, because it appears in callback paths and keychain keys.
    QString name;
    QString displayName;
    QUrl authorizationUrl;
    QUrl tokenUrl;
    // Optional endpoints; an empty QUrl means the provider has none.
    QUrl userinfoUrl;
    QUrl revocationUrl;
    // Optional. Kept as the exact string, because RFC 9207 compares issuers as strings.
    QString issuer;
    // Default scopes for an authorization request.
    QStringList scopes;
    // Joins scopes in the scope parameter: " " (RFC 6749) or ",".
    QString scopeSeparator = QStringLiteral(" ");
    // Added to the authorization request, e.g. Google's access_type=offline. Cannot
    // override the parameters the flow sets itself (state, redirect_uri, PKCE and so on).
    QMap<QString, QString> extraAuthorizationParams;
    bool pkce = true;
    bool supportsRefresh = true;
    // Userinfo or ID token claims that name the account, tried in order.
    QStringList accountClaims = defaultAccountClaims();
    // Optional default client id that the user can override in the app.
    QString clientId;
    TokenAuthMethod tokenAuthMethod = TokenAuthMethod::ClientSecretPost;
    TokenResponseFormat tokenResponseFormat = TokenResponseFormat::Standard;
    // The provider returns a new refresh token on refresh and may reject the old one, so the
    // new one has to be stored before the new access token is used.
    bool rotatesRefreshTokens = false;
    RedirectHost redirectHost = RedirectHost::Ipv4Loopback;
    RedirectPortPolicy redirectPortPolicy = RedirectPortPolicy::Fixed;
    ProviderSource source = ProviderSource::Preset;

    // Validates and reads a provider definition. Errors have code INVALID_PROVIDER and a
    // message that starts with the JSON key at fault, e.g. "token_url: ...".
    static Result<Provider> fromJson(const QJsonObject &json, ProviderSource source);

    // Writes every field except source, which the location of the file decides.
    QJsonObject toJson() const;

    static QStringList defaultAccountClaims();

    // Returns the authorization request parameter that carries the scopes: "scope", or
    // "user_scope" for TokenResponseFormat::SlackUserToken.
    QString scopeParameterName() const;

    // Returns true for "localhost" (any letter case), 127.0.0.0/8 and [::1].
    static bool isLoopbackHost(const QString &host);

    bool operator==(const Provider &other) const = default;
};
