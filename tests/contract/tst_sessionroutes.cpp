// The token, session and agent routes over real HTTP against a real broker, the keychain of
// the test's D-Bus session and the OIDC test server.
#include "ContractFixture.h"

#include "Broker.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSessionRoutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void routeContract_data();
    void routeContract();
    void tokenHonoursSessionOptions();
    void batchHidesForeignSessions();
    void revokedSessionStopsWorking();
    void extensionStopsAtLimit();
    void connectRequestIsOwnedByAgent();
    void approvedConnectRequestYieldsAgentSession();
    void auditRecordsSessionActions();

private:
    QByteArray expand(QByteArray text) const;

    ContractFixture m_fixture;
    QHash<QByteArray, QByteArray> m_values;
};

void TestSessionRoutes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SecureContextContractTest"_s);
    // One day, so that an extension of 86400 s past a one-hour session passes the limit.
    QSettings().setValue(u"sessions/max_lifetime_days"_s, 1);

    const QString started = m_fixture.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));

    const QString alphaKey = m_fixture.addAgent(u"alpha"_s, ContractFixture::tokenReader());
    const QString betaKey = m_fixture.addAgent(u"beta"_s, ContractFixture::tokenReader());
    const QString noReadKey = m_fixture.addAgent(u"noread"_s, AgentPermissions());

    SessionOptions alpha;
    alpha.agentId = u"alpha"_s;
    alpha.agentName = u"Alpha"_s;
    alpha.scopes = {u"openid"_s};
    alpha.lifetimeSeconds = 3600;
    SessionOptions beta;
    beta.agentId = u"beta"_s;
    beta.agentName = u"Beta"_s;
    QString error;
    const QString alphaSession = m_fixture.createSession(alpha, &error);
    QVERIFY2(!alphaSession.isEmpty(), qPrintable(error));
    const QString betaSession = m_fixture.createSession(beta, &error);
    QVERIFY2(!betaSession.isEmpty(), qPrintable(error));
    const QString revokable = m_fixture.createSession(alpha, &error);
    QVERIFY2(!revokable.isEmpty(), qPrintable(error));

    m_values.insert("{alpha}", alphaSession.toLatin1());
    m_values.insert("{beta}", betaSession.toLatin1());
    m_values.insert("{revokable}", revokable.toLatin1());
    m_values.insert("{person}", m_fixture.personSessionId().toLatin1());
    m_values.insert("{unknown}", "3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
    m_values.insert("{alphaKey}", ContractHttp::bearer(alphaKey));
    m_values.insert("{betaKey}", ContractHttp::bearer(betaKey));
    m_values.insert("{noReadKey}", ContractHttp::bearer(noReadKey));
    m_values.insert("{sessionAsKey}", "Authorization: Bearer " + alphaSession.toLatin1());
}

QByteArray TestSessionRoutes::expand(QByteArray text) const
{
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        text.replace(it.key(), it.value());
    return text;
}

