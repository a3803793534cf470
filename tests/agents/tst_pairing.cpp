// Pairing against a real Broker over real HTTP on loopback. Approval goes through the
// Broker's slot and through `securecontextd --approve` in a second process. The tests cover
// the one-time key claim, the key on /api/agents/me, revocation, denial, expiry, the pending
// limit, the pairing policy setting, the audit trail and hostile requests. The broker needs
// a Secret Service keychain, such as an unlocked gnome-keyring in the test's D-Bus session.

#include "Broker.h"
#include "BrokerFixture.h"
#include "BrokerThread.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

struct Reply
{
    int status = 0;
    QJsonObject json;
    QByteArray body;

    QString errorCode() const { return json.value(u"error"_s).toObject().value(u"code"_s).toString(); }
    QJsonObject data() const { return json.value(u"data"_s).toObject(); }
};

Reply send(const QByteArray &method, const QUrl &url, const QByteArray &bearer = {}, const QByteArray &body = {},
           const QByteArray &contentType = "application/json")
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setTransferTimeout(30000);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);

    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    delete reply;
    return result;
}

QByteArray pairBody(const QString &name, const QJsonObject &permissions)
{
    return QJsonDocument(QJsonObject{{u"name"_s, name}, {u"permissions"_s, permissions}}).toJson(QJsonDocument::Compact);
}

// A broker on a thread of its own with a fresh data directory.
class RunningBroker
{
public:
    QString start(const AgentPolicy &policy)
    {
        if (!m_dataDir.isValid())
            return u"cannot create a temporary data directory"_s;
        BrokerOptions options;
        options.dataDir = m_dataDir.path();
        options.apiPort = BrokerFixture::freeLoopbackPort();
        m_port = options.apiPort;
        m_thread = std::make_unique<BrokerThread>(options);
        m_thread->broker()->setAgentPolicy(policy);

        QSignalSpy started(m_thread->broker(), &Broker::started);
        QSignalSpy failed(m_thread->broker(), &Broker::startFailed);
        m_thread->start();
        if (started.isEmpty() && !started.wait(30000))
            return u"the broker did not start: "_s + (failed.isEmpty() ? u"timeout"_s : failed.first().first().value<Error>().message);
        return {};
    }

    Broker *broker() const { return m_thread->broker(); }
    QString dataDir() const { return m_dataDir.path(); }
    QUrl url(const QString &path) const { return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path)); }

    Reply pair(const QString &name, const QJsonObject &permissions = {})
    {
        return send("POST", url(u"/api/agents/pair"_s), {}, pairBody(name, permissions));
    }

    Reply poll(const QString &requestId, const QByteArray &pairingToken)
    {
        return send("GET", url(u"/api/agents/pair/"_s + requestId), pairingToken);
    }

    void approve(const QString &requestId, const AgentPermissions &granted, bool always)
    {
        Broker *target = broker();
        QMetaObject::invokeMethod(target, [target, requestId, granted, always] { target->approvePairing(requestId, granted, always); });
    }

    void deny(const QString &requestId)
    {
        Broker *target = broker();
        QMetaObject::invokeMethod(target, [target, requestId] { target->denyPairing(requestId); });
    }

    // Rows of audit_events as "action/outcome/agent_id".
    QStringList auditRows() const
    {
        const QString name = u"pairing-audit-"_s + QString::number(++m_inspections);
        QStringList rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(QDir(m_dataDir.path()).filePath(u"securecontext.db"_s));
            if (db.open()) {
                QSqlQuery query(u"SELECT action, outcome, agent_id, detail FROM audit_events ORDER BY id"_s, db);
                while (query.next()) {
                    rows.append(query.value(0).toString() + u'/' + query.value(1).toString() + u'/' + query.value(2).toString()
                                + u'/' + query.value(3).toString());
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
        return rows;
    }

private:
    QTemporaryDir m_dataDir;
    quint16 m_port = 0;
    std::unique_ptr<BrokerThread> m_thread;
    mutable int m_inspections = 0;
};

constexpr int PendingLifetimeSeconds = 3;

AgentPermissions tokenReadEverywhere()
{
    AgentPermissions permissions;
    permissions.connections = {u"*"_s};
    permissions.tokenRead = true;
    return permissions;
}

int runDaemon(const QString &dataDir, const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess daemon;
    daemon.start(QStringLiteral(SECURECONTEXTD_PATH), QStringList{u"--data-dir"_s, dataDir} + arguments);
    if (!daemon.waitForFinished(30000)) {
        daemon.kill();
        daemon.waitForFinished(5000);
        return -1;
    }
    if (output)
        *output = daemon.readAllStandardOutput() + daemon.readAllStandardError();
    return daemon.exitCode();
}

} // namespace

class PairingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void pairApproveClaimRevoke();
    void approvalNarrowsPermissions();
    void denyAnswers403();
    void wrongPairingTokenIs401_data();
    void wrongPairingTokenIs401();
    void agentRevokesOnlyItself();
    void adminListsAgentsWithoutKeys();
    void approveFromSecondProcess();
    void revokeFromSecondProcess();
    void daemonRejectsUnknownCode();
    void policyDenyRejectsPairing();
    void auditRecordsPairing();
    void hostilePairRequests_data();
    void hostilePairRequests();
    void hostilePollIds_data();
    void hostilePollIds();
    void pendingRequestExpires();
    void sixthPendingRequestIs429();

private:
    // Pairs `name`, approves it through the Broker slot, claims the key and returns it.
    QByteArray pairedKey(const QString &name, const QJsonObject &permissions, QString *agentId);

    RunningBroker m_broker;
};

void PairingTest::initTestCase()
{
    // One broker for all tests: a second broker in this process timed out on its keychain
    // probe. Requests lapse after 3 seconds, so the expiry and limit tests need not wait
    // 10 minutes, and every other test claims its key within that time.
    AgentPolicy policy;
    policy.syncIntervalMs = 200;
    policy.pendingLifetimeSeconds = PendingLifetimeSeconds;
    const QString started = m_broker.start(policy);
    QVERIFY2(started.isEmpty(), qPrintable(started));
}

QByteArray PairingTest::pairedKey(const QString &name, const QJsonObject &permissions, QString *agentId)
{
    const Reply paired = m_broker.pair(name, permissions);
    if (paired.status != 202)
        return {};
    const QString requestId = paired.data().value(u"request_id"_s).toString();
    m_broker.approve(requestId, AgentPermissions::fromJson(permissions).value(), true);
    const Reply claimed = m_broker.poll(requestId, paired.data().value(u"pairing_token"_s).toString().toLatin1());
    if (claimed.status != 200)
        return {};
    *agentId = claimed.data().value(u"agent_id"_s).toString();
    return claimed.data().value(u"agent_key"_s).toString().toLatin1();
}

