#include "AppSetup.h"
#include "BrokerThread.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppSetup::setApplicationNames();
    QApplication::setApplicationDisplayName(u"SecureContext"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"SecureContext: connect your accounts once and give local AI agents "
                                     "short-lived access to them."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const AppSetup::CommonOptions common;
    common.addTo(parser);
    parser.process(app);

    AppSetup::setUpLogging(parser.isSet(common.verbose));

    QTranslator translator;
    if (translator.load(QLocale(), u"securecontext"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    BrokerOptions options;
    const QString optionError = AppSetup::resolveBrokerOptions(parser, common, options);
    if (!optionError.isEmpty()) {
        QMessageBox::critical(nullptr, QObject::tr("SecureContext"), optionError);
        return 2;
    }

    BrokerThread brokerThread(options);
    MainWindow window(brokerThread.broker());
    window.show();

    brokerThread.start();
    return app.exec();
}
