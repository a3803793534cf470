#include "DaemonCommand.h"

#include "Broker.h"
#include "agents/AgentDirectory.h"
#include "agents/AgentManager.h"
#include "agents/AgentStore.h"
#include "agents/PairingCode.h"
#include "audit/AuditLog.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QUrl>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Replaces control characters in text that may come from a provider (an error description),
// so it cannot move the cursor, colour the terminal or print a fake line of its own.
QString printable(const QString &text)
{
    QString result = text;
    for (QChar &character : result) {
        if (character.category() == QChar::Other_Control || character.category() == QChar::Other_Format)
            character = u'?';
    }
    return result;
}

QString timeText(const QDateTime &time, const QString &ifInvalid)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : ifInvalid;
}

QString permissionsText(const AgentPermissions &permissions)
{
    return QString::fromUtf8(QJsonDocument(permissions.toJson()).toJson(QJsonDocument::Compact));
}

void printAgents(QTextStream &out, const QList<AgentRecord> &records)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    out << "id\tname\tcode\tstatus\tpermissions\tlast use\texpires" << Qt::endl;
    for (const AgentRecord &record : records) {
        // A code is only useful while the request can still be approved.
        const QString status = record.effectiveStatus(now);
        const QString code = status == QLatin1String(AgentStatus::Pending) ? PairingCode::fromRequestId(record.id) : u"-"_s;
        out << record.id << '\t' << printable(record.name) << '\t' << code << '\t' << status << '\t'
            << permissionsText(record.permissions) << '\t' << timeText(record.lastUsedAt, u"never"_s) << '\t'
            << timeText(record.expiresAt, u"never"_s) << Qt::endl;
    }
    if (records.isEmpty())
        out << "No agents and no pairing requests." << Qt::endl;
}

// Carries out one agent command with `manager` and returns the exit status.
int runAgentCommandWith(AgentManager &manager, const QCommandLineParser &parser,
                        const DaemonCommand::AgentOptions &options, QTextStream &out, QTextStream &err)
{
    auto fail = [&err](const Error &error) {
        err << "Error: " << printable(error.message) << " (" << error.code << ")" << Qt::endl;
        return 1;
    };

    if (parser.isSet(options.list)) {
        const Result<QList<AgentRecord>> records = manager.records();
        if (!records)
            return fail(records.error());
        printAgents(out, records.value());
        return 0;
    }

    if (parser.isSet(options.revoke)) {
        const QString agentId = parser.value(options.revoke).trimmed();
        if (const Result<void> revoked = manager.revoke(agentId); !revoked)
            return fail(revoked.error());
        out << "Revoked agent " << agentId << "; its key stops working within a few seconds" << Qt::endl;
        return 0;
    }

    const bool approving = parser.isSet(options.approve);
    const Result<PairingRequest> request = manager.findPendingByCode(parser.value(approving ? options.approve : options.deny));
    if (!request)
        return fail(request.error());

    if (!approving) {
        if (const Result<void> denied = manager.deny(request.value().requestId); !denied)
            return fail(denied.error());
        out << "Denied pairing request " << request.value().code << " (" << printable(request.value().name) << ")" << Qt::endl;
        return 0;
    }

    const bool always = parser.isSet(options.always);
    const AgentPermissions &requested = request.value().requestedPermissions;
    if (const Result<void> approved = manager.approve(request.value().requestId, requested, always); !approved)
        return fail(approved.error());
    out << "Approved pairing request " << request.value().code << " (" << printable(request.value().name)
        << ") with permissions " << permissionsText(requested) << (always ? ", without expiry" : ", for 24 hours")
        << ". The agent receives its key on its next poll." << Qt::endl;
    return 0;
}

} // namespace

void DaemonCommand::AgentOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(approve);
    parser.addOption(always);
    parser.addOption(deny);
    parser.addOption(list);
    parser.addOption(revoke);
}

int DaemonCommand::AgentOptions::countSet(const QCommandLineParser &parser) const
{
    return int(parser.isSet(approve)) + int(parser.isSet(deny)) + int(parser.isSet(list)) + int(parser.isSet(revoke));
}

int DaemonCommand::runAgentCommand(const QCommandLineParser &parser, const AgentOptions &options, const QString &dataDir)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.isSet(options.always) && !parser.isSet(options.approve)) {
        err << "--always works only with --approve" << Qt::endl;
        return 2;
    }

    const QString databasePath = QDir(dataDir).filePath(u"securecontext.db"_s);
    if (!QFile::exists(databasePath)) {
        err << "No SecureContext database in " << dataDir << "; pass the --data-dir of the serving broker" << Qt::endl;
        return 2;
    }
    // Another process may serve on this database; WAL mode and the busy timeout of Database
    // let both write.
    Database database;
    if (const Result<void> opened = database.open(databasePath); !opened) {
        err << "Cannot open the database: " << printable(opened.error().message) << Qt::endl;
        return 2;
    }

    AgentStore store(database);
    AgentDirectory directory;
    AuditLog audit(database);
    AgentManager manager(store, directory, &audit);
    return runAgentCommandWith(manager, parser, options, out, err);
}