void TestSessionRoutes::routeContract_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QByteArray json = "Content-Type: application/json";
    const QByteArray none;
    const QByteArray noBody;
    const QByteArray longId(10000, 'a');
    QByteArray manyIds = "{\"session_ids\": [";
    for (int i = 0; i < 101; ++i)
        manyIds += (i ? ",\"" : "\"") + QByteArray("{unknown}") + '"';
    manyIds += "]}";

    // Token reads.
    QTest::newRow("token of person") << QByteArray("GET") << QByteArray("/api/tokens/{person}") << none << noBody << 200 << QString();
    QTest::newRow("token of agent session") << QByteArray("GET") << QByteArray("/api/tokens/{alpha}") << none << noBody << 200 << QString();
    QTest::newRow("token unknown") << QByteArray("GET") << QByteArray("/api/tokens/{unknown}") << none << noBody << 404 << u"SESSION_NOT_FOUND"_s;
    QTest::newRow("token malformed") << QByteArray("GET") << QByteArray("/api/tokens/not-a-uuid") << none << noBody << 400 << u"INVALID_SESSION_ID_FORMAT"_s;
    QTest::newRow("token traversal") << QByteArray("GET") << QByteArray("/api/tokens/..%2f..") << none << noBody << 400 << u"INVALID_SESSION_ID_FORMAT"_s;
    QTest::newRow("token nul byte") << QByteArray("GET") << QByteArray("/api/tokens/%00") << none << noBody << 400 << u"INVALID_REQUEST_TARGET"_s;
    QTest::newRow("token id of 10000 chars") << QByteArray("GET") << QByteArray("/api/tokens/" + longId) << none << noBody << 400 << u"INVALID_SESSION_ID_FORMAT"_s;
    QTest::newRow("token with bad key") << QByteArray("GET") << QByteArray("/api/tokens/{person}") << QByteArray("Authorization: Bearer scak_nope") << noBody << 401 << u"AGENT_KEY_INVALID"_s;
    // A key that is sent counts: an agent that may not read tokens cannot use a session id it holds.
    QTest::newRow("token with key without token_read") << QByteArray("GET") << QByteArray("/api/tokens/{person}") << QByteArray("{noReadKey}") << noBody << 403 << u"PERMISSION_DENIED"_s;
    QTest::newRow("refresh with key without token_read") << QByteArray("POST") << QByteArray("/api/tokens/{person}/refresh") << QByteArray("{noReadKey}") << noBody << 403 << u"PERMISSION_DENIED"_s;
    QTest::newRow("connect request without token_read") << QByteArray("POST") << QByteArray("/api/agent/auth") << QByteArray("{noReadKey}\r\n" + json) << QByteArray("{\"provider\": \"localoidc\"}") << 403 << u"PERMISSION_DENIED"_s;
    QTest::newRow("token wrong method") << QByteArray("PUT") << QByteArray("/api/tokens/{person}") << none << noBody << 405 << u"METHOD_NOT_ALLOWED"_s;
    QTest::newRow("refresh") << QByteArray("POST") << QByteArray("/api/tokens/{person}/refresh") << none << noBody << 200 << QString();
    QTest::newRow("refresh unknown") << QByteArray("POST") << QByteArray("/api/tokens/{unknown}/refresh") << none << noBody << 404 << u"SESSION_NOT_FOUND"_s;
    QTest::newRow("refresh wrong method") << QByteArray("GET") << QByteArray("/api/tokens/{person}/refresh") << none << noBody << 405 << u"METHOD_NOT_ALLOWED"_s;

    // Batch reads.
    QTest::newRow("batch") << QByteArray("POST") << QByteArray("/api/tokens/batch") << QByteArray("{alphaKey}\r\n" + json) << QByteArray("{\"session_ids\": [\"{alpha}\"]}") << 200 << QString();
    QTest::newRow("batch without key") << QByteArray("POST") << QByteArray("/api/tokens/batch") << json << QByteArray("{\"session_ids\": [\"{alpha}\"]}") << 401 << u"AGENT_KEY_REQUIRED"_s;
    QTest::newRow("batch session id as key") << QByteArray("POST") << QByteArray("/api/tokens/batch") << QByteArray("{sessionAsKey}\r\n" + json) << QByteArray("{\"session_ids\": [\"{alpha}\"]}") << 401 << u"AGENT_KEY_INVALID"_s;
    QTest::newRow("batch bad json") << QByteArray("POST") << QByteArray("/api/tokens/batch") << QByteArray("{alphaKey}\r\n" + json) << QByteArray("{\"session_ids\": [") << 400 << u"INVALID_JSON"_s;
    QTest::newRow("batch form body") << QByteArray("POST") << QByteArray("/api/tokens/batch") << QByteArray("{alphaKey}\r\nContent-Type: application/x-www-form-urlencoded") << QByteArray("session_ids=x") << 415 << u"UNSUPPORTED_MEDIA_TYPE"_s;
    QTest::newRow("batch ids missing") << QByteArray("POST") << QByteArray("/api/tokens/batch") << QByteArray("{alphaKey}\r\n" + json) << QByteArray("{}") << 400 << u"INVALID_REQUEST"_s;
    QTest::newRow("batch of 101") << QByteArray("POST") << QByteArray("/api/tokens/batch") << QByteArray("{alphaKey}\r\n" + json) << manyIds << 400 << u"BATCH_TOO_LARGE"_s;
    QTest::newRow("batch without token_read") << QByteArray("POST") << QByteArray("/api/tokens/batch") << QByteArray("{noReadKey}\r\n" + json) << QByteArray("{\"session_ids\": [\"{alpha}\"]}") << 403 << u"PERMISSION_DENIED"_s;

    // Revocation.
    QTest::newRow("revoke unknown") << QByteArray("DELETE") << QByteArray("/api/sessions/{unknown}") << none << noBody << 404 << u"SESSION_NOT_FOUND"_s;
    QTest::newRow("revoke malformed") << QByteArray("DELETE") << QByteArray("/api/sessions/x") << none << noBody << 400 << u"INVALID_SESSION_ID_FORMAT"_s;
    QTest::newRow("revoke id of 10000 chars") << QByteArray("DELETE") << QByteArray("/api/sessions/" + longId) << none << noBody << 400 << u"INVALID_SESSION_ID_FORMAT"_s;
    QTest::newRow("revoke traversal") << QByteArray("DELETE") << QByteArray("/api/sessions/..%2f..%2fagents") << none << noBody << 400 << u"INVALID_SESSION_ID_FORMAT"_s;
    QTest::newRow("revoke with bad key") << QByteArray("DELETE") << QByteArray("/api/sessions/{unknown}") << QByteArray("{sessionAsKey}") << noBody << 401 << u"AGENT_KEY_INVALID"_s;
    QTest::newRow("revoke wrong method") << QByteArray("GET") << QByteArray("/api/sessions/{unknown}") << none << noBody << 405 << u"METHOD_NOT_ALLOWED"_s;

    // The agent's own sessions.
    QTest::newRow("agent sessions") << QByteArray("GET") << QByteArray("/api/agent/sessions") << QByteArray("{alphaKey}") << noBody << 200 << QString();
    QTest::newRow("agent sessions unpaired") << QByteArray("GET") << QByteArray("/api/agent/sessions") << none << noBody << 401 << u"AGENT_KEY_REQUIRED"_s;
    QTest::newRow("agent sessions session as key") << QByteArray("GET") << QByteArray("/api/agent/sessions") << QByteArray("{sessionAsKey}") << noBody << 401 << u"AGENT_KEY_INVALID"_s;
    QTest::newRow("agent sessions bad status") << QByteArray("GET") << QByteArray("/api/agent/sessions?status=all") << QByteArray("{alphaKey}") << noBody << 400 << u"INVALID_PARAMETER"_s;
    QTest::newRow("agent data") << QByteArray("GET") << QByteArray("/api/agent/data/localoidc/{alpha}?page=2&page_size=10") << QByteArray("{alphaKey}") << noBody << 200 << QString();
    QTest::newRow("agent data wrong provider") << QByteArray("GET") << QByteArray("/api/agent/data/github/{alpha}") << QByteArray("{alphaKey}") << noBody << 404 << u"SESSION_NOT_FOUND"_s;
    QTest::newRow("agent data not owned") << QByteArray("GET") << QByteArray("/api/agent/data/localoidc/{beta}") << QByteArray("{alphaKey}") << noBody << 404 << u"SESSION_NOT_FOUND"_s;
    QTest::newRow("agent data id of 10000 chars") << QByteArray("GET") << QByteArray("/api/agent/data/localoidc/" + longId) << QByteArray("{alphaKey}") << noBody << 400 << u"INVALID_SESSION_ID_FORMAT"_s;
    QTest::newRow("agent data traversal") << QByteArray("GET") << QByteArray("/api/agent/data/..%2f..%2f/{alpha}") << QByteArray("{alphaKey}") << noBody << 404 << u"SESSION_NOT_FOUND"_s;
    QTest::newRow("agent data nul provider") << QByteArray("GET") << QByteArray("/api/agent/data/local%00oidc/{alpha}") << QByteArray("{alphaKey}") << noBody << 400 << u"INVALID_REQUEST_TARGET"_s;
    QTest::newRow("agent data unpaired") << QByteArray("GET") << QByteArray("/api/agent/data/localoidc/{alpha}") << none << noBody << 401 << u"AGENT_KEY_REQUIRED"_s;
    QTest::newRow("agent data without token_read") << QByteArray("GET") << QByteArray("/api/agent/data/localoidc/{alpha}") << QByteArray("{noReadKey}") << noBody << 403 << u"PERMISSION_DENIED"_s;
    QTest::newRow("agent data page zero") << QByteArray("GET") << QByteArray("/api/agent/data/localoidc/{alpha}?page=0") << QByteArray("{alphaKey}") << noBody << 400 << u"INVALID_PARAMETER"_s;
    QTest::newRow("agent data page text") << QByteArray("GET") << QByteArray("/api/agent/data/localoidc/{alpha}?page_size=ten") << QByteArray("{alphaKey}") << noBody << 400 << u"INVALID_PARAMETER"_s;
    QTest::newRow("extend") << QByteArray("POST") << QByteArray("/api/agent/sessions/{alpha}/extend") << QByteArray("{alphaKey}\r\n" + json) << QByteArray("{\"extend_seconds\": 600}") << 200 << QString();
    QTest::newRow("extend with SCP field") << QByteArray("POST") << QByteArray("/api/agent/sessions/{alpha}/extend") << QByteArray("{alphaKey}\r\n" + json) << QByteArray("{\"additional_seconds\": 60}") << 200 << QString();
    QTest::newRow("extend SCP field invalid") << QByteArray("POST") << QByteArray("/api/agent/sessions/{alpha}/extend") << QByteArray("{alphaKey}\r\n" + json) << QByteArray("{\"additional_seconds\": -5}") << 400 << u"INVALID_EXTEND_SECONDS"_s;
    QTest::newRow("extend field missing") << QByteArray("POST") << QByteArray("/api/agent/sessions/{alpha}/extend") << QByteArray("{alphaKey}\r\n" + json) << QByteArray("{}") << 400 << u"INVALID_EXTEND_SECONDS"_s;
    QTest::newRow("extend id of 10000 chars") << QByteArray("POST") << QByteArray("/api/agent/sessions/" + longId + "/extend") << QByteArray("{alphaKey}\r\n" + json) << QByteArray("{\"extend_seconds\": 600}") << 400 << u"INVALID_SESSION_ID_FORMAT"_s;
    QTest::newRow("extend too short") << QByteArray("POST") << QByteArray("/api/agent/sessions/{alpha}/extend") << QByteArray("{alphaKey}\r\n" + json) << QByteArray("{\"extend_seconds\": 59}") << 400 << u"INVALID_EXTEND_SECONDS"_s;
    QTest::newRow("extend text") << QByteArray("POST") << QByteArray("/api/agent/sessions/{alpha}/extend") << QByteArray("{alphaKey}\r\n" + json) << QByteArray("{\"extend_seconds\": \"600\"}") << 400 << u"INVALID_EXTEND_SECONDS"_s;
    QTest::newRow("extend not owned") << QByteArray("POST") << QByteArray("/api/agent/sessions/{beta}/extend") << QByteArray("{alphaKey}\r\n" + json) << QByteArray("{\"extend_seconds\": 600}") << 404 << u"SESSION_NOT_FOUND"_s;
    QTest::newRow("extend person session") << QByteArray("POST") << QByteArray("/api/agent/sessions/{person}/extend") << QByteArray("{alphaKey}\r\n" + json) << QByteArray("{\"extend_seconds\": 600}") << 404 << u"SESSION_NOT_FOUND"_s;
    QTest::newRow("extend bad json") << QByteArray("POST") << QByteArray("/api/agent/sessions/{alpha}/extend") << QByteArray("{alphaKey}\r\n" + json) << QByteArray("nope") << 400 << u"INVALID_JSON"_s;
    QTest::newRow("extend text body") << QByteArray("POST") << QByteArray("/api/agent/sessions/{alpha}/extend") << QByteArray("{alphaKey}\r\nContent-Type: text/plain") << QByteArray("{}") << 415 << u"UNSUPPORTED_MEDIA_TYPE"_s;
    QTest::newRow("cleanup") << QByteArray("POST") << QByteArray("/api/agent/sessions/cleanup") << QByteArray("{betaKey}") << noBody << 200 << QString();
    QTest::newRow("cleanup unpaired") << QByteArray("POST") << QByteArray("/api/agent/sessions/cleanup") << none << noBody << 401 << u"AGENT_KEY_REQUIRED"_s;

    // Connect requests.
    QTest::newRow("connect") << QByteArray("POST") << QByteArray("/api/agent/auth") << QByteArray("{betaKey}\r\n" + json) << QByteArray("{\"provider\": \"localoidc\", \"scopes\": [\"openid\"]}") << 202 << QString();
    QTest::newRow("connect unknown provider") << QByteArray("POST") << QByteArray("/api/agent/auth") << QByteArray("{betaKey}\r\n" + json) << QByteArray("{\"provider\": \"nosuch\"}") << 404 << u"PROVIDER_NOT_FOUND"_s;
    QTest::newRow("connect foreign scope") << QByteArray("POST") << QByteArray("/api/agent/auth") << QByteArray("{betaKey}\r\n" + json) << QByteArray("{\"provider\": \"localoidc\", \"scopes\": [\"admin\"]}") << 400 << u"INVALID_SCOPE"_s;
    QTest::newRow("connect other agent id") << QByteArray("POST") << QByteArray("/api/agent/auth") << QByteArray("{betaKey}\r\n" + json) << QByteArray("{\"provider\": \"localoidc\", \"agent_id\": \"alpha\"}") << 400 << u"INVALID_REQUEST"_s;
    QTest::newRow("connect unpaired") << QByteArray("POST") << QByteArray("/api/agent/auth") << json << QByteArray("{\"provider\": \"localoidc\"}") << 401 << u"AGENT_KEY_REQUIRED"_s;
    QTest::newRow("connect bad json") << QByteArray("POST") << QByteArray("/api/agent/auth") << QByteArray("{betaKey}\r\n" + json) << QByteArray("[\"localoidc\"]") << 400 << u"INVALID_JSON"_s;
    QTest::newRow("connect lifetime too short") << QByteArray("POST") << QByteArray("/api/agent/auth") << QByteArray("{betaKey}\r\n" + json) << QByteArray("{\"provider\": \"localoidc\", \"session_lifetime_seconds\": 5}") << 400 << u"INVALID_REQUEST"_s;
    QTest::newRow("connect poll id of 10000 chars") << QByteArray("GET") << QByteArray("/api/agent/auth/" + longId) << QByteArray("{betaKey}") << noBody << 404 << u"REQUEST_NOT_FOUND"_s;
    QTest::newRow("connect poll unknown") << QByteArray("GET") << QByteArray("/api/agent/auth/{unknown}") << QByteArray("{betaKey}") << noBody << 404 << u"REQUEST_NOT_FOUND"_s;

    // The HTTP layer in front of every route.
    QTest::newRow("foreign origin") << QByteArray("GET") << QByteArray("/api/agent/sessions") << QByteArray("{alphaKey}\r\nOrigin: http://evil.example") << noBody << 403 << u"ORIGIN_NOT_ALLOWED"_s;
}

