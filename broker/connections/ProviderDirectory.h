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
    QString redirectUri(const QString &provider) const;

    QList<ProviderSummary> summaries() const;
    // The `providers` array of GET /api/providers.
    QJsonArray toApiJson() const;

    static QString clientSecretKey(const QString &provider);

private:
    ProviderCatalog m_catalog;
    QHash<QString, QString> m_clientIds;
    quint16 m_apiPort = 0;
};
