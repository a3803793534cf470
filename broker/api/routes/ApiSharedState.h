#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QReadWriteLock>

// State that route handlers on API worker threads read and the broker thread writes:
// the provider list and the health of each component. Thread-safe.
class ApiSharedState
{
public:
    void setProviders(const QJsonArray &providers);
    QJsonArray providers() const;
    // Returns the provider's entry of GET /api/providers, or an empty object.
    QJsonObject provider(const QString &name) const;

    void setComponentHealth(const QString &component, const QString &status);
    QJsonObject componentHealth() const;

private:
    mutable QReadWriteLock m_lock;
    QJsonArray m_providers;
    QHash<QString, QJsonObject> m_providersByName;
    QJsonObject m_components;
};
