#include "AppSetup.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace AppSetup {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(u"SecureContext"_s);
    QCoreApplication::setOrganizationDomain(u"securecontext.dev"_s);
    QCoreApplication::setApplicationName(u"SecureContext"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SECURECONTEXT_VERSION));
}

void setUpLogging(bool verbose)
{
    qSetMessagePattern(u"%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-category}%{category} %{endif}%{type}: %{message}"_s);
    QLoggingCategory::setFilterRules(verbose ? u"securecontext.*.debug=true"_s
                                             : u"*.debug=false\nsecurecontext.*.info=true"_s);
}

void CommonOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(dataDir);
    parser.addOption(port);
    parser.addOption(verbose);
}

QString resolveBrokerOptions(const QCommandLineParser &parser, const CommonOptions &options, BrokerOptions &result)
{
    result.dataDir = parser.isSet(options.dataDir)
        ? QDir(parser.value(options.dataDir)).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (result.dataDir.isEmpty())
        return u"Cannot find a data directory; pass --data-dir"_s;

    const QSettings settings(QDir(result.dataDir).filePath(u"settings.ini"_s), QSettings::IniFormat);
    QString portText = settings.value(u"api/port"_s).toString();
    if (parser.isSet(options.port)) {
        portText = parser.value(options.port);
        if (portText.trimmed().isEmpty())
            return u"Invalid port \"\": expected a number from 0 to 65535"_s;
    }

    result.apiPort = BrokerOptions::DefaultApiPort;
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port > 65535)
            return u"Invalid port \"%1\": expected a number from 0 to 65535"_s.arg(portText);
        result.apiPort = quint16(port);
    }
    return {};
}

} // namespace AppSetup
