#include "oauth/TokenClient.h"

#include "oauth/TokenResponseParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTokenClient, "securecontext.oauth.tokenclient")

namespace {

// application/x-www-form-urlencoded as RFC 6749 appendix B requires. QUrlQuery leaves '+'
// and other reserved characters alone, which a token endpoint would read as spaces.
QByteArray formEncode(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QByteArray userAgent()
{
    return QByteArrayLiteral("SecureContext/" SECURECONTEXT_VERSION);
}

// Client authentication at the token and revocation endpoints (RFC 6749 section 2.3.1), as
// the provider's token_auth_method says. Returns the Authorization header value for
// client_secret_basic and adds the form fields of the other methods. A client without a
// secret is public and sends its client_id alone, whatever the method.
QByteArray addClientAuthentication(QList<std::pair<QString, QString>> &fields, const Provider &provider,
                                   const TokenClient::ClientCredentials &client)
{
    const bool hasSecret = !client.clientSecret.isEmpty();
    if (hasSecret && provider.tokenAuthMethod == TokenAuthMethod::ClientSecretBasic) {
        // Both parts are form-encoded before they are joined, as section 2.3.1 requires.
        const QByteArray credentials = QUrl::toPercentEncoding(client.clientId) + ':' + QUrl::toPercentEncoding(client.clientSecret);
        return "Basic " + credentials.toBase64();
    }

    fields.append({u"client_id"_s, client.clientId});
    if (hasSecret && provider.tokenAuthMethod == TokenAuthMethod::ClientSecretPost)
        fields.append({u"client_secret"_s, client.clientSecret});
    return {};
}

// The OAuth error code of a JSON error body, or an empty string.
QString oauthErrorOf(const QByteArray &body)
{
    const QJsonValue error = QJsonDocument::fromJson(body).object().value(u"error"_s);
    return error.isString() ? error.toString().left(64) : QString();
}

// An OAuth error sent with 5xx, 408 or 429 (such as 429 {"error":"rate_limit_exceeded"}) means
// the server is failing or busy, not that the request is wrong. So the status decides, and
// classify() gets TOKEN_ENDPOINT_HTTP_<status>. invalid_grant keeps its code, because the
// provider did judge the refresh token.
Error withServerStatus(const Error &error, int status)
{
    const bool serverSide = status >= 500 || status == 408 || status == 429;
    if (!serverSide || !error.code.startsWith(u"OAUTH_"_s) || error.code == u"OAUTH_INVALID_GRANT"_s)
        return error;
    return Error{u"TOKEN_ENDPOINT_HTTP_%1"_s.arg(status), error.message};
}

Error networkError(const QNetworkReply &reply, const QString &endpoint)
{
    const QString code = reply.error() == QNetworkReply::OperationCanceledError || reply.error() == QNetworkReply::TimeoutError
        ? u"TOKEN_ENDPOINT_TIMEOUT"_s
        : u"TOKEN_ENDPOINT_UNREACHABLE"_s;
    return Error{code, u"Request to "_s + endpoint + u" failed: "_s + reply.errorString()};
}

} // namespace

TokenClient::TokenClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Token endpoints must answer directly: following a redirect would resend the code or
    // refresh token to wherever the redirect points.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void TokenClient::exchangeCode(const Provider &provider, const ClientCredentials &client, const QString &code,
                               const QByteArray &codeVerifier, const QString &redirectUri, TokenCallback callback)
{
    QList<std::pair<QString, QString>> fields{
        {u"grant_type"_s, u"authorization_code"_s},
        {u"code"_s, code},
        {u"redirect_uri"_s, redirectUri},
    };
    if (!codeVerifier.isEmpty())
        fields.append({u"code_verifier"_s, QString::fromLatin1(codeVerifier)});

    qCInfo(lcTokenClient) << "Exchanging authorization code at" << provider.name;
    postTokenRequest(provider, client, fields, m_timeoutMs, std::move(callback));
}

void TokenClient::refresh(const Provider &provider, const ClientCredentials &client, const QString &refreshToken,
                          int timeoutMs, TokenCallback callback)
{
    const QList<std::pair<QString, QString>> fields{
        {u"grant_type"_s, u"refresh_token"_s},
        {u"refresh_token"_s, refreshToken},
    };

    qCInfo(lcTokenClient) << "Refreshing access token at" << provider.name;
    postTokenRequest(provider, client, fields, timeoutMs > 0 ? timeoutMs : m_timeoutMs, std::move(callback));
}

QNetworkReply *TokenClient::postForm(const QUrl &url, const QByteArray &body, const QByteArray &authorization, int timeoutMs)
{
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    // Without this header GitHub returns a form-encoded body.
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("User-Agent"), userAgent());
    request.setTransferTimeout(timeoutMs);

    // NOTE: QNetworkAccessManager (Qt 6.4) sends a request once more on its own when the
    // connection closes before any response, POST included, so one attempt may reach the
    // server twice. That is the same as the caller's own retry after a reset. With refresh
    // token rotation, both lose the grant if the server had processed the first request.
    QNetworkReply *reply = m_network->post(request, body);
    // The transfer timeout only counts silence, so an endpoint that trickles bytes could hold
    // the request for ever; this deadline bounds the whole request.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, &QNetworkReply::abort);
    deadline->start(timeoutMs);
    return reply;
}

