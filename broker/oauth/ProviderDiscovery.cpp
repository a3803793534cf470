#include "oauth/ProviderDiscovery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

Q_LOGGING_CATEGORY(lcDiscovery, "securecontext.oauth.discovery")

using namespace Qt::StringLiterals;

struct ProviderDiscovery::Job
{
    QString issuer;
    QString name;
    QString displayName;
    QList<QUrl> urls;
    // Index into urls of the request in flight.
    qsizetype attempt = 0;
    // Reason the OpenID Connect document was not usable, for the final error message.
    QString firstFailure;
    Callback callback;
};

namespace {

const QString OpenIdConfigurationPath = u"/.well-known/openid-configuration"_s;
const QString OAuthServerMetadataPath = u"/.well-known/oauth-authorization-server"_s;

// Maximum length of server-controlled text in an error message.
constexpr qsizetype MaxServerTextLength = 200;
constexpr int MaxRedirects = 5;

// Metadata members and the Provider JSON keys they become, so a validation error can name the
// member the server sent.
const QList<std::pair<QString, QString>> &endpointMembers()
{
    static const QList<std::pair<QString, QString>> members = {
        {u"authorization_url"_s, u"authorization_endpoint"_s},
        {u"token_url"_s, u"token_endpoint"_s},
        {u"userinfo_url"_s, u"userinfo_endpoint"_s},
        {u"revocation_url"_s, u"revocation_endpoint"_s},
    };
    return members;
}

Error invalidIssuer(const QString &problem)
{
    return Error{u"INVALID_ISSUER"_s, u"The issuer URL "_s + problem};
}

// Removes control and format characters and cuts the text, because it comes from the server
// and ends up in the GUI and in logs.
QString cleanServerText(const QString &text)
{
    QString cleaned;
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph) {
            cleaned += u'?';
        } else {
            cleaned += c;
        }
    }
    if (cleaned.size() > MaxServerTextLength)
        cleaned = cleaned.left(MaxServerTextLength) + u"..."_s;
    return cleaned;
}

// Returns the strings of an array member, nullopt when the member is absent or null, and an
// error when it is present with another type.
Result<std::optional<QStringList>> stringArray(const QJsonObject &metadata, const QString &member)
{
    const QJsonValue value = metadata.value(member);
    if (value.isUndefined() || value.isNull())
        return std::optional<QStringList>();
    if (!value.isArray())
        return Error{u"DISCOVERY_INVALID_METADATA"_s, member + u" is not an array"_s};

    QStringList items;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return Error{u"DISCOVERY_INVALID_METADATA"_s, member + u" contains an item that is not a string"_s};
        items.append(item.toString());
    }
    return std::optional<QStringList>(items);
}

// Picks the client authentication the broker uses at the token endpoint. RFC 8414 section 2
// makes client_secret_basic the default when the member is absent.
Result<TokenAuthMethod> chooseTokenAuthMethod(const std::optional<QStringList> &supported)
{
    if (!supported)
        return TokenAuthMethod::ClientSecretBasic;

    // client_secret_post first: it is what the broker has used against every preset.
    const QList<TokenAuthMethod> preferred = {TokenAuthMethod::ClientSecretPost, TokenAuthMethod::ClientSecretBasic,
                                              TokenAuthMethod::None};
    for (const TokenAuthMethod method : preferred) {
        if (supported->contains(ProviderQuirks::toString(method)))
            return method;
    }
    return Error{u"DISCOVERY_UNSUPPORTED"_s,
                 u"The token endpoint supports none of client_secret_post, client_secret_basic and none"_s};
}

// Renames the Provider key at the start of a validation message to the metadata member.
QString metadataMessage(QString message)
{
    for (const auto &[providerKey, member] : endpointMembers()) {
        if (message.startsWith(providerKey + u':'))
            return member + message.mid(providerKey.size());
    }
    return message;
}

} // namespace

