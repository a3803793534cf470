#pragma once

#include "core/Result.h"
#include "oauth/ProviderQuirks.h"
#include "oauth/TokenResponse.h"

#include <QByteArray>

// Parses token endpoint responses in the forms that real providers send.
//
// The body format follows the media type of Content-Type (case-insensitive, parameters
// ignored): JSON for application/json, any type with a +json suffix, text/javascript, and
// text/plain when the body starts with '{'; form parsing for
// application/x-www-form-urlencoded. Anything else cannot be parsed.
//
// Error codes, checked in this order:
// - OAUTH_<ERROR>: the body has an error member that is not null, whatever the HTTP status,
//   because some providers (GitHub among them) report errors with HTTP 200. <ERROR> is the error value
//   upper-cased when it matches [a-z0-9_]{1,64}; other values give OAUTH_ERROR.
// - TOKEN_ENDPOINT_HTTP_<status>: a status outside 2xx with no error member in the body, or
//   with a body that cannot be parsed.
// - UNPARSEABLE_TOKEN_RESPONSE: a 2xx response whose body cannot be parsed.
// - MISSING_ACCESS_TOKEN: access_token is absent, empty or not a string. With
//   TokenResponseFormat::SlackUserToken the tokens are read from the authed_user object, and
//   a response without that object gives this error too.
// - MALFORMED_TOKEN: access_token, refresh_token or id_token contains a character outside
//   visible ASCII, which no valid token has and which could split an HTTP header.
//
// Error messages never contain a token: token values from the same body are redacted from
// the provider's error text.
//
// The scope member may be a string separated by spaces or commas, or a JSON array of strings
// (Twitch sends an array).
class TokenResponseParser
{
public:
    static Result<TokenResponse> parse(int httpStatus, const QByteArray &contentType,
                                       const QByteArray &body);
    static Result<TokenResponse> parse(int httpStatus, const QByteArray &contentType,
                                       const QByteArray &body, TokenResponseFormat format);
};
