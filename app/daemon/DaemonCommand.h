#pragma once

#include "ConnectionSummary.h"
#include "ProviderSummary.h"
#include "core/Error.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QObject>
#include <QTextStream>

class Broker;

// The command of one securecontextd run, carried out once the broker has started: serve the
// API until stopped, connect one account, store a provider's OAuth client, or disconnect a
// connection. Runs on the main thread and talks to the broker through queued calls and its
// signals.
class DaemonCommand : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Serve, Connect, SetClient, Disconnect, AddProvider, ImportScp };

    DaemonCommand(Kind kind, Broker *broker, QObject *parent = nullptr);

    void setProvider(const QString &provider) { m_provider = provider; }
    void setClient(const QString &clientId, const QString &clientSecret);
    void setConnectionId(const QString &connectionId) { m_connectionId = connectionId; }
    // The issuer URL for AddProvider, or the providers.json path for ImportScp.
    void setSource(const QString &source, const QString &displayName = QString());

    // The agent commands: --approve, --deny, --agents and --revoke-agent. They work on the
    // database alone, without starting a broker, so they run while another securecontextd or
    // the SecureContext window serves on the same data directory. That broker reads the
    // decision when the agent polls, and drops a revoked key within a few seconds.
    struct AgentOptions
    {
        QCommandLineOption approve{QStringList{QStringLiteral("approve")},
                                   QStringLiteral("Approve the pending pairing request with <code> (XXXX-XXXX, shown by the "
                                                  "agent) with the permissions it requested, for 24 hours; then exit."),
                                   QStringLiteral("code")};
        QCommandLineOption always{QStringList{QStringLiteral("always")},
                                  QStringLiteral("With --approve: the agent key never expires.")};
        QCommandLineOption deny{QStringList{QStringLiteral("deny")},
                                QStringLiteral("Deny the pending pairing request with <code>; then exit."),
                                QStringLiteral("code")};
        QCommandLineOption list{QStringList{QStringLiteral("agents")},
                                QStringLiteral("List pending pairing requests and agents (id, name, code, status, "
                                               "permissions, last use); then exit.")};
        QCommandLineOption revoke{QStringList{QStringLiteral("revoke-agent")},
                                  QStringLiteral("Revoke the agent <agent id> (listed by --agents); a serving broker stops "
                                                 "accepting its key within a few seconds. Then exit."),
                                  QStringLiteral("agent id")};

        void addTo(QCommandLineParser &parser) const;
        // How many of --approve, --deny, --agents and --revoke-agent are set.
        int countSet(const QCommandLineParser &parser) const;
    };

    // Runs the agent command set in `parser` on the database in `dataDir` and returns the
    // exit status: 0 done, 1 failed (unknown code or id), 2 invalid options or no database.
    static int runAgentCommand(const QCommandLineParser &parser, const AgentOptions &options, const QString &dataDir);

Q_SIGNALS:
    // The process should exit with this status.
    void finished(int exitCode);

private:
    void handleStarted(quint16 port);
    void handleStartFailed(const Error &error);
    void handleFlowStarted(const QString &flowId, const QString &providerName, const QUrl &authorizationUrl);
    void handleFlowFinished(const QString &flowId, const QString &providerName, const QString &sessionId, const Error &error);
    void handleDisconnected(const QString &connectionId, const QStringList &warnings);

    void handleProvidersAdded(const QStringList &names, const QList<Error> &problems);

    Kind m_kind;
    QString m_source;
    QString m_displayName;
    Broker *m_broker;
    QString m_provider;
    QString m_clientId;
    QString m_clientSecret;
    QString m_connectionId;
    QString m_flowId;
    QTextStream m_out;
    QTextStream m_err;
};
