#include "connections/ProviderDirectory.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

void ProviderDirectory::load(const QString &userProviderDir, const QHash<QString, QString> &clientIds, quint16 apiPort)
{
    m_catalog = ProviderCatalog::load(userProviderDir);
    m_clientIds = clientIds;
    m_apiPort = apiPort;
}

std::optional<Provider> ProviderDirectory::find(const QString &name) const
{
    std::optional<Provider> provider = m_catalog.find(name);
    if (!provider)
        return std::nullopt;

    // A client id set in the app wins over one that ships in a provider file.
    const QString clientId = m_clientIds.value(name);
    if (!clientId.isEmpty())
        provider->clientId = clientId;
    return provider;
}

void ProviderDirectory::setClientId(const QString &provider, const QString &clientId)
{
    m_clientIds.insert(provider, clientId);
}

namespace {

QString redirectHostName(const std::optional<Provider> &provider)
{
    const bool localhost = provider && provider->redirectHost == RedirectHost::Localhost;
    return localhost ? u"localhost"_s : u"127.0.0.1"_s;
}

} // namespace

QString ProviderDirectory::redirectUri(const QString &provider, quint16 port) const
{
    const quint16 listenPort = port != 0 ? port : m_apiPort;
    return u"http://%1:%2/oauth/%3/callback"_s.arg(redirectHostName(m_catalog.find(provider))).arg(listenPort).arg(provider);
}

QString ProviderDirectory::registrationRedirectUri(const QString &provider) const
{
    const std::optional<Provider> entry = m_catalog.find(provider);
    if (entry && entry->redirectPortPolicy == RedirectPortPolicy::Any)
        return u"http://%1/oauth/%2/callback"_s.arg(redirectHostName(entry), provider);
    return redirectUri(provider);
}

QList<ProviderSummary> ProviderDirectory::summaries() const
{
    QList<ProviderSummary> result;
    for (const Provider &catalogEntry : m_catalog.providers()) {
        const Provider provider = *find(catalogEntry.name);
        ProviderSummary summary;
        summary.name = provider.name;
        summary.displayName = provider.displayName;
        summary.clientId = provider.clientId;
        summary.redirectUri = registrationRedirectUri(provider.name);
        summary.scopes = provider.scopes;
        summary.userFile = provider.source == ProviderSource::UserFile;
        result.append(summary);
    }
    return result;
}

QJsonArray ProviderDirectory::toApiJson() const
{
    QJsonArray providers;
    for (const Provider &catalogEntry : m_catalog.providers()) {
        const Provider provider = *find(catalogEntry.name);
        providers.append(QJsonObject{
            {u"name"_s, provider.name},
            {u"display_name"_s, provider.displayName},
            {u"type"_s, u"oauth2"_s},
            {u"scopes"_s, QJsonArray::fromStringList(provider.scopes)},
            {u"supports_refresh"_s, provider.supportsRefresh},
            {u"supports_user_info"_s, !provider.userinfoUrl.isEmpty()},
            {u"authorization_url"_s, provider.authorizationUrl.toString()},
            {u"configured"_s, !provider.clientId.isEmpty()},
            {u"redirect_uri"_s, registrationRedirectUri(provider.name)},
        });
    }
    return providers;
}

QString ProviderDirectory::clientSecretKey(const QString &provider)
{
    return u"provider/"_s + provider + u"/client_secret"_s;
}
