#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// The oidc-provider test server from tests/oidc, run as a child process on 127.0.0.1.
class OidcServer
{
public:
    struct Options
    {
        // With rotation, each refresh returns a new refresh token, and presenting a used one
        // gives invalid_grant and revokes the whole grant.
        bool rotateRefreshTokens = false;
        // Lifetime of access tokens in seconds; 0 keeps the server's default (3600).
        int accessTokenTtlSeconds = 0;
        // Redirect URIs registered besides the one passed to start().
        QStringList extraRedirectUris;
        // Accept a loopback redirect URI that differs from a registered one only in the port
        // (RFC 8252 section 7.3), as Google and Entra do for desktop clients.
        bool loopbackAnyPort = false;
    };

    ~OidcServer();

    // Starts the server and waits for its READY line. Returns an error message or an empty string.
    QString start(quint16 port, const QString &clientId, const QString &clientSecret, const QString &redirectUri);
    QString start(quint16 port, const QString &clientId, const QString &clientSecret, const QString &redirectUri,
                  const Options &options);
    void stop();

    QString issuer() const { return m_issuer; }
    // Counts the GRANT lines the server printed for `grantType` so far.
    int grantCount(const QString &grantType);
    // Counts the GRANT_ERROR lines for `grantType` so far, with any error code.
    int grantErrorCount(const QString &grantType);

    // Drives the authorization URL through the server's login and consent pages like a
    // browser and requests the broker's callback. Returns authorize.mjs's JSON line.
    static QByteArray authorize(const QString &authorizationUrl, const QStringList &extraArguments, QString *error);

private:
    void readOutput();

    QProcess m_process;
    QString m_issuer;
    QByteArray m_output;
};