void TestSessionRoutes::routeContract()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);

    QList<QByteArray> headers;
    if (!header.isEmpty())
        headers = expand(header).split('\n');
    for (QByteArray &line : headers)
        line = line.trimmed();
    const ContractHttp::Reply reply = m_fixture.http().send(method, expand(target), headers, body.isNull() ? body : expand(body));

    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json.value(u"success"_s).toBool(), status < 300);
    QCOMPARE(reply.json.value(u"version"_s).toString(), u"1.0"_s);
    if (status >= 300) {
        QCOMPARE(reply.json.value(u"error"_s)[u"status_code"_s].toInt(), status);
        if (!code.isEmpty())
            QCOMPARE(reply.json.value(u"error"_s)[u"code"_s].toString(), code);
    } else {
        QVERIFY(reply.json.value(u"data"_s).isObject());
    }
    if (status == 405)
        QVERIFY(!reply.headers.value("allow").isEmpty());
    if (status == 401)
        QVERIFY(reply.headers.value("www-authenticate").startsWith("Bearer"));
    // No reply repeats a token it was not asked for, and no error carries one.
    if (status >= 300)
        QVERIFY(!reply.body.contains("access_token"));
}

void TestSessionRoutes::tokenHonoursSessionOptions()
{
    const ContractHttp::Reply agent = m_fixture.http().send("GET", "/api/tokens/" + m_values.value("{alpha}"));
    QCOMPARE(agent.status, 200);
    QCOMPARE(agent.json[u"data"_s][u"scope"_s].toString(), u"openid"_s);
    QCOMPARE(agent.json[u"data"_s][u"refresh_token"_s].toString(), QString());
    QVERIFY(!agent.json[u"data"_s][u"access_token"_s].toString().isEmpty());

    SessionOptions exposed;
    exposed.agentId = u"alpha"_s;
    exposed.exposeRefreshToken = true;
    const QString exposedSession = m_fixture.createSession(exposed);
    QVERIFY(!exposedSession.isEmpty());
    const ContractHttp::Reply withRefresh = m_fixture.http().send("GET", "/api/tokens/" + exposedSession.toLatin1());
    QCOMPARE(withRefresh.status, 200);
    QVERIFY(!withRefresh.json[u"data"_s][u"refresh_token"_s].toString().isEmpty());

    SessionOptions foreignScope;
    foreignScope.agentId = u"alpha"_s;
    foreignScope.scopes = {u"calendar"_s};
    QString error;
    QVERIFY(m_fixture.createSession(foreignScope, &error).isEmpty());
    QCOMPARE(error, u"INVALID_SCOPE"_s);
}

