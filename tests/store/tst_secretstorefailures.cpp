// SecretStore against keychains that fail: a session bus address where nothing listens, and a
// socket that accepts the D-Bus connection and never responds, as a hung keychain daemon or a
// prompt left open would. The test points DBUS_SESSION_BUS_ADDRESS at sockets it creates itself
// before the first keychain call, so it never reaches the test session's real keychain.

#include "core/Random.h"
#include "store/SecretStore.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Service = u"SecureContext-test"_s;
constexpr int ShortTimeoutMs = 500;

} // namespace

class SecretStoreFailuresTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // The order matters: a D-Bus connection that was opened stays open for the process, so the
    // silent bus comes last.
    void missingBusFailsEveryJob_data();
    void missingBusFailsEveryJob();
    void silentBusTimesOut_data();
    void silentBusTimesOut();

private:
    QTemporaryDir m_dir;
    QLocalServer m_silentBus;
    QList<QLocalSocket *> m_silentConnections;
};

void SecretStoreFailuresTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qunsetenv("DISPLAY");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(m_dir.filePath(u"no-bus"_s)));
}

void SecretStoreFailuresTest::missingBusFailsEveryJob_data()
{
    QTest::addColumn<QString>("job");
    QTest::addColumn<int>("size");

    QTest::newRow("write of a 20000-byte token") << u"write"_s << 20000;
    QTest::newRow("write of a 3000-byte token") << u"write"_s << 3000;
    QTest::newRow("read") << u"read"_s << 0;
    QTest::newRow("probe") << u"probe"_s << 0;
}

void SecretStoreFailuresTest::missingBusFailsEveryJob()
{
    QFETCH(QString, job);
    QFETCH(int, size);

    SecretStore store(Service);
    const QString key = u"test/"_s + Random::uuid4();
    std::optional<Error> error;
    std::optional<QString> readValue;
    if (job == u"write"_s) {
        store.write(key, QString(size, u'A'), [&error](const Result<void> &written) { error = written ? Error{} : written.error(); });
    } else if (job == u"read"_s) {
        store.read(key, [&error, &readValue](const Result<QString> &value) {
            error = value ? Error{} : value.error();
            if (value)
                readValue = value.value();
        });
    } else {
        store.probe([&error](const Result<void> &probed) { error = probed ? Error{} : probed.error(); });
    }
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 20000);

    // "Not found" would let the broker treat the connection as gone, but this is an outage.
    QCOMPARE(error->code, SecretStore::Unavailable);
    QVERIFY(!readValue.has_value());
    QVERIFY2(error->message.contains(u"No usable keychain"_s), qPrintable(error->message));
    if (job == u"write"_s)
        QVERIFY2(error->message.contains(u"%1 bytes"_s.arg(size)), qPrintable(error->message));
}

void SecretStoreFailuresTest::silentBusTimesOut_data()
{
    QTest::addColumn<QString>("job");

    QTest::newRow("write") << u"write"_s;
    QTest::newRow("read") << u"read"_s;
    QTest::newRow("remove") << u"remove"_s;
}

void SecretStoreFailuresTest::silentBusTimesOut()
{
    QFETCH(QString, job);

    if (!m_silentBus.isListening()) {
        // Accepts connections and keeps them open without sending a byte.
        QVERIFY(m_silentBus.listen(m_dir.filePath(u"silent-bus"_s)));
        connect(&m_silentBus, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *socket = m_silentBus.nextPendingConnection())
                m_silentConnections.append(socket);
        });
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(m_silentBus.fullServerName()));
    }

    SecretStore store(Service);
    store.setTimeoutMs(ShortTimeoutMs);
    const QString key = u"test/"_s + Random::uuid4();
    int answers = 0;
    std::optional<Error> error;
    QElapsedTimer elapsed;
    elapsed.start();
    const auto record = [&answers, &error](const Error &result) {
        ++answers;
        error = result;
    };
    if (job == u"write"_s)
        store.write(key, u"value"_s, [&record](const Result<void> &r) { record(r ? Error{} : r.error()); });
    else if (job == u"read"_s)
        store.read(key, [&record](const Result<QString> &r) { record(r ? Error{} : r.error()); });
    else
        store.remove(key, [&record](const Result<void> &r) { record(r ? Error{} : r.error()); });

    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 5000);
    QVERIFY2(elapsed.elapsed() < ShortTimeoutMs + 1500, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(error->code, SecretStore::TimedOut);
    QVERIFY2(error->message.contains(key), qPrintable(error->message));
    if (job == u"write"_s)
        QVERIFY2(error->message.contains(u"5 bytes"_s), qPrintable(error->message));
    QVERIFY(!m_silentConnections.isEmpty());

    // The callback runs exactly once, also when the job would finish later.
    QTest::qWait(300);
    QCOMPARE(answers, 1);
}

QTEST_GUILESS_MAIN(SecretStoreFailuresTest)
#include "tst_secretstorefailures.moc"