ProviderDiscovery::ProviderDiscovery(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

ProviderDiscovery::~ProviderDiscovery() = default;

QStringList ProviderDiscovery::defaultScopes()
{
    return {u"openid"_s, u"email"_s, u"profile"_s, u"offline_access"_s};
}

Result<QList<QUrl>> ProviderDiscovery::metadataUrls(const QString &issuer)
{
    const QUrl url(issuer, QUrl::StrictMode);
    if (issuer.isEmpty() || !url.isValid())
        return invalidIssuer(u"is not a valid URL"_s);
    if (url.isRelative() || url.host().isEmpty())
        return invalidIssuer(u"must be an absolute URL with a host"_s);
    if (!url.userInfo().isEmpty())
        return invalidIssuer(u"must not contain a user name or password"_s);
    // OpenID Connect Discovery 1.0 section 3 and RFC 8414 section 2.
    if (url.hasQuery() || url.hasFragment())
        return invalidIssuer(u"must not contain a query or fragment"_s);

    const bool loopbackHttp = url.scheme() == u"http"_s && Provider::isLoopbackHost(url.host());
    if (url.scheme() != u"https"_s && !loopbackHttp)
        return invalidIssuer(u"must use https, or http on a loopback host (127.0.0.0/8, [::1], localhost)"_s);

    // Both rules drop a terminating "/" from the issuer's path first.
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);

    QUrl openIdUrl = url;
    openIdUrl.setPath(path + OpenIdConfigurationPath, QUrl::StrictMode);
    QUrl oauthUrl = url;
    oauthUrl.setPath(OAuthServerMetadataPath + path, QUrl::StrictMode);
    if (!openIdUrl.isValid() || !oauthUrl.isValid())
        return invalidIssuer(u"has a path that cannot be extended to a metadata URL"_s);
    return QList<QUrl>{openIdUrl, oauthUrl};
}