void PairingTest::pairApproveClaimRevoke()
{
    QSignalSpy requested(m_broker.broker(), &Broker::pairingRequested);
    const Reply paired = m_broker.pair(u"Mail summarizer"_s, tokenReadEverywhere().toJson());
    QCOMPARE(paired.status, 202);
    const QJsonObject ticket = paired.data();
    const QString requestId = ticket.value(u"request_id"_s).toString();
    const QByteArray token = ticket.value(u"pairing_token"_s).toString().toLatin1();
    QCOMPARE(ticket.value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(ticket.value(u"poll_url"_s).toString(), u"/api/agents/pair/"_s + requestId);
    QVERIFY(QRegularExpression(u"^[A-Z0-9]{4}-[A-Z0-9]{4}$"_s).match(ticket.value(u"pairing_code"_s).toString()).hasMatch());
    QCOMPARE(token.size(), 43);
    QVERIFY(QDateTime::fromString(ticket.value(u"expires_at"_s).toString(), Qt::ISODate) > QDateTime::currentDateTimeUtc());

    // The GUI's prompt shows the same code.
    QTRY_COMPARE(requested.size(), 1);
    const PairingRequest prompt = requested.first().first().value<PairingRequest>();
    QCOMPARE(prompt.requestId, requestId);
    QCOMPARE(prompt.code, ticket.value(u"pairing_code"_s).toString());
    QCOMPARE(prompt.name, u"Mail summarizer"_s);
    QCOMPARE(prompt.remoteAddress, u"127.0.0.1"_s);

    const Reply pending = m_broker.poll(requestId, token);
    QCOMPARE(pending.status, 202);
    QCOMPARE(pending.data().value(u"status"_s).toString(), u"pending"_s);

    m_broker.approve(requestId, tokenReadEverywhere(), false);
    const Reply claimed = m_broker.poll(requestId, token);
    QCOMPARE(claimed.status, 200);
    const QByteArray key = claimed.data().value(u"agent_key"_s).toString().toLatin1();
    QVERIFY(key.startsWith("scak_"));
    QCOMPARE(claimed.data().value(u"agent_id"_s).toString(), requestId);
    QCOMPARE(claimed.data().value(u"name"_s).toString(), u"Mail summarizer"_s);
    QCOMPARE(claimed.data().value(u"permissions"_s).toObject(), tokenReadEverywhere().toJson());
    // "Allow once": the key works for 24 hours.
    const QDateTime expires = QDateTime::fromString(claimed.data().value(u"expires_at"_s).toString(), Qt::ISODate);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 24 * 3600) < 120);

    const Reply second = m_broker.poll(requestId, token);
    QCOMPARE(second.status, 410);
    QCOMPARE(second.errorCode(), u"PAIRING_CLAIMED"_s);
    QVERIFY(!second.body.contains("scak_"));

    const Reply me = send("GET", m_broker.url(u"/api/agents/me"_s), key);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.data().value(u"agent_id"_s).toString(), requestId);
    QCOMPARE(me.data().value(u"name"_s).toString(), u"Mail summarizer"_s);
    QCOMPARE(me.data().value(u"permissions"_s).toObject(), tokenReadEverywhere().toJson());

    QSignalSpy agentsChanged(m_broker.broker(), &Broker::agentsChanged);
    Broker *broker = m_broker.broker();
    QMetaObject::invokeMethod(broker, [broker, requestId] { broker->revokeAgent(requestId); });
    const Reply revoked = send("GET", m_broker.url(u"/api/agents/me"_s), key);
    QCOMPARE(revoked.status, 401);
    QCOMPARE(revoked.errorCode(), u"AGENT_KEY_INVALID"_s);
    QTRY_VERIFY(!agentsChanged.isEmpty());
    bool listedRevoked = false;
    for (const AgentSummary &agent : agentsChanged.last().first().value<QList<AgentSummary>>())
        listedRevoked = listedRevoked || (agent.id == requestId && agent.status == u"revoked"_s);
    QVERIFY(listedRevoked);
}

void PairingTest::approvalNarrowsPermissions()
{
    const QJsonObject asked{{u"connections"_s, QJsonArray{u"*"_s}}, {u"token_read"_s, true}, {u"admin"_s, true}};
    const Reply paired = m_broker.pair(u"Narrowed"_s, asked);
    QCOMPARE(paired.status, 202);
    const QString requestId = paired.data().value(u"request_id"_s).toString();

    // The person keeps one connection and drops admin.
    AgentPermissions granted;
    granted.connections = {u"github-1"_s};
    granted.tokenRead = true;
    m_broker.approve(requestId, granted, true);
    const Reply claimed = m_broker.poll(requestId, paired.data().value(u"pairing_token"_s).toString().toLatin1());
    QCOMPARE(claimed.status, 200);
    QCOMPARE(claimed.data().value(u"permissions"_s).toObject(), granted.toJson());
    QVERIFY(claimed.data().value(u"expires_at"_s).isNull());
}

