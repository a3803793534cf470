#pragma once

#include "core/Result.h"
#include "oauth/Provider.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

// Builds a Provider from an authorization server's published metadata, so a user can add a
// provider by its issuer URL alone.
//
// discover() first fetches OpenID Connect Discovery 1.0 metadata
// (<issuer>/.well-known/openid-configuration). When that request gets an HTTP error status or
// a body that is not a JSON object, it fetches RFC 8414 metadata, whose URL inserts
// /.well-known/oauth-authorization-server between the host and the path of the issuer
// (RFC 8414 section 3.1). The metadata's issuer must equal the requested issuer exactly.
//
// Lives on the broker thread, where the callback runs. Every request has a transfer timeout
// and a response size limit, and follows redirects only within the same origin. The issuer
// must use https, except on a loopback host (127.0.0.0/8, [::1], localhost).
//
// Error codes: INVALID_ISSUER (before any request), DISCOVERY_TIMEOUT, DISCOVERY_UNREACHABLE,
// DISCOVERY_REDIRECT_REJECTED, DISCOVERY_RESPONSE_TOO_LARGE, DISCOVERY_NOT_FOUND (neither
// document exists), DISCOVERY_ISSUER_MISMATCH, DISCOVERY_INVALID_METADATA,
// DISCOVERY_UNSUPPORTED (no authorization code flow, or no usable client authentication), and
// INVALID_PROVIDER for an invalid name or display name.
class ProviderDiscovery : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const Result<Provider> &)>;

    // Which document the metadata came from, which decides the defaults for absent members.
    enum class MetadataKind { OpenIdConfiguration, OAuthAuthorizationServer };

    static constexpr int DefaultTimeoutMs = 15000;
    // Real metadata documents are a few kilobytes, so this leaves room for long scope and
    // claim lists while bounding what a hostile server can make the broker buffer.
    static constexpr qint64 DefaultMaxResponseBytes = 256 * 1024;

    explicit ProviderDiscovery(QObject *parent = nullptr);
    ~ProviderDiscovery() override;

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    void setMaxResponseBytes(qint64 maxBytes) { m_maxResponseBytes = maxBytes; }

    // Fetches the metadata of `issuer` and calls `callback` exactly once with a provider named
    // `name` and `displayName`, or with an error. The callback runs later on this object's
    // thread, never inside this call, and not at all if this object is destroyed first.
    void discover(const QString &issuer, const QString &name, const QString &displayName, Callback callback);

    // Returns the OpenID Connect URL first and the RFC 8414 URL second, or INVALID_ISSUER.
    static Result<QList<QUrl>> metadataUrls(const QString &issuer);

    // Builds a provider from a metadata document whose issuer must equal `issuer`.
    static Result<Provider> providerFromMetadata(const QJsonObject &metadata, MetadataKind kind,
                                                 const QString &issuer, const QString &name,
                                                 const QString &displayName);

    // The scopes requested by default, where the server lists them in scopes_supported.
    static QStringList defaultScopes();

private:
    struct Job;

    void fetch(const std::shared_ptr<Job> &job);
    void finish(const std::shared_ptr<Job> &job, const Result<Provider> &result);

    QNetworkAccessManager *m_network;
    int m_timeoutMs = DefaultTimeoutMs;
    qint64 m_maxResponseBytes = DefaultMaxResponseBytes;
};
