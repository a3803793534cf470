#include "oauth/TokenClient.h"

#include "oauth/TokenResponseParser.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

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
    postTokenRequest(provider, client, fields, std::move(callback));
}

void TokenClient::refresh(const Provider &provider, const ClientCredentials &client, const QString &refreshToken,
                          TokenCallback callback)
{
    const QList<std::pair<QString, QString>> fields{
        {u"grant_type"_s, u"refresh_token"_s},
        {u"refresh_token"_s, refreshToken},
    };

    qCInfo(lcTokenClient) << "Refreshing access token at" << provider.name;
    postTokenRequest(provider, client, fields, std::move(callback));
}

void TokenClient::postTokenRequest(const Provider &provider, const ClientCredentials &client,
                                   QList<std::pair<QString, QString>> fields, TokenCallback callback)
{
    // client_secret_post (RFC 6749 section 2.3.1) works at every preset provider; a public
    // client sends its client_id alone.
    fields.append({u"client_id"_s, client.clientId});
    if (!client.clientSecret.isEmpty())
        fields.append({u"client_secret"_s, client.clientSecret});

    QNetworkRequest request(provider.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    // Without this GitHub answers form-encoded.
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("User-Agent"), userAgent());
    request.setTransferTimeout(m_timeoutMs);

    QNetworkReply *reply = m_network->post(request, formEncode(fields));
    const QString endpoint = provider.tokenUrl.toString(QUrl::RemoveQuery);
    connect(reply, &QNetworkReply::finished, this, [reply, endpoint, callback = std::move(callback)] {
        reply->deleteLater();

        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            const Error error = networkError(*reply, endpoint);
            qCWarning(lcTokenClient) << "Token request failed:" << error.code << reply->errorString();
            callback(error);
            return;
        }

        const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        Result<TokenResponse> parsed = TokenResponseParser::parse(status.toInt(), contentType, reply->readAll());
        if (!parsed)
            qCWarning(lcTokenClient) << "Token endpoint returned an error:" << parsed.error().code << "HTTP" << status.toInt();
        callback(parsed);
    });
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