void PairingTest::denyAnswers403()
{
    const Reply paired = m_broker.pair(u"Denied agent"_s);
    QCOMPARE(paired.status, 202);
    const QString requestId = paired.data().value(u"request_id"_s).toString();
    const QByteArray token = paired.data().value(u"pairing_token"_s).toString().toLatin1();

    m_broker.deny(requestId);
    const Reply denied = m_broker.poll(requestId, token);
    QCOMPARE(denied.status, 403);
    QCOMPARE(denied.errorCode(), u"PAIRING_DENIED"_s);

    // A decided request cannot be approved afterwards.
    QSignalSpy failed(m_broker.broker(), &Broker::operationFailed);
    m_broker.approve(requestId, AgentPermissions(), true);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<Error>().code, u"PAIRING_DECIDED"_s);
    QCOMPARE(m_broker.poll(requestId, token).status, 403);
}

void PairingTest::wrongPairingTokenIs401_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("code");

    QTest::newRow("other token") << QByteArray("Bearer " + QByteArray(43, 'A')) << u"PAIRING_TOKEN_INVALID"_s;
    QTest::newRow("no header") << QByteArray() << u"PAIRING_TOKEN_REQUIRED"_s;
    QTest::newRow("basic scheme") << QByteArray("Basic dXNlcjpwYXNz") << u"PAIRING_TOKEN_REQUIRED"_s;
    QTest::newRow("empty bearer") << QByteArray("Bearer ") << u"PAIRING_TOKEN_REQUIRED"_s;
    QTest::newRow("huge token") << QByteArray("Bearer " + QByteArray(8000, 'A')) << u"PAIRING_TOKEN_REQUIRED"_s;
}

void PairingTest::wrongPairingTokenIs401()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, code);

    const Reply paired = m_broker.pair(u"Token check"_s);
    QCOMPARE(paired.status, 202);
    const QString requestId = paired.data().value(u"request_id"_s).toString();
    m_broker.approve(requestId, AgentPermissions(), true);

    QNetworkAccessManager network;
    QNetworkRequest request(m_broker.url(u"/api/agents/pair/"_s + requestId));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(30000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(json.value(u"error"_s).toObject().value(u"code"_s).toString(), code);
    delete reply;

    // The right token still claims the key: a wrong one does not burn the request.
    QCOMPARE(m_broker.poll(requestId, paired.data().value(u"pairing_token"_s).toString().toLatin1()).status, 200);
}

void PairingTest::agentRevokesOnlyItself()
{
    QString firstId;
    QString secondId;
    const QByteArray first = pairedKey(u"First"_s, {}, &firstId);
    const QByteArray second = pairedKey(u"Second"_s, {}, &secondId);
    QVERIFY(!first.isEmpty());
    QVERIFY(!second.isEmpty());

    const Reply other = send("DELETE", m_broker.url(u"/api/agents/"_s + secondId), first);
    QCOMPARE(other.status, 403);
    QCOMPARE(other.errorCode(), u"PERMISSION_DENIED"_s);
    QCOMPARE(send("GET", m_broker.url(u"/api/agents/me"_s), second).status, 200);

    const Reply anonymous = send("DELETE", m_broker.url(u"/api/agents/"_s + firstId));
    QCOMPARE(anonymous.status, 401);

    const Reply self = send("DELETE", m_broker.url(u"/api/agents/"_s + firstId), first);
    QCOMPARE(self.status, 200);
    QCOMPARE(self.data().value(u"status"_s).toString(), u"revoked"_s);
    QCOMPARE(send("GET", m_broker.url(u"/api/agents/me"_s), first).status, 401);
    QCOMPARE(send("GET", m_broker.url(u"/api/agents/me"_s), second).status, 200);
}

