#pragma once

#include "OidcServer.h"

#include "connections/RefreshPolicy.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

class Broker;
class BrokerThread;

// A real broker on a thread of its own with a fresh data directory, and the OpenID Connect
// test server (oidc-provider) it connects to. Tests drive the broker in-process the way the
// GUI does, with queued calls in and signals out.
class BrokerFixture
{
public:
    struct HttpResult
    {
        int status = 0;
        QJsonObject json;
        QByteArray body;
        QByteArray retryAfter;
    };

    static inline const QString ProviderName = QStringLiteral("localoidc");
    static inline const QString ClientId = QStringLiteral("securecontext-connections");

    BrokerFixture();
    ~BrokerFixture();

    // Called with the new broker before it starts, for example to create a window that must
    // see the broker's started() signal.
    void setBeforeStart(std::function<void(Broker *)> beforeStart) { m_beforeStart = std::move(beforeStart); }

    // Starts the OIDC server and the broker and stores the OAuth client. Besides
    // `localoidc`, which has the server's revocation endpoint, it writes the provider
    // `norevoke` (no revocation_url) and `deadrevoke` (a revocation_url where nothing listens).
    // Returns an error message or an empty string.
    QString start(const OidcServer::Options &serverOptions, const RefreshPolicy &policy);
    void stopBroker();
    // Starts the broker again on the same data directory and port.
    QString restartBroker(const RefreshPolicy &policy);

    // Signs in as `login` through the broker's flow and the server's login and consent pages.
    // `editUrl` may change the authorization URL first, as a user could in the browser.
    // Returns the new session id, or an empty string and sets `error`.
    QString connectAccount(const QString &provider, const QString &login, QString *error,
                           const std::function<QUrl(const QUrl &)> &editUrl = {});

    Broker *broker() const;
    OidcServer &oidc() { return m_oidc; }
    QString dataDir() const { return m_dataDir.path(); }
    quint16 apiPort() const { return m_apiPort; }
    QString clientSecret() const { return m_clientSecret; }
    QUrl apiUrl(const QString &path) const;

    // The connection ids stored in the database.
    QStringList storedConnectionIds() const;
    static QString readKeychain(const QString &key, bool *found = nullptr);

    static quint16 freeLoopbackPort();
    static HttpResult get(const QUrl &url, const QByteArray &bearerToken = {});
    static HttpResult postForm(const QUrl &url, const QList<std::pair<QString, QString>> &fields);
    static HttpResult postJson(const QUrl &url, const QJsonObject &body, const QByteArray &bearerToken = {});
    // Sends a refresh_token grant straight to the server, as a check of a refresh token.
    HttpResult refreshAtServer(const QString &refreshToken);

private:
    QString writeProviderFiles();
    QString startBroker(const RefreshPolicy &policy);

    QTemporaryDir m_dataDir;
    OidcServer m_oidc;
    QString m_clientSecret;
    quint16 m_apiPort = 0;
    std::unique_ptr<BrokerThread> m_brokerThread;
    std::function<void(Broker *)> m_beforeStart;
};
