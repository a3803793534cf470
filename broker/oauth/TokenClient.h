#pragma once

#include "core/Result.h"
#include "oauth/Provider.h"
#include "oauth/TokenResponse.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// The broker's requests to a provider's token and userinfo endpoints over
// QNetworkAccessManager. Lives on the broker thread; callbacks run there. Every request ends
// in exactly one callback within the transfer timeout.
class TokenClient : public QObject
{
    Q_OBJECT

public:
    using TokenCallback = std::function<void(const Result<TokenResponse> &)>;
    using JsonCallback = std::function<void(const Result<QJsonObject> &)>;

    struct ClientCredentials
    {
        QString clientId;
        QString clientSecret; // empty for public clients
    };

    explicit TokenClient(QObject *parent = nullptr);

    void exchangeCode(const Provider &provider, const ClientCredentials &client, const QString &code,
                      const QByteArray &codeVerifier, const QString &redirectUri, TokenCallback callback);
    void refresh(const Provider &provider, const ClientCredentials &client, const QString &refreshToken,
                 TokenCallback callback);
    void fetchUserInfo(const Provider &provider, const QString &accessToken, JsonCallback callback);

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

private:
    void postTokenRequest(const Provider &provider, const ClientCredentials &client,
                          QList<std::pair<QString, QString>> fields, TokenCallback callback);

    QNetworkAccessManager *m_network;
    int m_timeoutMs = 30000;
};
