// Disconnecting a connection against a real OpenID Connect server (oidc-provider, revocation
// enabled): the broker revokes the refresh token and the access token (RFC 7009), deletes the
// keychain entries and the metadata, and the sessions stop working at once. The same through
// `securecontextd --disconnect`. Keychain checks read the real Secret Service of the test's
// D-Bus session with secret-tool.

#include "BrokerFixture.h"

#include "Broker.h"
#include "connections/ConnectionKeys.h"
#include "oauth/SessionId.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

RefreshPolicy testPolicy()
{
    RefreshPolicy policy;
    policy.proactiveCheckIntervalMs = 3600 * 1000;
    return policy;
}

} // namespace

class DisconnectTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void disconnectRevokesAndDeletes_data();
    void disconnectRevokesAndDeletes();
    void unknownConnectionIsReported();
    void daemonDisconnectCommand();
    void daemonRejectsUnknownConnection();

private:
    QString connectNew(const QString &provider, const QString &login, QString *sessionId);

    BrokerFixture m_fixture;
};

void DisconnectTest::initTestCase()
{
    const QString started = m_fixture.start(OidcServer::Options(), testPolicy());
    QVERIFY2(started.isEmpty(), qPrintable(started));
}

// Connects an account and returns the id of the connection it added.
QString DisconnectTest::connectNew(const QString &provider, const QString &login, QString *sessionId)
{
    const QStringList before = m_fixture.storedConnectionIds();
    QString error;
    *sessionId = m_fixture.connectAccount(provider, login, &error);
    if (sessionId->isEmpty()) {
        qWarning() << "connect failed:" << error;
        return {};
    }
    for (const QString &id : m_fixture.storedConnectionIds()) {
        if (!before.contains(id))
            return id;
    }
    return {};
}

void DisconnectTest::disconnectRevokesAndDeletes_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("expectedWarning");
    QTest::addColumn<int>("refreshStatusAfter");

    // After a revocation the server rejects the refresh token. Without one the token still
    // works there, and the warning tells the user.
    QTest::newRow("provider revokes the grant") << BrokerFixture::ProviderName << QString() << 400;
    QTest::newRow("provider without revocation endpoint") << u"norevoke"_s << u"no token revocation endpoint"_s << 200;
    QTest::newRow("revocation endpoint unreachable") << u"deadrevoke"_s << u"Revoking the refresh_token"_s << 200;
}