Result<Provider> ProviderDiscovery::providerFromMetadata(const QJsonObject &metadata, MetadataKind kind,
                                                         const QString &issuer, const QString &name,
                                                         const QString &displayName)
{
    // RFC 8414 section 3.3 and OpenID Connect Discovery 1.0 section 4.3: the issuer in the
    // document must be identical to the one requested, or an attacker's metadata could
    // impersonate another authorization server.
    const QJsonValue metadataIssuer = metadata.value(u"issuer"_s);
    if (!metadataIssuer.isString()) {
        return Error{u"DISCOVERY_INVALID_METADATA"_s,
                     u"The metadata of %1 has no issuer string"_s.arg(issuer)};
    }
    if (metadataIssuer.toString() != issuer) {
        return Error{u"DISCOVERY_ISSUER_MISMATCH"_s,
                     u"The metadata names the issuer \"%1\", but \"%2\" was requested"_s.arg(
                         cleanServerText(metadataIssuer.toString()), issuer)};
    }

    const Result<std::optional<QStringList>> responseTypes = stringArray(metadata, u"response_types_supported"_s);
    const Result<std::optional<QStringList>> grantTypes = stringArray(metadata, u"grant_types_supported"_s);
    const Result<std::optional<QStringList>> scopesSupported = stringArray(metadata, u"scopes_supported"_s);
    const Result<std::optional<QStringList>> challengeMethods =
        stringArray(metadata, u"code_challenge_methods_supported"_s);
    const Result<std::optional<QStringList>> authMethods =
        stringArray(metadata, u"token_endpoint_auth_methods_supported"_s);
    for (const auto *member : {&responseTypes, &grantTypes, &scopesSupported, &challengeMethods, &authMethods}) {
        if (!member->ok())
            return member->error();
    }

    if (responseTypes.value() && !responseTypes.value()->contains(u"code"_s)) {
        return Error{u"DISCOVERY_UNSUPPORTED"_s,
                     u"%1 does not offer the authorization code flow (response_types_supported lacks \"code\")"_s.arg(issuer)};
    }
    if (grantTypes.value() && !grantTypes.value()->contains(u"authorization_code"_s)) {
        return Error{u"DISCOVERY_UNSUPPORTED"_s,
                     u"%1 does not offer the authorization code grant (grant_types_supported lacks \"authorization_code\")"_s.arg(issuer)};
    }

    const Result<TokenAuthMethod> authMethod = chooseTokenAuthMethod(authMethods.value());
    if (!authMethod)
        return authMethod.error();

    // The default scopes the server lists, in our order. Without scopes_supported, an OpenID
    // provider still has the scopes OpenID Connect Core 1.0 section 5.4 defines.
    QStringList scopes;
    for (const QString &scope : defaultScopes()) {
        const bool listed = scopesSupported.value()
            ? scopesSupported.value()->contains(scope)
            : kind == MetadataKind::OpenIdConfiguration && scope != u"offline_access"_s;
        if (listed)
            scopes.append(scope);
    }

    QJsonObject json{
        {u"name"_s, name},
        {u"display_name"_s, displayName},
        {u"issuer"_s, issuer},
        {u"scopes"_s, QJsonArray::fromStringList(scopes)},
        {u"pkce"_s, challengeMethods.value() && challengeMethods.value()->contains(u"S256"_s)},
        // Many servers omit grant_types_supported although they issue refresh tokens.
        {u"supports_refresh"_s, !grantTypes.value() || grantTypes.value()->contains(u"refresh_token"_s)},
        {u"token_auth_method"_s, ProviderQuirks::toString(authMethod.value())},
    };
    for (const auto &[providerKey, member] : endpointMembers()) {
        const QJsonValue value = metadata.value(member);
        if (!value.isUndefined() && !value.isNull())
            json.insert(providerKey, value);
    }

    // Provider::fromJson applies the same URL rules as to a user's provider file: https, or
    // http on a loopback host.
    Result<Provider> provider = Provider::fromJson(json, ProviderSource::UserFile);
    if (!provider) {
        const QString message = provider.error().message;
        if (message.startsWith(u"name:"_s) || message.startsWith(u"display_name:"_s))
            return provider.error();
        return Error{u"DISCOVERY_INVALID_METADATA"_s,
                     u"The metadata of %1 is not usable: %2"_s.arg(issuer, metadataMessage(message))};
    }
    return provider;
}

void ProviderDiscovery::discover(const QString &issuer, const QString &name, const QString &displayName,
                                 Callback callback)
{
    auto job = std::make_shared<Job>();
    job->issuer = issuer;
    job->name = name;
    job->displayName = displayName;
    job->callback = std::move(callback);

    const Result<QList<QUrl>> urls = metadataUrls(issuer);
    if (!urls) {
        // Queued, so the callback never runs inside discover() whatever the outcome.
        QMetaObject::invokeMethod(
            this, [this, job, error = urls.error()] { finish(job, error); }, Qt::QueuedConnection);
        return;
    }
    job->urls = urls.value();

    qCInfo(lcDiscovery).noquote() << "Fetching authorization server metadata of" << issuer;
    fetch(job);
}

