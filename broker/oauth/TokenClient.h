#pragma once

#include "core/Result.h"
#include "oauth/Provider.h"
#include "oauth/TokenResponse.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// The broker's requests to a provider's token, revocation and userinfo endpoints over
// QNetworkAccessManager. Lives on the broker thread; callbacks run there. Every request ends
// in exactly one callback, at the latest when its timeout aborts it.
class TokenClient : public QObject
{
    Q_OBJECT

public:
    using TokenCallback = std::function<void(const Result<TokenResponse> &)>;
    using JsonCallback = std::function<void(const Result<QJsonObject> &)>;
    using DoneCallback = std::function<void(const Result<void> &)>;

    // What a failed token request means for the refresh token that was sent.
    enum class FailureKind {
        // The endpoint could not be reached or answered with something other than a decision
        // (5xx, 408, 429, timeout, reset, an unparseable body, temporarily_unavailable): the
        // refresh token is still good and the request may be repeated.
        Transient,
        // invalid_grant: the provider no longer accepts this refresh token.
        InvalidGrant,
        // Any other OAuth error or 4xx (invalid_client, invalid_scope, ...): repeating the same
        // request gets the same answer, but the refresh token itself was not judged.
        Rejected,
    };

    struct ClientCredentials
    {
        QString clientId;
        QString clientSecret; // empty for public clients
    };

    explicit TokenClient(QObject *parent = nullptr);

    void exchangeCode(const Provider &provider, const ClientCredentials &client, const QString &code,
                      const QByteArray &codeVerifier, const QString &redirectUri, TokenCallback callback);
    // Sends a refresh_token grant. `timeoutMs` bounds the whole request; 0 uses timeoutMs().
    void refresh(const Provider &provider, const ClientCredentials &client, const QString &refreshToken,
                 int timeoutMs, TokenCallback callback);
    // Revokes a token at the provider's revocation endpoint (RFC 7009). `tokenTypeHint` is
    // "refresh_token" or "access_token". Fails with REVOCATION_NOT_SUPPORTED when the provider
    // has no revocation_url, and with REVOCATION_FAILED when the endpoint does not answer 200.
    void revoke(const Provider &provider, const ClientCredentials &client, const QString &token,
                const QString &tokenTypeHint, DoneCallback callback);
    void fetchUserInfo(const Provider &provider, const QString &accessToken, JsonCallback callback);

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    int timeoutMs() const { return m_timeoutMs; }

    // Classifies an error of exchangeCode() or refresh().
    static FailureKind classify(const Error &error);

private:
    void postTokenRequest(const Provider &provider, const ClientCredentials &client,
                          QList<std::pair<QString, QString>> fields, int timeoutMs, TokenCallback callback);
    QNetworkReply *postForm(const QUrl &url, const QByteArray &body, const QByteArray &authorization, int timeoutMs);

    QNetworkAccessManager *m_network;
    int m_timeoutMs = 30000;
};