void TestSessionRoutes::batchHidesForeignSessions()
{
    const QByteArray body = expand("{\"session_ids\": [\"{alpha}\", \"{beta}\", \"{person}\", \"{unknown}\", \"x\"]}");
    const ContractHttp::Reply reply = m_fixture.http().send(
        "POST", "/api/tokens/batch", {m_values.value("{alphaKey}"), "Content-Type: application/json"}, body);
    QCOMPARE(reply.status, 200);
    const QJsonObject results = reply.json[u"data"_s][u"results"_s].toObject();
    QCOMPARE(results.size(), 5);
    QVERIFY(results[QString::fromLatin1(m_values.value("{alpha}"))][u"success"_s].toBool());
    for (const char *key : {"{beta}", "{person}", "{unknown}"}) {
        const QJsonObject result = results[QString::fromLatin1(m_values.value(key))].toObject();
        QVERIFY2(!result[u"success"_s].toBool(), key);
        QCOMPARE(result[u"error"_s][u"code"_s].toString(), u"SESSION_NOT_FOUND"_s);
    }
    QCOMPARE(results[u"x"_s][u"error"_s][u"code"_s].toString(), u"INVALID_SESSION_ID_FORMAT"_s);

    // The list shows prefixes of the agent's own sessions and never a full id.
    const ContractHttp::Reply list = m_fixture.http().send("GET", "/api/agent/sessions", {m_values.value("{alphaKey}")});
    QCOMPARE(list.status, 200);
    QVERIFY(list.json[u"data"_s][u"count"_s].toInt() >= 2);
    QVERIFY(!list.body.contains(m_values.value("{alpha}")));
    QVERIFY(!list.body.contains(m_values.value("{beta}").left(8)));
    QVERIFY(!list.body.contains(m_values.value("{person}").left(8)));
}