void PairingTest::adminListsAgentsWithoutKeys()
{
    QString adminId;
    QString plainId;
    const QByteArray admin = pairedKey(u"Admin console"_s, QJsonObject{{u"admin"_s, true}}, &adminId);
    const QByteArray plain = pairedKey(u"Plain agent"_s, {}, &plainId);
    QVERIFY(!admin.isEmpty());
    QVERIFY(!plain.isEmpty());

    QCOMPARE(send("GET", m_broker.url(u"/api/agents"_s)).status, 401);
    const Reply forbidden = send("GET", m_broker.url(u"/api/agents"_s), plain);
    QCOMPARE(forbidden.status, 403);
    QCOMPARE(forbidden.errorCode(), u"PERMISSION_DENIED"_s);

    const Reply listed = send("GET", m_broker.url(u"/api/agents"_s), admin);
    QCOMPARE(listed.status, 200);
    QStringList ids;
    for (const QJsonValue &agent : listed.data().value(u"agents"_s).toArray())
        ids.append(agent.toObject().value(u"agent_id"_s).toString());
    QVERIFY(ids.contains(adminId));
    QVERIFY(ids.contains(plainId));
    QVERIFY(!listed.body.contains("scak_"));
    QVERIFY(!listed.body.contains(admin.mid(5, 20)));
    QVERIFY(!listed.body.contains("hash"));
    QVERIFY(!listed.body.contains("pairing_token"));

    // An admin may revoke another agent.
    QCOMPARE(send("DELETE", m_broker.url(u"/api/agents/"_s + plainId), admin).status, 200);
    QCOMPARE(send("GET", m_broker.url(u"/api/agents/me"_s), plain).status, 401);
    const Reply unknown = send("DELETE", m_broker.url(u"/api/agents/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)), admin);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), u"AGENT_NOT_FOUND"_s);
}

void PairingTest::approveFromSecondProcess()
{
    const Reply paired = m_broker.pair(u"Approved elsewhere"_s, tokenReadEverywhere().toJson());
    QCOMPARE(paired.status, 202);
    const QString requestId = paired.data().value(u"request_id"_s).toString();
    const QByteArray token = paired.data().value(u"pairing_token"_s).toString().toLatin1();
    const QString code = paired.data().value(u"pairing_code"_s).toString();

    QByteArray listing;
    QCOMPARE(runDaemon(m_broker.dataDir(), {u"--agents"_s}, &listing), 0);
    QVERIFY2(listing.contains(code.toLatin1()), listing.constData());
    QVERIFY(listing.contains("Approved elsewhere"));

    // The code typed in lower case and without its dash still matches.
    QByteArray output;
    QCOMPARE(runDaemon(m_broker.dataDir(), {u"--approve"_s, code.toLower().remove(u'-'), u"--always"_s}, &output), 0);
    QVERIFY2(output.contains("Approved pairing request"), output.constData());

    const Reply claimed = m_broker.poll(requestId, token);
    QCOMPARE(claimed.status, 200);
    QVERIFY(claimed.data().value(u"expires_at"_s).isNull());
    const QByteArray key = claimed.data().value(u"agent_key"_s).toString().toLatin1();
    QCOMPARE(send("GET", m_broker.url(u"/api/agents/me"_s), key).status, 200);

    // The code is used up.
    QCOMPARE(runDaemon(m_broker.dataDir(), {u"--approve"_s, code}, &output), 1);
    QVERIFY2(output.contains("PAIRING_NOT_FOUND"), output.constData());
}

void PairingTest::revokeFromSecondProcess()
{
    QString agentId;
    const QByteArray key = pairedKey(u"Revoked elsewhere"_s, {}, &agentId);
    QVERIFY(!key.isEmpty());
    QCOMPARE(send("GET", m_broker.url(u"/api/agents/me"_s), key).status, 200);

    QByteArray output;
    QCOMPARE(runDaemon(m_broker.dataDir(), {u"--revoke-agent"_s, agentId}, &output), 0);
    // The serving broker re-reads the table every 200 ms in this test.
    QTRY_COMPARE_WITH_TIMEOUT(send("GET", m_broker.url(u"/api/agents/me"_s), key).status, 401, 5000);

    QCOMPARE(runDaemon(m_broker.dataDir(), {u"--revoke-agent"_s, agentId}, &output), 1);
    QVERIFY2(output.contains("AGENT_NOT_FOUND"), output.constData());
}

void PairingTest::daemonRejectsUnknownCode()
{
    QByteArray output;
    QCOMPARE(runDaemon(m_broker.dataDir(), {u"--deny"_s, u"ACDE-FG34"_s}, &output), 1);
    QVERIFY2(output.contains("PAIRING_NOT_FOUND"), output.constData());
    QCOMPARE(runDaemon(m_broker.dataDir(), {u"--deny"_s, u"../../etc/passwd"_s}, &output), 1);
    QCOMPARE(runDaemon(m_broker.dataDir(), {u"--always"_s}, &output), 2);
    QCOMPARE(runDaemon(m_broker.dataDir(), {u"--agents"_s, u"--revoke-agent"_s, u"x"_s}, &output), 2);

    // Deny by code from the second process.
    const Reply paired = m_broker.pair(u"Denied elsewhere"_s);
    QCOMPARE(paired.status, 202);
    QCOMPARE(runDaemon(m_broker.dataDir(), {u"--deny"_s, paired.data().value(u"pairing_code"_s).toString()}, &output), 0);
    QCOMPARE(m_broker.poll(paired.data().value(u"request_id"_s).toString(),
                           paired.data().value(u"pairing_token"_s).toString().toLatin1()).status, 403);
}

void PairingTest::policyDenyRejectsPairing()
{
    const QString settingsPath = QDir(m_broker.dataDir()).filePath(u"settings.ini"_s);
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        settings.setValue(u"agents/pairing_policy"_s, u"deny"_s);
    }
    const Reply rejected = m_broker.pair(u"Unwelcome"_s);
    QCOMPARE(rejected.status, 403);
    QCOMPARE(rejected.errorCode(), u"PAIRING_DISABLED"_s);

    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        settings.setValue(u"agents/pairing_policy"_s, u"prompt"_s);
    }
    QCOMPARE(m_broker.pair(u"Welcome again"_s).status, 202);
}

