#include "AppSetup.h"
#include "BrokerThread.h"
#include "MainWindow.h"
#include "SingleInstance.h"
#include "TranslationLoader.h"
#include "TrayIcon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppSetup::setApplicationNames();
    QApplication::setApplicationDisplayName(u"SecureContext"_s);
    // With a tray icon the program keeps running when its window closes.
    QApplication::setQuitOnLastWindowClosed(!TrayIcon::isAvailable());

    QCommandLineParser parser;
    parser.setApplicationDescription(u"SecureContext: connect your accounts once and give local AI agents "
                                     "short-lived access to them."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const AppSetup::CommonOptions common;
    common.addTo(parser);
    parser.process(app);

    BrokerOptions options;
    const QString optionError = AppSetup::resolveBrokerOptions(parser, common, options);
    const QString settingsPath = QDir(options.dataDir).filePath(u"settings.ini"_s);
    const QSettings settings(settingsPath, QSettings::IniFormat);

    const QString logLevel = settings.value(u"log/level"_s, u"info"_s).toString();
    AppSetup::setUpLogging(parser.isSet(common.verbose) || logLevel == u"debug"_s);
    if (logLevel == u"warning"_s && !parser.isSet(common.verbose))
        QLoggingCategory::setFilterRules(u"*.debug=false\nsecurecontext.*.info=false"_s);

    // Qt's own strings (standard buttons, context menus) come from Qt's qtbase catalogue
    // where the system has it installed.
    const QLocale locale = TranslationLoader::localeFor(settings.value(u"ui/language"_s).toString());
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (TranslationLoader::load(translator, locale))
        QApplication::installTranslator(&translator);

    if (!optionError.isEmpty()) {
        QMessageBox::critical(nullptr, QObject::tr("SecureContext"), optionError);
        return 2;
    }

    // One window per user and data directory: a second start shows the first one.
    SingleInstance instance(options.dataDir);
    if (instance.activateRunningInstance())
        return 0;

    BrokerThread brokerThread(options);
    MainWindow window(brokerThread.broker(), settingsPath, options.dataDir);
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, &MainWindow::bringToFront);
    const bool startMinimized = settings.value(u"ui/startMinimized"_s, false).toBool() && TrayIcon::isAvailable();
    if (!startMinimized)
        window.show();

    brokerThread.start();
    return app.exec();
}
