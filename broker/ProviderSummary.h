#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

// A provider as the user interface shows it: a copy made on the broker thread, safe to pass
// to the GUI thread. Holds no secret.
struct ProviderSummary
{
    QString name;
    QString displayName;
    QString clientId;
    QString redirectUri;
    QStringList scopes;
    bool userFile = false;

    // True when a client id is set, so a connection can be started.
    bool isConfigured() const { return !clientId.isEmpty(); }
};

Q_DECLARE_METATYPE(ProviderSummary)
