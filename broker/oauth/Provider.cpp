#include "oauth/Provider.h"

#include "oauth/ScopeToken.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxDisplayNameLength = 128;

// Parameters that the authorization flow sets itself. A provider file must not replace them:
// a second state or redirect_uri would break the flow's checks, and a request object
// (RFC 9101) would let the authorization server ignore the flow's parameters altogether.
const QSet<QString> &reservedAuthorizationParams()
{
    static const QSet<QString> reserved = {
        u"response_type"_s, u"client_id"_s, u"redirect_uri"_s, u"scope"_s, u"state"_s,
        u"code_challenge"_s, u"code_challenge_method"_s, u"request"_s, u"request_uri"_s,
    };
    return reserved;
}

Error fieldError(const QString &field, const QString &problem)
{
    return Error{u"INVALID_PROVIDER"_s, field + u": "_s + problem};
}

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            return true;
    }
    return false;
}

// RFC 6749 appendix A.1: client-id = *VSCHAR, that is printable ASCII including space.
bool isVisibleAsciiOrSpace(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// Checks an endpoint or issuer URL: absolute, with a host, no user information and no
// fragment (RFC 6749 section 3.1). Presets need https. User files may also use http on a
// loopback host.
Result<QUrl> checkUrl(const QString &field, const QString &text, ProviderSource source)
{
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty() || !url.isValid())
        return fieldError(field, u"is not a valid URL"_s);
    if (url.isRelative() || url.host().isEmpty())
        return fieldError(field, u"must be an absolute URL with a host"_s);
    if (!url.userInfo().isEmpty())
        return fieldError(field, u"must not contain a user name or password"_s);
    if (url.hasFragment())
        return fieldError(field, u"must not contain a fragment"_s);

    const QString scheme = url.scheme();
    if (scheme == u"https"_s)
        return url;

    const QString displayUrl = url.toDisplayString();
    if (source == ProviderSource::Preset)
        return fieldError(field, u"must use https, got %1"_s.arg(displayUrl));
    if (scheme == u"http"_s && Provider::isLoopbackHost(url.host()))
        return url;
    return fieldError(field, u"must use https, or http on a loopback host (127.0.0.0/8, [::1], "
                             u"localhost), got %1"_s.arg(displayUrl));
}

Result<QString> readString(const QJsonObject &json, const QString &key, bool required)
{
    const QJsonValue value = json.value(key);
    if (isAbsent(value)) {
        if (required)
            return fieldError(key, u"is missing"_s);
        return QString();
    }
    if (!value.isString())
        return fieldError(key, u"must be a string"_s);

    const QString text = value.toString();
    if (required && text.isEmpty())
        return fieldError(key, u"must not be empty"_s);
    if (hasControlCharacters(text))
        return fieldError(key, u"must not contain control characters"_s);
    return text;
}

Result<QUrl> readUrl(const QJsonObject &json, const QString &key, bool required,
                     ProviderSource source)
{
    const Result<QString> text = readString(json, key, required);
    if (!text)
        return text.error();
    if (text.value().isEmpty())
        return QUrl();
    return checkUrl(key, text.value(), source);
}

Result<bool> readBool(const QJsonObject &json, const QString &key, bool fallback)
{
    const QJsonValue value = json.value(key);
    if (isAbsent(value))
        return fallback;
    if (!value.isBool())
        return fieldError(key, u"must be true or false"_s);
    return value.toBool();
}

// Reads an optional string member whose value must be one of `names`, and converts it with
// `parse`. Absent or null gives `fallback`.
template <typename Enum, typename Parse>
Result<Enum> readEnum(const QJsonObject &json, const QString &key, Enum fallback, Parse parse,
                      const QStringList &names)
{
    const QJsonValue value = json.value(key);
    if (isAbsent(value))
        return fallback;

    const std::optional<Enum> parsed = value.isString() ? parse(value.toString()) : std::nullopt;
    if (!parsed)
        return fieldError(key, u"must be one of \"%1\""_s.arg(names.join(u"\", \""_s)));
    return *parsed;
}

// Reads an array of distinct, non-empty strings that are scope tokens (RFC 6749 appendix
// A.4), which also fits claim names.
Result<QStringList> readTokenList(const QJsonObject &json, const QString &key,
                                  const QStringList &fallback)
{
    const QJsonValue value = json.value(key);
    if (isAbsent(value))
        return fallback;
    if (!value.isArray())
        return fieldError(key, u"must be an array of strings"_s);

    QStringList items;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = u"%1[%2]"_s.arg(key).arg(i);
        if (!array.at(i).isString())
            return fieldError(field, u"must be a string"_s);

        const QString item = array.at(i).toString();
        if (!ScopeToken::isValid(item)) {
            return fieldError(field, u"must be non-empty printable ASCII without spaces, quotes "
                                     u"or backslashes"_s);
        }
        if (items.contains(item))
            return fieldError(field, u"repeats %1"_s.arg(item));
        items.append(item);
    }
    return items;
}