void PairingTest::pendingRequestExpires()
{
    const Reply paired = m_broker.pair(u"Slow person"_s);
    QCOMPARE(paired.status, 202);
    const QString requestId = paired.data().value(u"request_id"_s).toString();
    const QByteArray token = paired.data().value(u"pairing_token"_s).toString().toLatin1();
    QCOMPARE(m_broker.poll(requestId, token).status, 202);

    QTest::qWait(PendingLifetimeSeconds * 1000 + 200);
    const Reply expired = m_broker.poll(requestId, token);
    QCOMPARE(expired.status, 410);
    QCOMPARE(expired.errorCode(), u"PAIRING_EXPIRED"_s);

    // A late approval fails and the request stays expired.
    QSignalSpy failed(m_broker.broker(), &Broker::operationFailed);
    m_broker.approve(requestId, AgentPermissions(), true);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<Error>().code, u"PAIRING_EXPIRED"_s);
    QCOMPARE(m_broker.poll(requestId, token).status, 410);
}

void PairingTest::sixthPendingRequestIs429()
{
    // Requests of earlier tests lapse first.
    QTest::qWait(PendingLifetimeSeconds * 1000 + 200);

    QString firstId;
    for (int i = 0; i < 5; ++i) {
        const Reply paired = m_broker.pair(u"Agent %1"_s.arg(i));
        QCOMPARE(paired.status, 202);
        if (i == 0)
            firstId = paired.data().value(u"request_id"_s).toString();
    }
    const Reply sixth = m_broker.pair(u"Agent 6"_s);
    QCOMPARE(sixth.status, 429);
    QCOMPARE(sixth.errorCode(), u"PAIRING_RATE_LIMITED"_s);

    // A decision frees a place, and so does expiry.
    m_broker.deny(firstId);
    QCOMPARE(m_broker.pair(u"After a denial"_s).status, 202);
    QCOMPARE(m_broker.pair(u"Still full"_s).status, 429);
    QTest::qWait(PendingLifetimeSeconds * 1000 + 200);
    QCOMPARE(m_broker.pair(u"After expiry"_s).status, 202);
}