void DisconnectTest::disconnectRevokesAndDeletes()
{
    QFETCH(QString, provider);
    QFETCH(QString, expectedWarning);
    QFETCH(int, refreshStatusAfter);

    QString sessionId;
    const QString connectionId = connectNew(provider, u"alice"_s, &sessionId);
    QVERIFY(!connectionId.isEmpty());
    const QString refreshToken = BrokerFixture::readKeychain(ConnectionKeys::refreshToken(connectionId));
    QVERIFY(!refreshToken.isEmpty());
    const QString sessionKey = ConnectionKeys::sessionId(SessionId::hash(sessionId));
    QCOMPARE(BrokerFixture::readKeychain(sessionKey), sessionId);
    QCOMPARE(BrokerFixture::get(m_fixture.apiUrl(u"/api/tokens/"_s + sessionId)).status, 200);

    QSignalSpy disconnected(m_fixture.broker(), &Broker::connectionDisconnected);
    QSignalSpy failed(m_fixture.broker(), &Broker::operationFailed);
    QSignalSpy changed(m_fixture.broker(), &Broker::connectionsChanged);
    QMetaObject::invokeMethod(m_fixture.broker(), [this, connectionId] { m_fixture.broker()->disconnectConnection(connectionId); });
    QVERIFY(!disconnected.isEmpty() || disconnected.wait(30000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(disconnected.first().at(0).toString(), connectionId);

    const QStringList warnings = disconnected.first().at(1).toStringList();
    if (expectedWarning.isEmpty()) {
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    } else {
        QVERIFY(!warnings.isEmpty());
        QVERIFY2(warnings.first().contains(expectedWarning), qPrintable(warnings.join(u'\n')));
    }

    // Agents lose access; the list no longer shows the connection.
    const BrokerFixture::HttpResult token = BrokerFixture::get(m_fixture.apiUrl(u"/api/tokens/"_s + sessionId));
    QCOMPARE(token.status, 404);
    QCOMPARE(token.json[u"error"_s][u"code"_s].toString(), u"SESSION_NOT_FOUND"_s);
    QVERIFY(!changed.isEmpty());
    for (const ConnectionSummary &summary : changed.last().first().value<QList<ConnectionSummary>>())
        QVERIFY(summary.id != connectionId);

    // Nothing is left on this computer.
    for (const QString &key : {ConnectionKeys::accessToken(connectionId), ConnectionKeys::refreshToken(connectionId), sessionKey}) {
        bool found = true;
        BrokerFixture::readKeychain(key, &found);
        QVERIFY2(!found, qPrintable(key));
    }
    QVERIFY(!m_fixture.storedConnectionIds().contains(connectionId));

    // At the server.
    const BrokerFixture::HttpResult refreshed = m_fixture.refreshAtServer(refreshToken);
    QCOMPARE(refreshed.status, refreshStatusAfter);
    if (refreshStatusAfter == 400)
        QCOMPARE(refreshed.json[u"error"_s].toString(), u"invalid_grant"_s);
}

void DisconnectTest::unknownConnectionIsReported()
{
    QSignalSpy failed(m_fixture.broker(), &Broker::operationFailed);
    QMetaObject::invokeMethod(m_fixture.broker(), [this] {
        m_fixture.broker()->disconnectConnection(u"00000000-0000-4000-8000-000000000000"_s);
    });
    QVERIFY(!failed.isEmpty() || failed.wait(10000));
    QCOMPARE(failed.first().first().value<Error>().code, u"CONNECTION_NOT_FOUND"_s);
}

void DisconnectTest::daemonDisconnectCommand()
{
    QString sessionId;
    const QString connectionId = connectNew(BrokerFixture::ProviderName, u"bob"_s, &sessionId);
    QVERIFY(!connectionId.isEmpty());
    const QString refreshToken = BrokerFixture::readKeychain(ConnectionKeys::refreshToken(connectionId));
    QVERIFY(!refreshToken.isEmpty());

    // The command runs beside the serving broker on the same data directory.
    QProcess command;
    command.start(QStringLiteral(SECURECONTEXTD_PATH),
                  {u"--data-dir"_s, m_fixture.dataDir(), u"--disconnect"_s, connectionId});
    QVERIFY(command.waitForFinished(60000));
    const QByteArray output = command.readAllStandardOutput();
    const QByteArray errors = command.readAllStandardError();
    QVERIFY2(command.exitCode() == 0, errors.constData());
    QVERIFY2(output.contains(QByteArray("Disconnected " + connectionId.toUtf8())), output.constData());
    QVERIFY2(!errors.contains("Warning:"), errors.constData());

    for (const QString &key : {ConnectionKeys::accessToken(connectionId), ConnectionKeys::refreshToken(connectionId),
                               ConnectionKeys::sessionId(SessionId::hash(sessionId))}) {
        bool found = true;
        BrokerFixture::readKeychain(key, &found);
        QVERIFY2(!found, qPrintable(key));
    }
    QVERIFY(!m_fixture.storedConnectionIds().contains(connectionId));
    const BrokerFixture::HttpResult refreshed = m_fixture.refreshAtServer(refreshToken);
    QCOMPARE(refreshed.status, 400);
    QCOMPARE(refreshed.json[u"error"_s].toString(), u"invalid_grant"_s);
}

void DisconnectTest::daemonRejectsUnknownConnection()
{
    QProcess command;
    command.start(QStringLiteral(SECURECONTEXTD_PATH),
                  {u"--data-dir"_s, m_fixture.dataDir(), u"--disconnect"_s, u"no-such-connection"_s});
    QVERIFY(command.waitForFinished(60000));
    QCOMPARE(command.exitCode(), 1);
    QVERIFY(command.readAllStandardError().contains("CONNECTION_NOT_FOUND"));
}

QTEST_GUILESS_MAIN(DisconnectTest)
#include "tst_disconnect.moc"
