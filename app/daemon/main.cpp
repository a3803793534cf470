#include "AppSetup.h"
#include "Broker.h"
#include "BrokerThread.h"
#include "DaemonCommand.h"
#include "TerminationSignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

using namespace Qt::StringLiterals;

namespace {

// Reads the client secret from standard input, so it never appears in the process list
// or the shell history.
QString readSecretFromStdin()
{
    std::string line;
    std::getline(std::cin, line);
    return QString::fromStdString(line).trimmed();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppSetup::setApplicationNames();

    QCommandLineParser parser;
    parser.setApplicationDescription(u"SecureContext headless broker: serves OAuth access tokens to local agents "
                                     "over HTTP on 127.0.0.1."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const AppSetup::CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption connectOption(u"connect"_s,
                                           u"Connect an account at <provider>: print the authorization URL, wait for the "
                                           "browser's callback, print the new session id and exit."_s,
                                           u"provider"_s);
    const QCommandLineOption setClientOption(u"set-client"_s,
                                             u"Store the OAuth client of <provider>: the client id from --client-id, the "
                                             "client secret read from standard input (an empty line for a public client)."_s,
                                             u"provider"_s);
    const QCommandLineOption clientIdOption(u"client-id"_s, u"OAuth client id for --set-client."_s, u"id"_s);
    parser.addOption(connectOption);
    parser.addOption(setClientOption);
    parser.addOption(clientIdOption);
    parser.process(app);

    AppSetup::setUpLogging(parser.isSet(common.verbose));

    BrokerOptions options;
    const QString optionError = AppSetup::resolveBrokerOptions(parser, common, options);
    if (!optionError.isEmpty()) {
        QTextStream(stderr) << optionError << Qt::endl;
        return 2;
    }

    DaemonCommand::Kind kind = DaemonCommand::Kind::Serve;
    QString clientSecret;
    if (parser.isSet(connectOption) && parser.isSet(setClientOption)) {
        QTextStream(stderr) << "Use either --connect or --set-client, not both" << Qt::endl;
        return 2;
    }
    if (parser.isSet(connectOption))
        kind = DaemonCommand::Kind::Connect;
    if (parser.isSet(setClientOption)) {
        if (!parser.isSet(clientIdOption)) {
            QTextStream(stderr) << "--set-client needs --client-id" << Qt::endl;
            return 2;
        }
        kind = DaemonCommand::Kind::SetClient;
        clientSecret = readSecretFromStdin();
    }

    BrokerThread brokerThread(options);
    Broker *broker = brokerThread.broker();

    DaemonCommand command(kind, broker);
    command.setProvider(kind == DaemonCommand::Kind::Connect ? parser.value(connectOption) : parser.value(setClientOption));
    command.setClient(parser.value(clientIdOption), clientSecret);
    QObject::connect(&command, &DaemonCommand::finished, &app, [](int exitCode) { QCoreApplication::exit(exitCode); });

    TerminationSignals terminationSignals;
    QObject::connect(&terminationSignals, &TerminationSignals::terminationRequested, &app, [] { QCoreApplication::exit(0); });

    brokerThread.start();
    return app.exec();
}