void PairingTest::auditRecordsPairing()
{
    const Reply paired = m_broker.pair(u"Audited"_s);
    QCOMPARE(paired.status, 202);
    const QString requestId = paired.data().value(u"request_id"_s).toString();
    m_broker.approve(requestId, AgentPermissions(), false);
    const Reply claimed = m_broker.poll(requestId, paired.data().value(u"pairing_token"_s).toString().toLatin1());
    QCOMPARE(claimed.status, 200);
    Broker *broker = m_broker.broker();
    QMetaObject::invokeMethod(broker, [broker, requestId] { broker->revokeAgent(requestId); });

    const Reply denied = m_broker.pair(u"Audited denial"_s);
    m_broker.deny(denied.data().value(u"request_id"_s).toString());
    const QByteArray badKey = "scak_" + QByteArray(43, 'Q');
    QCOMPARE(send("GET", m_broker.url(u"/api/agents/me"_s), badKey).status, 401);

    const QStringList expected{
        u"pairing_request/pending/%1/Audited"_s.arg(requestId),
        u"pairing_approve/ok/%1/allow once"_s.arg(requestId),
        u"agent_revoke/ok/%1/by the person"_s.arg(requestId),
        u"pairing_deny/ok/%1/"_s.arg(denied.data().value(u"request_id"_s).toString()),
        u"agent_authenticate/denied//AGENT_KEY_INVALID"_s,
    };
    for (const QString &row : expected)
        QTRY_VERIFY2(m_broker.auditRows().contains(row), qPrintable(row));

    // No key, key hash or pairing token reaches the audit trail.
    const QString trail = m_broker.auditRows().join(u'\n');
    QVERIFY(!trail.contains(u"scak_"_s));
    QVERIFY(!trail.contains(claimed.data().value(u"agent_key"_s).toString().mid(5)));
    QVERIFY(!trail.contains(paired.data().value(u"pairing_token"_s).toString()));
}

