#include "api/routes/ApiSharedState.h"

using namespace Qt::StringLiterals;

void ApiSharedState::setProviders(const QJsonArray &providers)
{
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &provider : providers)
        byName.insert(provider[u"name"_s].toString(), provider.toObject());

    QWriteLocker locker(&m_lock);
    m_providers = providers;
    m_providersByName = byName;
}

QJsonArray ApiSharedState::providers() const
{
    QReadLocker locker(&m_lock);
    return m_providers;
}

QJsonObject ApiSharedState::provider(const QString &name) const
{
    QReadLocker locker(&m_lock);
    return m_providersByName.value(name);
}

void ApiSharedState::setComponentHealth(const QString &component, const QString &status)
{
    QWriteLocker locker(&m_lock);
    m_components.insert(component, status);
}

QJsonObject ApiSharedState::componentHealth() const
{
    QReadLocker locker(&m_lock);
    return m_components;
}