// `scopeParameter` is reserved as well, because the flow fills it from `scopes`.
Result<QMap<QString, QString>> readExtraParams(const QJsonObject &json, const QString &key,
                                               const QString &scopeParameter)
{
    const QJsonValue value = json.value(key);
    if (isAbsent(value))
        return QMap<QString, QString>();
    if (!value.isObject())
        return fieldError(key, u"must be an object of strings"_s);

    QMap<QString, QString> params;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString field = key + u'.' + it.key();
        if (!ScopeToken::isValid(it.key()))
            return fieldError(field, u"has a name that is not printable ASCII without spaces"_s);
        if (reservedAuthorizationParams().contains(it.key()) || it.key() == scopeParameter)
            return fieldError(field, u"is set by the authorization flow and cannot be overridden"_s);
        if (!it.value().isString())
            return fieldError(field, u"must be a string"_s);
        if (hasControlCharacters(it.value().toString()))
            return fieldError(field, u"must not contain control characters"_s);
        params.insert(it.key(), it.value().toString());
    }
    return params;
}

} // namespace

QStringList Provider::defaultAccountClaims()
{
    return {u"email"_s, u"preferred_username"_s, u"login"_s, u"sub"_s};
}

QString Provider::scopeParameterName() const
{
    if (tokenResponseFormat == TokenResponseFormat::SlackUserToken)
        return u"user_scope"_s;
    return u"scope"_s;
}

bool Provider::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;

    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return (address.toIPv4Address() >> 24) == 127;
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return address == QHostAddress(QHostAddress::LocalHostIPv6);
    return false;
}

Result<Provider> Provider::fromJson(const QJsonObject &json, ProviderSource source)
{
    static const QRegularExpression namePattern(u"^[a-z0-9][a-z0-9_-]{0,63}$"_s);

    Provider provider;
    provider.source = source;

    const Result<QString> name = readString(json, u"name"_s, true);
    if (!name)
        return name.error();
    if (!namePattern.match(name.value()).hasMatch()) {
        return fieldError(u"name"_s, u"must match ^[a-z0-9][a-z0-9_-]{0,63}$ (lower-case letters, "
                                     u"digits, '_' and '-')"_s);
    }
    provider.name = name.value();

    const Result<QString> displayName = readString(json, u"display_name"_s, true);
    if (!displayName)
        return displayName.error();
    if (displayName.value().size() > MaxDisplayNameLength)
        return fieldError(u"display_name"_s, u"must be at most %1 characters"_s.arg(MaxDisplayNameLength));
    provider.displayName = displayName.value();

    const Result<QUrl> authorizationUrl = readUrl(json, u"authorization_url"_s, true, source);
    if (!authorizationUrl)
        return authorizationUrl.error();
    provider.authorizationUrl = authorizationUrl.value();

    const Result<QUrl> tokenUrl = readUrl(json, u"token_url"_s, true, source);
    if (!tokenUrl)
        return tokenUrl.error();
    provider.tokenUrl = tokenUrl.value();

    const Result<QUrl> userinfoUrl = readUrl(json, u"userinfo_url"_s, false, source);
    if (!userinfoUrl)
        return userinfoUrl.error();
    provider.userinfoUrl = userinfoUrl.value();

    const Result<QUrl> revocationUrl = readUrl(json, u"revocation_url"_s, false, source);
    if (!revocationUrl)
        return revocationUrl.error();
    provider.revocationUrl = revocationUrl.value();

    // OpenID Connect Discovery 1.0 section 3: an issuer has no query or fragment.
    const Result<QUrl> issuer = readUrl(json, u"issuer"_s, false, source);
    if (!issuer)
        return issuer.error();
    if (issuer.value().hasQuery())
        return fieldError(u"issuer"_s, u"must not contain a query"_s);
    provider.issuer = json.value(u"issuer"_s).toString();

    const Result<QStringList> scopes = readTokenList(json, u"scopes"_s, {});
    if (!scopes)
        return scopes.error();
    provider.scopes = scopes.value();

    const Result<QString> separator = readString(json, u"scope_separator"_s, false);
    if (!separator)
        return separator.error();
    if (!isAbsent(json.value(u"scope_separator"_s))) {
        if (separator.value() != u" "_s && separator.value() != u","_s)
            return fieldError(u"scope_separator"_s, u"must be \" \" or \",\""_s);
        provider.scopeSeparator = separator.value();
    }

    // Read before extra_authorization_params, because it decides which scope parameter the
    // flow sets itself.
    const Result<TokenResponseFormat> responseFormat =
        readEnum(json, u"token_response_format"_s, TokenResponseFormat::Standard,
                 ProviderQuirks::parseTokenResponseFormat, ProviderQuirks::tokenResponseFormatNames());
    if (!responseFormat)
        return responseFormat.error();
    provider.tokenResponseFormat = responseFormat.value();

    const Result<QMap<QString, QString>> extraParams =
        readExtraParams(json, u"extra_authorization_params"_s, provider.scopeParameterName());
    if (!extraParams)
        return extraParams.error();
    provider.extraAuthorizationParams = extraParams.value();

    const Result<bool> pkce = readBool(json, u"pkce"_s, true);
    if (!pkce)
        return pkce.error();
    provider.pkce = pkce.value();

    const Result<bool> supportsRefresh = readBool(json, u"supports_refresh"_s, true);
    if (!supportsRefresh)
        return supportsRefresh.error();
    provider.supportsRefresh = supportsRefresh.value();

    const Result<QStringList> accountClaims =
        readTokenList(json, u"account_claims"_s, defaultAccountClaims());
    if (!accountClaims)
        return accountClaims.error();
    if (accountClaims.value().isEmpty())
        return fieldError(u"account_claims"_s, u"must list at least one claim"_s);
    provider.accountClaims = accountClaims.value();

    const Result<QString> clientId = readString(json, u"client_id"_s, false);
    if (!clientId)
        return clientId.error();
    if (!isVisibleAsciiOrSpace(clientId.value()))
        return fieldError(u"client_id"_s, u"must be printable ASCII"_s);
    provider.clientId = clientId.value();

    const Result<TokenAuthMethod> authMethod =
        readEnum(json, u"token_auth_method"_s, TokenAuthMethod::ClientSecretPost,
                 ProviderQuirks::parseTokenAuthMethod, ProviderQuirks::tokenAuthMethodNames());
    if (!authMethod)
        return authMethod.error();
    // A public client needs PKCE (RFC 7636), because without a client secret an intercepted
    // authorization code alone is enough to get tokens.
    if (authMethod.value() == TokenAuthMethod::None && !provider.pkce)
        return fieldError(u"token_auth_method"_s, u"\"none\" requires pkce to be true"_s);
    provider.tokenAuthMethod = authMethod.value();

    const Result<bool> rotates = readBool(json, u"rotates_refresh_tokens"_s, false);
    if (!rotates)
        return rotates.error();
    if (rotates.value() && !provider.supportsRefresh)
        return fieldError(u"rotates_refresh_tokens"_s, u"must be false when supports_refresh is false"_s);
    provider.rotatesRefreshTokens = rotates.value();

    const Result<RedirectHost> redirectHost =
        readEnum(json, u"redirect_host"_s, RedirectHost::Ipv4Loopback, ProviderQuirks::parseRedirectHost,
                 ProviderQuirks::redirectHostNames());
    if (!redirectHost)
        return redirectHost.error();
    provider.redirectHost = redirectHost.value();

    const Result<RedirectPortPolicy> portPolicy =
        readEnum(json, u"redirect_port_policy"_s, RedirectPortPolicy::Fixed,
                 ProviderQuirks::parseRedirectPortPolicy, ProviderQuirks::redirectPortPolicyNames());
    if (!portPolicy)
        return portPolicy.error();
    provider.redirectPortPolicy = portPolicy.value();

    return provider;
}