void PairingTest::hostilePairRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    const QByteArray json = "application/json";
    QTest::newRow("body not JSON") << QByteArray("name=x") << json << 400 << u"INVALID_JSON"_s << u"body"_s;
    QTest::newRow("body a JSON array") << QByteArray("[]") << json << 400 << u"INVALID_JSON"_s << u"body"_s;
    QTest::newRow("truncated JSON") << QByteArray(R"({"name": "x")") << json << 400 << u"INVALID_JSON"_s << u"body"_s;
    QTest::newRow("form encoding") << QByteArray("name=x") << QByteArray("application/x-www-form-urlencoded") << 415
                                   << u"UNSUPPORTED_MEDIA_TYPE"_s << QString();
    QTest::newRow("name missing") << QByteArray("{}") << json << 400 << u"INVALID_NAME"_s << u"name"_s;
    QTest::newRow("name empty") << pairBody(QString(), {}) << json << 400 << u"INVALID_NAME"_s << u"name"_s;
    QTest::newRow("name blank") << pairBody(u"   "_s, {}) << json << 400 << u"INVALID_NAME"_s << u"name"_s;
    QTest::newRow("name a number") << QByteArray(R"({"name": 7})") << json << 400 << u"INVALID_NAME"_s << u"name"_s;
    QTest::newRow("name of 65 characters") << pairBody(QString(65, u'a'), {}) << json << 400 << u"INVALID_NAME"_s << u"name"_s;
    QTest::newRow("huge name") << pairBody(QString(200000, u'a'), {}) << json << 400 << u"INVALID_NAME"_s << u"name"_s;
    QTest::newRow("newline in name") << pairBody(u"Agent\nApproved: yes"_s, {}) << json << 400 << u"INVALID_NAME"_s << u"name"_s;
    QTest::newRow("escape sequence in name") << pairBody(u"Agent \x1b[2J"_s, {}) << json << 400 << u"INVALID_NAME"_s << u"name"_s;
    QTest::newRow("right-to-left override in name") << pairBody(u"Agent \u202Egnp.exe"_s, {}) << json << 400 << u"INVALID_NAME"_s
                                                    << u"name"_s;
    QTest::newRow("NUL in name") << QByteArray(R"({"name": "a\u0000b"})") << json << 400 << u"INVALID_NAME"_s << u"name"_s;
    QTest::newRow("permissions an array") << QByteArray(R"({"name": "x", "permissions": ["admin"]})") << json << 400
                                          << u"INVALID_PERMISSIONS"_s << u"permissions"_s;
    QTest::newRow("permissions a string") << QByteArray(R"({"name": "x", "permissions": "all"})") << json << 400
                                          << u"INVALID_PERMISSIONS"_s << u"permissions"_s;
    QTest::newRow("token_read as string") << QByteArray(R"({"name": "x", "permissions": {"token_read": "yes"}})") << json << 400
                                          << u"INVALID_PERMISSIONS"_s << u"permissions"_s;
    QTest::newRow("unknown permission") << QByteArray(R"({"name": "x", "permissions": {"root": true}})") << json << 400
                                        << u"INVALID_PERMISSIONS"_s << u"permissions"_s;
    QTest::newRow("unknown field") << QByteArray(R"({"name": "x", "agent_key": "scak_x"})") << json << 400 << u"UNKNOWN_FIELD"_s
                                   << u"agent_key"_s;
    QTest::newRow("64 characters with accents and emoji") << pairBody(u"Café 🤖 "_s + QString(57, u'x'), {}) << json << 202
                                                          << QString() << QString();
}

void PairingTest::hostilePairRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);

    const Reply reply = send("POST", m_broker.url(u"/api/agents/pair"_s), {}, body, contentType);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    if (!field.isEmpty())
        QCOMPARE(reply.json.value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"field"_s).toString(), field);
    // The broker still serves afterwards.
    QCOMPARE(send("GET", m_broker.url(u"/api/health"_s)).status, 200);
}

void PairingTest::hostilePollIds_data()
{
    QTest::addColumn<QByteArray>("encodedId");
    QTest::addColumn<int>("status");

    QTest::newRow("unknown UUID") << QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() << 404;
    QTest::newRow("10000 characters") << QByteArray(10000, 'a') << 400;
    QTest::newRow("encoded traversal") << QByteArray("..%2F..%2Fsecurecontext.db") << 400;
    QTest::newRow("upper-case UUID") << QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper().toLatin1() << 400;
    QTest::newRow("braced UUID") << QUuid::createUuid().toString().toLatin1() << 400;
    QTest::newRow("SQL quote") << QByteArray("x'%20OR%20'1'='1") << 400;
}

void PairingTest::hostilePollIds()
{
    QFETCH(QByteArray, encodedId);
    QFETCH(int, status);

    const QUrl url = QUrl::fromEncoded("http://127.0.0.1:" + QByteArray::number(m_broker.url(u"/"_s).port())
                                       + "/api/agents/pair/" + encodedId);
    const Reply reply = send("GET", url, QByteArray(43, 'A'));
    QCOMPARE(reply.status, status);
    QVERIFY(!reply.body.contains("agent_key"));
}

QTEST_GUILESS_MAIN(PairingTest)
#include "tst_pairing.moc"
