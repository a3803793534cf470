#include "ApiHarness.h"

#include "agents/AgentKey.h"
#include "oauth/SessionId.h"
#include "store/ConnectionRecord.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

ApiHarness::~ApiHarness()
{
    if (m_server)
        m_server->close();
}

QString ApiHarness::start()
{
    if (!m_dir.isValid())
        return u"Cannot create a temporary directory"_s;
    if (Result<void> opened = m_database.open(m_dir.filePath(u"test.db"_s)); !opened)
        return opened.error().message;

    m_audit = std::make_unique<AuditLog>(m_database);
    m_auditQuery = std::make_unique<AuditQuery>(m_database);
    m_server = std::make_unique<HttpServer>();
    HttpServer *server = m_server.get();
    TokenReadCounters *tokenReads = &m_tokenReads;
    AuditLog *audit = m_audit.get();
    m_metrics = std::make_unique<MetricsSampler>([server, tokenReads, audit] {
        MetricsTotals totals;
        totals.http = server->stats();
        totals.tokenReadsFromCache = tokenReads->cacheHits();
        totals.tokenReadsViaBroker = tokenReads->brokerReads();
        totals.auditEventsWritten = audit->eventsWrittenTotal();
        totals.auditEventsDropped = audit->eventsDroppedTotal();
        return totals;
    });

    ApiRoutes::Context context;
    context.cache = &m_cache;
    context.state = &m_state;
    context.agents = &m_agents;
    context.audit = m_audit.get();
    context.auditQuery = m_auditQuery.get();
    context.tokenReads = &m_tokenReads;
    context.metrics = m_metrics.get();
    m_server->setRouter(ApiRoutes::build(context));

    HttpServer::Options options;
    options.workerThreads = 2;
    if (Result<void> listening = m_server->listen(options); !listening)
        return listening.error().message;
    return {};
}

QByteArray ApiHarness::addAgent(const QString &agentId, bool admin)
{
    const QByteArray key = AgentKey::generate().toLatin1();
    AgentEntry agent;
    agent.id = agentId;
    agent.name = agentId;
    agent.permissions.connections = {u"*"_s};
    agent.permissions.tokenRead = true;
    agent.permissions.admin = admin;
    m_agents.put(AgentKey::hash(key), agent);
    return key;
}

QString ApiHarness::addSession(const QString &connectionId, const QString &agentId)
{
    const QString sessionId = SessionId::generate();
    SessionEntry session;
    session.idHash = SessionId::hash(sessionId);
    session.idPrefix = SessionId::prefix(sessionId);
    session.connectionId = connectionId;
    session.createdAt = QDateTime::currentDateTimeUtc();
    session.agentId = agentId;
    m_cache.putSession(session);

    TokenSnapshot token;
    token.connectionId = connectionId;
    token.provider = u"example"_s;
    token.status = ConnectionStatus::Active;
    token.accessToken = u"access-"_s + connectionId;
    token.tokenType = u"Bearer"_s;
    token.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    m_cache.putToken(token);
    return sessionId;
}

ApiHarness::Reply ApiHarness::get(const QString &pathAndQuery, const QByteArray &agentKey) const
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server->serverPort()).arg(pathAndQuery)));
    if (!agentKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + agentKey);
    request.setTransferTimeout(10000);

    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);

    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    delete reply;
    return result;
}
