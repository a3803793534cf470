#include "ContractFixture.h"

#include "Broker.h"
#include "agents/AgentDirectory.h"
#include "agents/AgentKey.h"

#include "core/Random.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

QString ContractFixture::start()
{
    const QString started = m_broker.start(OidcServer::Options(), RefreshPolicy());
    if (!started.isEmpty())
        return started;
    QString error;
    m_personSession = m_broker.connectAccount(BrokerFixture::ProviderName, u"contract-user"_s, &error);
    if (m_personSession.isEmpty())
        return u"connecting the account failed: "_s + error;
    const QStringList connections = m_broker.storedConnectionIds();
    if (connections.size() != 1)
        return u"expected one connection, found %1"_s.arg(connections.size());
    m_connectionId = connections.first();
    return {};
}

AgentPermissions ContractFixture::tokenReader()
{
    AgentPermissions permissions;
    permissions.tokenRead = true;
    return permissions;
}

AgentPermissions ContractFixture::administrator()
{
    AgentPermissions permissions;
    permissions.admin = true;
    return permissions;
}

QString ContractFixture::addAgent(const QString &id, const AgentPermissions &permissions)
{
    const QString key = AgentKey::generate();
    AgentEntry agent;
    agent.id = id;
    agent.name = u"Agent "_s + id;
    agent.permissions = permissions;
    m_broker.broker()->agentDirectory().put(AgentKey::hash(key.toLatin1()), agent);
    return key;
}

QString ContractFixture::createSession(const SessionOptions &options, QString *error)
{
    Broker *broker = m_broker.broker();
    QSignalSpy created(broker, &Broker::sessionCreated);
    QSignalSpy failed(broker, &Broker::operationFailed);
    const QString connectionId = m_connectionId;
    QMetaObject::invokeMethod(broker, [broker, connectionId, options] { broker->createSession(connectionId, options); });
    // At most 15 s in steps of 100 ms; either signal ends the wait.
    for (int step = 0; step < 150 && created.isEmpty() && failed.isEmpty(); ++step)
        created.wait(100);
    if (created.isEmpty()) {
        if (error)
            *error = failed.first().first().value<Error>().code;
        return {};
    }
    return created.first().at(1).toString();
}

int ContractFixture::auditCount(const QString &action, const QString &outcome, const QString &agentId) const
{
    const QString name = u"contract-audit-"_s + Random::uuid4();
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(QDir(m_broker.dataDir()).filePath(u"securecontext.db"_s));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(u"SELECT COUNT(*) FROM audit_events WHERE action = ? AND outcome = ? AND (? = '' OR agent_id = ?)"_s);
            query.addBindValue(action);
            query.addBindValue(outcome);
            query.addBindValue(agentId.isNull() ? u""_s : agentId);
            query.addBindValue(agentId.isNull() ? u""_s : agentId);
            if (query.exec() && query.next())
                count = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}
