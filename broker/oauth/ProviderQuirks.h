#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// Per-provider deviations from plain RFC 6749 that the broker has to follow, with their JSON
// spellings. Each enum has a toString() giving the JSON value and a parse function that
// returns nullopt for an unknown value.

// Client authentication method at the token endpoint (RFC 6749 section 2.3.1, RFC 7591
// section 2). Whatever the method, a client without a client secret must send only its
// client_id.
enum class TokenAuthMethod {
    // client_id and client_secret in the form body.
    ClientSecretPost,
    // HTTP Basic with the form-urlencoded client_id and client_secret.
    ClientSecretBasic,
    // A public client: client_id in the form body, never a secret.
    None,
};

// Layout of the token endpoint response, which decides where the user's tokens are.
enum class TokenResponseFormat {
    // RFC 6749 section 5.1: access_token and friends at the top level.
    Standard,
    // Slack's OAuth v2 user-token install: the authorization request carries the scopes in
    // user_scope instead of scope, and the token endpoint returns the user token inside the
    // authed_user object. The top-level access_token, if any, belongs to a bot.
    SlackUserToken,
};

// The host name in the loopback redirect URI (RFC 8252 section 7.3).
enum class RedirectHost {
    // http://127.0.0.1, which RFC 8252 section 8.3 recommends.
    Ipv4Loopback,
    // http://localhost, for providers whose registration accepts only that name (Microsoft
    // Entra's portal rejects http://127.0.0.1 for desktop apps).
    Localhost,
};

// Rule for the loopback port of the redirect URI.
enum class RedirectPortPolicy {
    // The registered redirect URI names the broker's API port, so only that port works.
    Fixed,
    // The provider ignores the port of loopback redirect URIs (RFC 8252 section 7.3), so a
    // flow may listen on an ephemeral port of its own.
    Any,
};

namespace ProviderQuirks {

QString toString(TokenAuthMethod method);
QString toString(TokenResponseFormat format);
QString toString(RedirectHost host);
QString toString(RedirectPortPolicy policy);

std::optional<TokenAuthMethod> parseTokenAuthMethod(const QString &text);
std::optional<TokenResponseFormat> parseTokenResponseFormat(const QString &text);
std::optional<RedirectHost> parseRedirectHost(const QString &text);
std::optional<RedirectPortPolicy> parseRedirectPortPolicy(const QString &text);

// The JSON values each parse function accepts, for error messages and tests.
QStringList tokenAuthMethodNames();
QStringList tokenResponseFormatNames();
QStringList redirectHostNames();
QStringList redirectPortPolicyNames();

} // namespace ProviderQuirks