void ProviderDiscovery::fetch(const std::shared_ptr<Job> &job)
{
    const QUrl url = job->urls.at(job->attempt);
    QNetworkRequest request(url);
    // A redirect to another origin could hand back metadata that another server controls.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(MaxRedirects);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("User-Agent"), QByteArrayLiteral("SecureContext/" SECURECONTEXT_VERSION));

    QNetworkReply *reply = m_network->get(request);
    auto tooLarge = std::make_shared<bool>(false);
    const qint64 maxBytes = m_maxResponseBytes;

    // Checks both the announced and the received size, so neither a large Content-Length nor
    // an endless chunked body gets buffered.
    connect(reply, &QNetworkReply::downloadProgress, this,
            [reply = QPointer<QNetworkReply>(reply), tooLarge, maxBytes](qint64 received, qint64 total) {
                if (reply && !*tooLarge && (received > maxBytes || total > maxBytes)) {
                    *tooLarge = true;
                    reply->abort();
                }
            });

    connect(reply, &QNetworkReply::finished, this, [this, reply, job, tooLarge, maxBytes, timeoutMs = m_timeoutMs] {
        reply->deleteLater();
        const QString shownUrl = reply->url().toDisplayString();

        if (*tooLarge) {
            finish(job, Error{u"DISCOVERY_RESPONSE_TOO_LARGE"_s,
                              u"The metadata at %1 is larger than %2 bytes"_s.arg(shownUrl).arg(maxBytes)});
            return;
        }

        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QNetworkReply::NetworkError networkError = reply->error();
        if (networkError == QNetworkReply::InsecureRedirectError || networkError == QNetworkReply::TooManyRedirectsError) {
            finish(job, Error{u"DISCOVERY_REDIRECT_REJECTED"_s,
                              u"The request to %1 was redirected to another origin or too often"_s.arg(shownUrl)});
            return;
        }
        // The transfer timeout is the only abort besides the size limit handled above, and Qt
        // 6.4 reports it as OperationCanceledError.
        if (networkError == QNetworkReply::OperationCanceledError || networkError == QNetworkReply::TimeoutError) {
            finish(job, Error{u"DISCOVERY_TIMEOUT"_s,
                              u"The request to %1 timed out after %2 ms"_s.arg(shownUrl).arg(timeoutMs)});
            return;
        }
        if (!status.isValid()) {
            finish(job, Error{u"DISCOVERY_UNREACHABLE"_s,
                              u"The request to %1 failed: %2"_s.arg(shownUrl, reply->errorString())});
            return;
        }

        const int httpStatus = status.toInt();
        QString failure;
        std::optional<QJsonObject> metadata;
        if (httpStatus < 200 || httpStatus > 299) {
            failure = u"%1 returned HTTP %2"_s.arg(shownUrl).arg(httpStatus);
        } else {
            // read() with a limit, because downloadProgress may not have fired for the last
            // bytes of a body that arrived in one piece.
            const QByteArray body = reply->read(maxBytes + 1);
            if (body.size() > maxBytes) {
                finish(job, Error{u"DISCOVERY_RESPONSE_TOO_LARGE"_s,
                                  u"The metadata at %1 is larger than %2 bytes"_s.arg(shownUrl).arg(maxBytes)});
                return;
            }
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject())
                failure = u"%1 did not return a JSON object"_s.arg(shownUrl);
            else
                metadata = document.object();
        }

        if (!metadata) {
            if (job->attempt + 1 < job->urls.size()) {
                qCInfo(lcDiscovery).noquote() << failure << "- trying RFC 8414 metadata";
                job->firstFailure = failure;
                ++job->attempt;
                fetch(job);
                return;
            }
            finish(job, Error{u"DISCOVERY_NOT_FOUND"_s,
                              u"No authorization server metadata found for %1: %2; %3"_s.arg(job->issuer, job->firstFailure,
                                                                                             failure)});
            return;
        }

        const MetadataKind kind = job->attempt == 0 ? MetadataKind::OpenIdConfiguration
                                                    : MetadataKind::OAuthAuthorizationServer;
        finish(job, providerFromMetadata(*metadata, kind, job->issuer, job->name, job->displayName));
    });
}

void ProviderDiscovery::finish(const std::shared_ptr<Job> &job, const Result<Provider> &result)
{
    if (result)
        qCInfo(lcDiscovery).noquote() << "Discovered provider" << job->name << "at" << job->issuer;
    else
        qCWarning(lcDiscovery).noquote() << "Discovery of" << job->issuer << "failed:" << result.error().code
                                         << result.error().message;

    const Callback callback = std::move(job->callback);
    job->callback = nullptr;
    if (callback)
        callback(result);
}