void TestSessionRoutes::revokedSessionStopsWorking()
{
    const QByteArray id = m_values.value("{revokable}");
    QCOMPARE(m_fixture.http().send("GET", "/api/tokens/" + id).status, 200);
    const ContractHttp::Reply revoked = m_fixture.http().send("DELETE", "/api/sessions/" + id);
    QCOMPARE(revoked.status, 200);
    QVERIFY(revoked.json[u"data"_s][u"revoked"_s].toBool());
    QCOMPARE(m_fixture.http().send("GET", "/api/tokens/" + id).status, 404);
    QCOMPARE(m_fixture.http().send("DELETE", "/api/sessions/" + id).status, 404);

    const ContractHttp::Reply list =
        m_fixture.http().send("GET", "/api/agent/sessions?status=revoked", {m_values.value("{alphaKey}")});
    QCOMPARE(list.json[u"data"_s][u"count"_s].toInt(), 1);
    const ContractHttp::Reply cleaned = m_fixture.http().send("POST", "/api/agent/sessions/cleanup", {m_values.value("{alphaKey}")});
    QCOMPARE(cleaned.status, 200);
    QCOMPARE(cleaned.json[u"data"_s][u"removed"_s].toInt(), 1);
}

void TestSessionRoutes::extensionStopsAtLimit()
{
    const ContractHttp::Reply reply = m_fixture.http().send(
        "POST", "/api/agent/sessions/" + m_values.value("{alpha}") + "/extend",
        {m_values.value("{alphaKey}"), "Content-Type: application/json"}, "{\"extend_seconds\": 86400}");
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.json[u"error"_s][u"code"_s].toString(), u"EXTENSION_LIMIT"_s);
}

