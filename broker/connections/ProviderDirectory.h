#pragma once

#include "ProviderSummary.h"
#include "oauth/Provider.h"
#include "oauth/ProviderCatalog.h"

#include <QHash>
#include <QJsonArray>
#include <QList>

#include <optional>

// The providers the broker can connect to: the catalog of presets and user files, with the
// client ids the user set in the app applied on top. Broker thread only.
class ProviderDirectory
{
public:
    void load(const QString &userProviderDir, const QHash<QString, QString> &clientIds, quint16 apiPort);

    // Returns the provider with its effective client id, or nullopt if unknown.
    std::optional<Provider> find(const QString &name) const;
    QList<Error> loadErrors() const { return m_catalog.loadErrors(); }

    void setClientId(const QString &provider, const QString &clientId);
    void setApiPort(quint16 port) { m_apiPort = port; }
    quint16 apiPort() const { return m_apiPort; }

    // The redirect URI of a flow that listens on `port`: http://<redirect_host>:<port>/oauth/<provider>/callback,
    // where redirect_host is 127.0.0.1 or localhost as the provider says. Port 0 means the API port.
    QString redirectUri(const QString &provider, quint16 port = 0) const;

    // The redirect URI to register at the provider. Providers whose redirect_port_policy is "any"
    // ignore the port of loopback redirect URIs, so theirs has no port.
    QString registrationRedirectUri(const QString &provider) const;

    QList<ProviderSummary> summaries() const;
    // The `providers` array of GET /api/providers.
    QJsonArray toApiJson() const;

    static QString clientSecretKey(const QString &provider);

private:
    ProviderCatalog m_catalog;
    QHash<QString, QString> m_clientIds;
    quint16 m_apiPort = 0;
};