void TokenClient::postTokenRequest(const Provider &provider, const ClientCredentials &client,
                                   QList<std::pair<QString, QString>> fields, int timeoutMs, TokenCallback callback)
{
    const QByteArray authorization = addClientAuthentication(fields, provider, client);

    QNetworkReply *reply = postForm(provider.tokenUrl, formEncode(fields), authorization, timeoutMs);
    const QString endpoint = provider.tokenUrl.toString(QUrl::RemoveQuery);
    const TokenResponseFormat format = provider.tokenResponseFormat;
    connect(reply, &QNetworkReply::finished, this, [reply, endpoint, format, callback = std::move(callback)] {
        reply->deleteLater();

        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            const Error error = networkError(*reply, endpoint);
            qCWarning(lcTokenClient) << "Token request failed:" << error.code << reply->errorString();
            callback(error);
            return;
        }

        const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        Result<TokenResponse> parsed = TokenResponseParser::parse(status.toInt(), contentType, reply->readAll(), format);
        if (!parsed) {
            qCWarning(lcTokenClient) << "Token endpoint returned an error:" << parsed.error().code << "HTTP" << status.toInt();
            callback(withServerStatus(parsed.error(), status.toInt()));
            return;
        }
        callback(parsed);
    });
}

void TokenClient::revoke(const Provider &provider, const ClientCredentials &client, const QString &token,
                         const QString &tokenTypeHint, DoneCallback callback)
{
    if (provider.revocationUrl.isEmpty()) {
        callback(Error{u"REVOCATION_NOT_SUPPORTED"_s,
                       u"%1 has no token revocation endpoint; its tokens stay valid at the provider until they expire "
                       "or the user removes the app's access in the provider's account settings"_s.arg(provider.displayName)});
        return;
    }

    QList<std::pair<QString, QString>> fields{{u"token"_s, token}, {u"token_type_hint"_s, tokenTypeHint}};
    const QByteArray authorization = addClientAuthentication(fields, provider, client);

    qCInfo(lcTokenClient).noquote() << "Revoking the" << tokenTypeHint << "at" << provider.name;
    QNetworkReply *reply = postForm(provider.revocationUrl, formEncode(fields), authorization, m_timeoutMs);
    const QString endpoint = provider.revocationUrl.toString(QUrl::RemoveQuery);
    connect(reply, &QNetworkReply::finished, this, [reply, endpoint, tokenTypeHint, callback = std::move(callback)] {
        reply->deleteLater();

        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            const Error error = networkError(*reply, endpoint);
            qCWarning(lcTokenClient) << "Revocation request failed:" << error.code << reply->errorString();
            callback(Error{u"REVOCATION_FAILED"_s,
                           u"Revoking the %1 at %2 failed: %3"_s.arg(tokenTypeHint, endpoint, reply->errorString())});
            return;
        }

        // RFC 7009 section 2.2: 200 means revoked, including tokens that were already invalid.
        if (status.toInt() == 200) {
            callback(Result<void>());
            return;
        }
        const QString oauthError = oauthErrorOf(reply->readAll());
        qCWarning(lcTokenClient).noquote() << "Revocation endpoint responded with HTTP" << status.toInt() << oauthError;
        callback(Error{u"REVOCATION_FAILED"_s,
                       u"Revoking the %1 at %2 failed with HTTP %3%4"_s.arg(tokenTypeHint, endpoint)
                           .arg(status.toInt())
                           .arg(oauthError.isEmpty() ? QString() : u" ("_s + oauthError + u")"_s)});
    });
}

TokenClient::FailureKind TokenClient::classify(const Error &error)
{
    const QString &code = error.code;
    if (code == u"OAUTH_INVALID_GRANT"_s)
        return FailureKind::InvalidGrant;

    // RFC 6749 defines these two for the authorization endpoint, and providers (Microsoft
    // among them) send them from the token endpoint during outages too.
    if (code == u"OAUTH_TEMPORARILY_UNAVAILABLE"_s || code == u"OAUTH_SERVER_ERROR"_s || code == u"OAUTH_SLOW_DOWN"_s)
        return FailureKind::Transient;
    if (code.startsWith(u"OAUTH_"_s))
        return FailureKind::Rejected;

    const QString httpPrefix = u"TOKEN_ENDPOINT_HTTP_"_s;
    if (code.startsWith(httpPrefix)) {
        const int status = code.mid(httpPrefix.size()).toInt();
        const bool transient = status >= 500 || status == 408 || status == 429;
        return transient ? FailureKind::Transient : FailureKind::Rejected;
    }

    // Timeouts, resets, unparseable bodies and codes this list does not know count as
    // transient, because a wrong "transient" costs only a retry.
    return FailureKind::Transient;
}

void TokenClient::fetchUserInfo(const Provider &provider, const QString &accessToken, JsonCallback callback)
{
    QNetworkRequest request(provider.userinfoUrl);
    request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + accessToken.toUtf8());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("User-Agent"), userAgent());
    request.setTransferTimeout(m_timeoutMs);

    QNetworkReply *reply = m_network->get(request);
    const QString endpoint = provider.userinfoUrl.toString(QUrl::RemoveQuery);
    connect(reply, &QNetworkReply::finished, this, [reply, endpoint, callback = std::move(callback)] {
        reply->deleteLater();

        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status < 200 || status > 299) {
            callback(Error{u"USERINFO_FAILED"_s,
                           u"The userinfo endpoint %1 answered HTTP %2: %3"_s.arg(endpoint).arg(status).arg(reply->errorString())});
            return;
        }

        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &parseError);
        if (!document.isObject()) {
            callback(Error{u"USERINFO_FAILED"_s, u"The userinfo endpoint %1 did not return a JSON object"_s.arg(endpoint)});
            return;
        }
        callback(document.object());
    });
}