void TestSessionRoutes::connectRequestIsOwnedByAgent()
{
    const ContractHttp::Reply submitted = m_fixture.http().send(
        "POST", "/api/agent/auth", {m_values.value("{alphaKey}"), "Content-Type: application/json"},
        "{\"provider\": \"localoidc\", \"session_lifetime_seconds\": 600}");
    QCOMPARE(submitted.status, 202);
    const QByteArray pollUrl = submitted.json[u"data"_s][u"poll_url"_s].toString().toLatin1();
    QCOMPARE(submitted.json[u"data"_s][u"status"_s].toString(), u"pending_approval"_s);

    const ContractHttp::Reply own = m_fixture.http().send("GET", pollUrl, {m_values.value("{alphaKey}")});
    QCOMPARE(own.status, 200);
    QCOMPARE(own.json[u"data"_s][u"status"_s].toString(), u"pending_approval"_s);
    const ContractHttp::Reply other = m_fixture.http().send("GET", pollUrl, {m_values.value("{betaKey}")});
    QCOMPARE(other.status, 404);

    // The person denies the request, and the agent reads "denied" on its next poll.
    Broker *broker = m_fixture.broker().broker();
    const QString requestId = submitted.json[u"data"_s][u"request_id"_s].toString();
    QMetaObject::invokeMethod(broker, [broker, requestId] { broker->denyConnectRequest(requestId); });
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.http().send("GET", pollUrl, {m_values.value("{alphaKey}")}).json[u"data"_s][u"status"_s].toString(),
                              u"denied"_s, 5000);
}

