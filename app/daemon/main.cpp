#include "AppSetup.h"
#include "Broker.h"
#include "api/LocalSocketListener.h"
#include "BrokerThread.h"
#include "DaemonCommand.h"
#include "TerminationSignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSettings>
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

// Resolves the local socket of the API: --no-socket, then --socket, then the setting
// api/socket, then the default path. Returns an error message or an empty string.
QString resolveSocketPath(const QCommandLineParser &parser, const QCommandLineOption &socketOption,
                          const QCommandLineOption &noSocketOption, BrokerOptions &options)
{
    if (parser.isSet(noSocketOption)) {
        if (parser.isSet(socketOption))
            return u"Use either --socket or --no-socket, not both"_s;
        options.socketPath.clear();
        return {};
    }
    if (parser.isSet(socketOption)) {
        options.socketPath = parser.value(socketOption).trimmed();
        if (options.socketPath.isEmpty())
            return u"Invalid --socket \"\": expected a path, or --no-socket to serve TCP only"_s;
        return {};
    }

    const QSettings settings(QDir(options.dataDir).filePath(u"settings.ini"_s), QSettings::IniFormat);
    const QString configured = settings.value(u"api/socket"_s).toString().trimmed();
    if (configured == u"off"_s)
        options.socketPath.clear();
    else
        options.socketPath = configured.isEmpty() ? LocalSocketListener::defaultPath(options.dataDir) : configured;
    return {};
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
    const QCommandLineOption disconnectOption(u"disconnect"_s,
                                              u"Disconnect the connection <connection id> (listed by GET /api/health): revoke "
                                              "its tokens at the provider, delete them and its session ids from the keychain, "
                                              "delete its metadata and exit."_s,
                                              u"connection id"_s);
    const QCommandLineOption addProviderOption(u"add-provider"_s,
                                               u"Add a provider from the OpenID Connect or RFC 8414 metadata of <issuer> "
                                               "(an https URL, or http on a loopback host), named by --name, and exit."_s,
                                               u"issuer"_s);
    const QCommandLineOption nameOption(u"name"_s,
                                        u"Name of the provider for --add-provider: lower-case letters, digits, '-' and '_'."_s,
                                        u"name"_s);
    const QCommandLineOption displayNameOption(u"display-name"_s, u"Name shown to people, for --add-provider."_s,
                                               u"text"_s);
    const QCommandLineOption importScpOption(u"import-scp"_s,
                                             u"Import the providers.json of the SecureContext Protocol reference service: "
                                             "client ids to the database, client secrets (and env:NAME values) to the "
                                             "keychain, other providers as provider files; then exit."_s,
                                             u"file"_s);
    const QCommandLineOption socketOption(u"socket"_s,
                                          u"Also serve the API on the local socket <path>, which only this user can open "
                                          "(default $XDG_RUNTIME_DIR/securecontext/api.sock, or api.sock in the data "
                                          "directory; the setting api/socket overrides the default, \"off\" disables it)."_s,
                                          u"path"_s);
    const QCommandLineOption noSocketOption(u"no-socket"_s, u"Serve the API on TCP only, without a local socket."_s);
    parser.addOption(socketOption);
    parser.addOption(noSocketOption);
    parser.addOption(addProviderOption);
    parser.addOption(nameOption);
    parser.addOption(displayNameOption);
    parser.addOption(importScpOption);
    parser.addOption(connectOption);
    parser.addOption(setClientOption);
    parser.addOption(clientIdOption);
    parser.addOption(disconnectOption);
    const DaemonCommand::AgentOptions agentOptions;
    agentOptions.addTo(parser);
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
    const int commandCount = int(parser.isSet(connectOption)) + int(parser.isSet(setClientOption))
        + int(parser.isSet(disconnectOption)) + int(parser.isSet(addProviderOption)) + int(parser.isSet(importScpOption));
    if (commandCount + agentOptions.countSet(parser) > 1) {
        QTextStream(stderr) << "Use only one of --connect, --set-client, --disconnect, --add-provider, --import-scp, "
                               "--approve, --deny, --agents and --revoke-agent"
                            << Qt::endl;
        return 2;
    }
    if (agentOptions.countSet(parser) > 0 || parser.isSet(agentOptions.always))
        return DaemonCommand::runAgentCommand(parser, agentOptions, options.dataDir);
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
    if (parser.isSet(disconnectOption)) {
        kind = DaemonCommand::Kind::Disconnect;
        // Any free port: the command needs no callback, and a serving securecontextd may
        // hold the configured one.
        options.apiPort = 0;
    }

    if (parser.isSet(addProviderOption)) {
        if (!parser.isSet(nameOption)) {
            QTextStream(stderr) << "--add-provider needs --name" << Qt::endl;
            return 2;
        }
        kind = DaemonCommand::Kind::AddProvider;
    }
    if (parser.isSet(importScpOption))
        kind = DaemonCommand::Kind::ImportScp;
    // These commands need no callback, and a serving securecontextd may hold the configured port.
    if (kind == DaemonCommand::Kind::AddProvider || kind == DaemonCommand::Kind::ImportScp)
        options.apiPort = 0;

    // Only the serving broker opens the local socket; the one-shot commands would find it
    // taken by a broker that runs already.
    if (kind == DaemonCommand::Kind::Serve) {
        if (const QString socketError = resolveSocketPath(parser, socketOption, noSocketOption, options);
            !socketError.isEmpty()) {
            QTextStream(stderr) << socketError << Qt::endl;
            return 2;
        }
    }

    BrokerThread brokerThread(options);
    Broker *broker = brokerThread.broker();

    DaemonCommand command(kind, broker);
    command.setProvider(kind == DaemonCommand::Kind::Connect ? parser.value(connectOption) : parser.value(setClientOption));
    command.setClient(parser.value(clientIdOption), clientSecret);
    command.setConnectionId(parser.value(disconnectOption).trimmed());
    if (kind == DaemonCommand::Kind::AddProvider) {
        command.setProvider(parser.value(nameOption));
        const QString displayName = parser.value(displayNameOption);
        command.setSource(parser.value(addProviderOption), displayName.isEmpty() ? parser.value(nameOption) : displayName);
    }
    if (kind == DaemonCommand::Kind::ImportScp)
        command.setSource(parser.value(importScpOption));
    QObject::connect(&command, &DaemonCommand::finished, &app, [](int exitCode) { QCoreApplication::exit(exitCode); });

    TerminationSignals terminationSignals;
    QObject::connect(&terminationSignals, &TerminationSignals::terminationRequested, &app, [] { QCoreApplication::exit(0); });

    brokerThread.start();
    return app.exec();
}
