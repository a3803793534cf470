// Runs against the real keychain of the test's D-Bus session (gnome-keyring started by
// packaging/test.sh), so it checks what QtKeychain and the Secret Service really do.

#include "core/Random.h"
#include "store/SecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Service = u"SecureContext-test"_s;

} // namespace

class SecretStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void probeSucceeds();
    void writeReadRemove_data();
    void writeReadRemove();
    void missingEntryIsNotFound();
    void emptyValueReadsAsNotFound();
    void removeMissingEntrySucceeds();

private:
    Result<void> write(SecretStore &store, const QString &key, const QString &value);
    Result<QString> read(SecretStore &store, const QString &key);
    Result<void> remove(SecretStore &store, const QString &key);
};

Result<void> SecretStoreTest::write(SecretStore &store, const QString &key, const QString &value)
{
    std::optional<Result<void>> result;
    store.write(key, value, [&result](const Result<void> &written) { result = written; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
    return result.value_or(Error{u"TEST_TIMEOUT"_s, {}});
}

Result<QString> SecretStoreTest::read(SecretStore &store, const QString &key)
{
    std::optional<Result<QString>> result;
    store.read(key, [&result](const Result<QString> &value) { result = value; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
    return result.value_or(Error{u"TEST_TIMEOUT"_s, {}});
}

Result<void> SecretStoreTest::remove(SecretStore &store, const QString &key)
{
    std::optional<Result<void>> result;
    store.remove(key, [&result](const Result<void> &removed) { result = removed; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
    return result.value_or(Error{u"TEST_TIMEOUT"_s, {}});
}

void SecretStoreTest::probeSucceeds()
{
    SecretStore store(Service);
    std::optional<Result<void>> result;
    store.probe([&result](const Result<void> &probed) { result = probed; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QVERIFY2(result->ok(), qPrintable(result->error().message));
}

void SecretStoreTest::writeReadRemove_data()
{
    QTest::addColumn<QString>("value");

    QTest::newRow("short token") << u"ya29.TEST-token"_s;
    QTest::newRow("non-ASCII") << u"jeton-é-日本"_s;
    QTest::newRow("JWT-sized 3000 bytes") << QString(3000, u'A');
    QTest::newRow("100 KiB") << QString::fromLatin1(Random::base64Url(75 * 1024));
}

void SecretStoreTest::writeReadRemove()
{
    QFETCH(QString, value);
    SecretStore store(Service);
    const QString key = u"test/"_s + Random::uuid4();

    const Result<void> written = write(store, key, value);
    QVERIFY2(written.ok(), qPrintable(written.error().message));

    const Result<QString> readBack = read(store, key);
    QVERIFY2(readBack.ok(), qPrintable(readBack.error().message));
    QCOMPARE(readBack.value(), value);

    QVERIFY(remove(store, key).ok());
    const Result<QString> afterRemove = read(store, key);
    QVERIFY(!afterRemove.ok());
    QCOMPARE(afterRemove.error().code, SecretStore::NotFound);
}

void SecretStoreTest::missingEntryIsNotFound()
{
    SecretStore store(Service);
    const Result<QString> missing = read(store, u"test/never-written/"_s + Random::uuid4());
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, SecretStore::NotFound);
}

void SecretStoreTest::emptyValueReadsAsNotFound()
{
    SecretStore store(Service);
    const QString key = u"test/"_s + Random::uuid4();
    QVERIFY(write(store, key, QString()).ok());

    const Result<QString> empty = read(store, key);
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, SecretStore::NotFound);
    QVERIFY(remove(store, key).ok());
}

void SecretStoreTest::removeMissingEntrySucceeds()
{
    SecretStore store(Service);
    QVERIFY(remove(store, u"test/never-written/"_s + Random::uuid4()).ok());
}

QTEST_GUILESS_MAIN(SecretStoreTest)
#include "tst_secretstore.moc"