void TestSessionRoutes::approvedConnectRequestYieldsAgentSession()
{
    const QByteArray alphaKey = m_values.value("{alphaKey}");
    const ContractHttp::Reply submitted = m_fixture.http().send(
        "POST", "/api/agent/auth", {alphaKey, "Content-Type: application/json"},
        "{\"provider\": \"localoidc\", \"scopes\": [\"openid\", \"email\"], \"session_lifetime_seconds\": 900}");
    QCOMPARE(submitted.status, 202);
    const QString requestId = submitted.json[u"data"_s][u"request_id"_s].toString();
    const QByteArray pollUrl = submitted.json[u"data"_s][u"poll_url"_s].toString().toLatin1();

    Broker *broker = m_fixture.broker().broker();
    QSignalSpy flowStarted(broker, &Broker::flowStarted);
    QMetaObject::invokeMethod(broker, [broker, requestId] { broker->approveConnectRequest(requestId); });
    QTRY_COMPARE_WITH_TIMEOUT(flowStarted.size(), 1, 10000);

    const ContractHttp::Reply awaiting = m_fixture.http().send("GET", pollUrl, {alphaKey});
    QCOMPARE(awaiting.json[u"data"_s][u"status"_s].toString(), u"awaiting_browser"_s);
    const QString url = awaiting.json[u"data"_s][u"authorization_url"_s].toString();
    QCOMPARE(url, flowStarted.first().at(2).toUrl().toString(QUrl::FullyEncoded));

    QString error;
    OidcServer::authorize(url, {u"--login"_s, u"contract-user"_s}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.http().send("GET", pollUrl, {alphaKey}).json[u"data"_s][u"status"_s].toString(),
                              u"completed"_s, 15000);
    // The poll that saw "completed" above took the id; later polls never show it again.
    const ContractHttp::Reply again = m_fixture.http().send("GET", pollUrl, {alphaKey});
    QVERIFY(!again.json[u"data"_s].toObject().contains(u"session_id"_s));

    // The agent's session list now contains a session with the requested scopes.
    const ContractHttp::Reply list = m_fixture.http().send("GET", "/api/agent/sessions?status=active", {alphaKey});
    bool found = false;
    for (const QJsonValue &session : list.json[u"data"_s][u"sessions"_s].toArray()) {
        if (session[u"scopes"_s].toArray() == QJsonArray{u"openid"_s, u"email"_s})
            found = true;
    }
    QVERIFY(found);
    // The connection was reused: the same account signed in again.
    QCOMPARE(m_fixture.broker().storedConnectionIds().size(), 1);
}

void TestSessionRoutes::auditRecordsSessionActions()
{
    // The audit log writes its batch every 500 ms.
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture.auditCount(u"token_read"_s, u"ok"_s, u"alpha"_s) > 0, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture.auditCount(u"token_read"_s, u"not_found"_s) > 0, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture.auditCount(u"token_refresh"_s, u"ok"_s) > 0, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture.auditCount(u"session_revoke"_s, u"ok"_s) > 0, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture.auditCount(u"session_extend"_s, u"ok"_s, u"alpha"_s) > 0, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture.auditCount(u"session_cleanup"_s, u"ok"_s, u"alpha"_s) > 0, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture.auditCount(u"connect_request"_s, u"pending"_s, u"beta"_s) > 0, 5000);
}

QTEST_GUILESS_MAIN(TestSessionRoutes)
#include "tst_sessionroutes.moc"