QJsonObject Provider::toJson() const
{
    QJsonObject json;
    json.insert(u"name"_s, name);
    json.insert(u"display_name"_s, displayName);
    json.insert(u"authorization_url"_s, authorizationUrl.toString());
    json.insert(u"token_url"_s, tokenUrl.toString());
    if (!userinfoUrl.isEmpty())
        json.insert(u"userinfo_url"_s, userinfoUrl.toString());
    if (!revocationUrl.isEmpty())
        json.insert(u"revocation_url"_s, revocationUrl.toString());
    if (!issuer.isEmpty())
        json.insert(u"issuer"_s, issuer);
    json.insert(u"scopes"_s, QJsonArray::fromStringList(scopes));
    json.insert(u"scope_separator"_s, scopeSeparator);

    QJsonObject extraParams;
    for (auto it = extraAuthorizationParams.cbegin(); it != extraAuthorizationParams.cend(); ++it)
        extraParams.insert(it.key(), it.value());
    json.insert(u"extra_authorization_params"_s, extraParams);

    json.insert(u"pkce"_s, pkce);
    json.insert(u"supports_refresh"_s, supportsRefresh);
    json.insert(u"account_claims"_s, QJsonArray::fromStringList(accountClaims));
    if (!clientId.isEmpty())
        json.insert(u"client_id"_s, clientId);
    json.insert(u"token_auth_method"_s, ProviderQuirks::toString(tokenAuthMethod));
    json.insert(u"token_response_format"_s, ProviderQuirks::toString(tokenResponseFormat));
    json.insert(u"rotates_refresh_tokens"_s, rotatesRefreshTokens);
    json.insert(u"redirect_host"_s, ProviderQuirks::toString(redirectHost));
    json.insert(u"redirect_port_policy"_s, ProviderQuirks::toString(redirectPortPolicy));
    return json;
}
