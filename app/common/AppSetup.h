#pragma once

#include "BrokerOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

// Start-up steps shared by securecontext and securecontextd: application names, logging,
// the common command-line options and where data and settings live.
namespace AppSetup {

void setApplicationNames();

// Sets the log format and the default level (info, or debug with `verbose`).
void setUpLogging(bool verbose);

struct CommonOptions
{
    QCommandLineOption dataDir{QStringList{QStringLiteral("data-dir")},
                               QStringLiteral("Directory for the database, settings and provider files."),
                               QStringLiteral("directory")};
    QCommandLineOption port{QStringList{QStringLiteral("port")},
                            QStringLiteral("Port of the local API on 127.0.0.1 (default %1; the setting api/port overrides the default).")
                                .arg(BrokerOptions::DefaultApiPort),
                            QStringLiteral("port")};
    QCommandLineOption verbose{QStringList{QStringLiteral("verbose")}, QStringLiteral("Log debug messages.")};

    void addTo(QCommandLineParser &parser) const;
};

// Resolves the broker options from the command line, the settings file in the data
// directory, and the defaults. Returns an error message for an invalid value.
QString resolveBrokerOptions(const QCommandLineParser &parser, const CommonOptions &options, BrokerOptions &result);

} // namespace AppSetup
