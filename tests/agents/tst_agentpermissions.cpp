// AgentPermissions: the JSON form agents send when pairing, and narrowing on approval.

#include "agents/AgentPermissions.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

AgentPermissions permissions(const QStringList &connections, bool tokenRead, bool proxyOnly, bool admin)
{
    AgentPermissions result;
    result.connections = connections;
    result.tokenRead = tokenRead;
    result.proxyOnly = proxyOnly;
    result.admin = admin;
    return result;
}

} // namespace

class AgentPermissionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromJson_data();
    void fromJson();
    void rejectsInvalidJson_data();
    void rejectsInvalidJson();
    void roundTripsThroughJson();
    void narrowedTo_data();
    void narrowedTo();
};

void AgentPermissionsTest::fromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<AgentPermissions>("expected");

    QTest::newRow("empty object grants nothing") << QByteArray("{}") << permissions({}, false, false, false);
    QTest::newRow("every field") << QByteArray(R"({"connections": ["a", "b"], "token_read": true, "proxy_only": false, "admin": true})")
                                 << permissions({u"a"_s, u"b"_s}, true, false, true);
    QTest::newRow("all connections") << QByteArray(R"({"connections": ["*"], "token_read": true})")
                                     << permissions({u"*"_s}, true, false, false);
    QTest::newRow("proxy_only clears token_read") << QByteArray(R"({"token_read": true, "proxy_only": true})")
                                                  << permissions({}, false, true, false);
    QTest::newRow("duplicate connections once") << QByteArray(R"({"connections": ["a", "a", "b"]})")
                                                << permissions({u"a"_s, u"b"_s}, false, false, false);
    QTest::newRow("128-character connection id") << QByteArray(R"({"connections": [")" + QByteArray(128, 'c') + R"("]})")
                                                 << permissions({QString(128, u'c')}, false, false, false);
}

void AgentPermissionsTest::fromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(AgentPermissions, expected);

    const Result<AgentPermissions> parsed = AgentPermissions::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed.value().connections, expected.connections);
    QCOMPARE(parsed.value().tokenRead, expected.tokenRead);
    QCOMPARE(parsed.value().proxyOnly, expected.proxyOnly);
    QCOMPARE(parsed.value().admin, expected.admin);
}

void AgentPermissionsTest::rejectsInvalidJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("namedField");

    QTest::newRow("unknown key") << QByteArray(R"({"tokenread": true})") << u"tokenread"_s;
    QTest::newRow("unknown key next to valid ones") << QByteArray(R"({"admin": false, "delete_everything": true})")
                                                    << u"delete_everything"_s;
    QTest::newRow("connections as string") << QByteArray(R"({"connections": "*"})") << u"connections"_s;
    QTest::newRow("connections with number") << QByteArray(R"({"connections": [1]})") << u"connections"_s;
    QTest::newRow("connections with empty id") << QByteArray(R"({"connections": [""]})") << u"connections"_s;
    QTest::newRow("connections with null") << QByteArray(R"({"connections": [null]})") << u"connections"_s;
    QTest::newRow("connection id of 129 characters") << QByteArray(R"({"connections": [")" + QByteArray(129, 'c') + R"("]})")
                                                     << u"connections"_s;
    QTest::newRow("token_read as string") << QByteArray(R"({"token_read": "true"})") << u"token_read"_s;
    QTest::newRow("admin as number") << QByteArray(R"({"admin": 1})") << u"admin"_s;
    QTest::newRow("proxy_only as null") << QByteArray(R"({"proxy_only": null})") << u"proxy_only"_s;
    QTest::newRow("admin as object") << QByteArray(R"({"admin": {}})") << u"admin"_s;
}

void AgentPermissionsTest::rejectsInvalidJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, namedField);

    const Result<AgentPermissions> parsed = AgentPermissions::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, u"INVALID_PERMISSIONS"_s);
    QVERIFY2(parsed.error().message.contains(namedField), qPrintable(parsed.error().message));
}

void AgentPermissionsTest::roundTripsThroughJson()
{
    const AgentPermissions original = permissions({u"github-1"_s, u"google-2"_s}, true, false, true);
    const Result<AgentPermissions> parsed = AgentPermissions::fromJson(original.toJson());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value(), original);
    QCOMPARE(AgentPermissions::fromJson(parse(R"({"connections": ["x"]})")).value().toJson().keys(),
             (QStringList{u"admin"_s, u"connections"_s, u"proxy_only"_s, u"token_read"_s}));
}

void AgentPermissionsTest::narrowedTo_data()
{
    QTest::addColumn<AgentPermissions>("granted");
    QTest::addColumn<AgentPermissions>("requested");
    QTest::addColumn<AgentPermissions>("expected");

    const AgentPermissions everything = permissions({u"*"_s}, true, false, true);
    QTest::newRow("same as requested") << everything << everything << everything;
    QTest::newRow("person drops admin") << permissions({u"*"_s}, true, false, false) << everything
                                        << permissions({u"*"_s}, true, false, false);
    QTest::newRow("person picks one connection of all") << permissions({u"a"_s}, true, false, false) << everything
                                                        << permissions({u"a"_s}, true, false, false);
    QTest::newRow("grant cannot add admin") << permissions({u"a"_s}, false, false, true) << permissions({u"a"_s}, false, false, false)
                                            << permissions({u"a"_s}, false, false, false);
    QTest::newRow("grant cannot add token_read") << permissions({u"a"_s}, true, false, false)
                                                 << permissions({u"a"_s}, false, false, false)
                                                 << permissions({u"a"_s}, false, false, false);
    QTest::newRow("grant of all keeps requested list") << permissions({u"*"_s}, false, false, false)
                                                       << permissions({u"a"_s, u"b"_s}, false, false, false)
                                                       << permissions({u"a"_s, u"b"_s}, false, false, false);
    QTest::newRow("grant cannot add a connection") << permissions({u"a"_s, u"c"_s}, false, false, false)
                                                   << permissions({u"a"_s, u"b"_s}, false, false, false)
                                                   << permissions({u"a"_s}, false, false, false);
    QTest::newRow("requested proxy_only stays") << permissions({u"a"_s}, false, false, false)
                                                << permissions({u"a"_s}, false, true, false)
                                                << permissions({u"a"_s}, false, true, false);
    QTest::newRow("person adds proxy_only") << permissions({u"a"_s}, true, true, false) << permissions({u"a"_s}, true, false, false)
                                            << permissions({u"a"_s}, false, true, false);
}

void AgentPermissionsTest::narrowedTo()
{
    QFETCH(AgentPermissions, granted);
    QFETCH(AgentPermissions, requested);
    QFETCH(AgentPermissions, expected);

    const AgentPermissions narrowed = granted.narrowedTo(requested);
    QCOMPARE(narrowed.connections, expected.connections);
    QCOMPARE(narrowed.tokenRead, expected.tokenRead);
    QCOMPARE(narrowed.proxyOnly, expected.proxyOnly);
    QCOMPARE(narrowed.admin, expected.admin);
}

QTEST_GUILESS_MAIN(AgentPermissionsTest)
#include "tst_agentpermissions.moc"