DaemonCommand::DaemonCommand(Kind kind, Broker *broker, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_broker(broker)
    , m_out(stdout)
    , m_err(stderr)
{
    connect(broker, &Broker::started, this, &DaemonCommand::handleStarted);
    connect(broker, &Broker::startFailed, this, &DaemonCommand::handleStartFailed);
    connect(broker, &Broker::flowStarted, this, &DaemonCommand::handleFlowStarted);
    connect(broker, &Broker::flowFinished, this, &DaemonCommand::handleFlowFinished);
    connect(broker, &Broker::connectionDisconnected, this, &DaemonCommand::handleDisconnected);
    connect(broker, &Broker::providersAdded, this, &DaemonCommand::handleProvidersAdded);
    connect(broker, &Broker::operationFailed, this, [this](const Error &error) {
        m_err << "Error: " << printable(error.message) << " (" << error.code << ")" << Qt::endl;
        Q_EMIT finished(1);
    });
}

void DaemonCommand::setClient(const QString &clientId, const QString &clientSecret)
{
    m_clientId = clientId;
    m_clientSecret = clientSecret;
}

void DaemonCommand::handleStarted(quint16 port)
{
    switch (m_kind) {
    case Kind::Serve:
        m_out << "SecureContext broker listening on http://127.0.0.1:" << port << Qt::endl;
        return;

    case Kind::Connect:
        QMetaObject::invokeMethod(m_broker, [broker = m_broker, provider = m_provider] { broker->startFlow(provider); },
                                  Qt::QueuedConnection);
        return;

    case Kind::SetClient:
        connect(m_broker, &Broker::providersChanged, this, [this](const QList<ProviderSummary> &providers) {
            for (const ProviderSummary &provider : providers) {
                if (provider.name == m_provider)
                    m_out << "Stored the OAuth client of " << m_provider << ". Redirect URI to register: " << provider.redirectUri << Qt::endl;
            }
            Q_EMIT finished(0);
        });
        QMetaObject::invokeMethod(m_broker, [broker = m_broker, provider = m_provider, id = m_clientId, secret = m_clientSecret] {
            broker->configureProvider(provider, id, secret);
        }, Qt::QueuedConnection);
        return;

    case Kind::Disconnect:
        QMetaObject::invokeMethod(m_broker, [broker = m_broker, id = m_connectionId] { broker->disconnectConnection(id); },
                                  Qt::QueuedConnection);
        return;

    case Kind::AddProvider:
        QMetaObject::invokeMethod(m_broker, [broker = m_broker, issuer = m_source, name = m_provider, display = m_displayName] {
            broker->addProviderFromIssuer(issuer, name, display);
        }, Qt::QueuedConnection);
        return;

    case Kind::ImportScp:
        QMetaObject::invokeMethod(m_broker, [broker = m_broker, path = m_source] { broker->importScpProviders(path); },
                                  Qt::QueuedConnection);
        return;
    }
}

void DaemonCommand::setSource(const QString &source, const QString &displayName)
{
    m_source = source;
    m_displayName = displayName;
}

void DaemonCommand::handleProvidersAdded(const QStringList &names, const QList<Error> &problems)
{
    if (m_kind != Kind::AddProvider && m_kind != Kind::ImportScp)
        return;
    for (const QString &name : names)
        m_out << "Added provider " << name << Qt::endl;
    for (const Error &problem : problems)
        m_err << "Not added: " << printable(problem.message) << " (" << problem.code << ")" << Qt::endl;
    Q_EMIT finished(problems.isEmpty() && !names.isEmpty() ? 0 : 1);
}

void DaemonCommand::handleStartFailed(const Error &error)
{
    m_err << "SecureContext cannot start: " << printable(error.message) << Qt::endl;
    // --connect and --set-client need the API port, for the callback and the redirect URI
    // they print, so a broker that already serves on it blocks them.
    if (error.code == u"PORT_IN_USE"_s && (m_kind == Kind::Connect || m_kind == Kind::SetClient)) {
        m_err << "If securecontextd is already serving on this port, stop it first, or connect from the "
                 "SecureContext window, which runs the same broker."
              << Qt::endl;
    }
    Q_EMIT finished(2);
}

void DaemonCommand::handleFlowStarted(const QString &flowId, const QString &providerName, const QUrl &authorizationUrl)
{
    if (m_kind != Kind::Connect || providerName != m_provider)
        return;
    m_flowId = flowId;
    m_out << "Open this URL in a browser to connect " << providerName << ":" << Qt::endl
          << authorizationUrl.toString(QUrl::FullyEncoded) << Qt::endl
          << "Waiting for the browser (up to 10 minutes)..." << Qt::endl;
}

void DaemonCommand::handleFlowFinished(const QString &flowId, const QString &providerName, const QString &sessionId,
                                       const Error &error)
{
    if (m_kind != Kind::Connect || providerName != m_provider || (!m_flowId.isEmpty() && flowId != m_flowId))
        return;
    if (!error.code.isEmpty()) {
        m_err << "Connecting " << providerName << " failed: " << printable(error.message) << " (" << error.code << ")" << Qt::endl;
        Q_EMIT finished(1);
        return;
    }
    // The session id goes to standard output only, because the person asked for it.
    m_out << "Connected " << providerName << ". Session id: " << sessionId << Qt::endl;
    Q_EMIT finished(0);
}

void DaemonCommand::handleDisconnected(const QString &connectionId, const QStringList &warnings)
{
    if (m_kind != Kind::Disconnect || connectionId != m_connectionId)
        return;
    // A failed revocation does not undo the local deletion, so the exit status stays 0. The
    // warning names what is left to do at the provider.
    for (const QString &warning : warnings)
        m_err << "Warning: " << warning << Qt::endl;
    m_out << "Disconnected " << connectionId << ": its tokens, session ids and metadata are deleted" << Qt::endl;
    Q_EMIT finished(0);
}
