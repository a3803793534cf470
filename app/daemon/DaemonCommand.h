#pragma once

#include "ConnectionSummary.h"
#include "ProviderSummary.h"
#include "core/Error.h"

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
