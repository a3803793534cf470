#pragma once

#include <QString>

// Start-up settings of a broker instance, resolved by the executables from the command
// line and the settings file.
struct BrokerOptions
{
    static constexpr quint16 DefaultApiPort = 26914;

    QString dataDir;                   // database, settings and user provider files
    quint16 apiPort = DefaultApiPort;  // 0 picks a free port
    QString socketPath;                // local socket of the API; empty = none
    QString keychainService = QStringLiteral("SecureContext");
};
