#include "store/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class DatabaseTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openCreatesSchemaInWalMode();
    void reopenKeepsVersion();
    void newerSchemaIsRejected();
    void unwritablePathFails();
};

void DatabaseTest::openCreatesSchemaInWalMode()
{
    QTemporaryDir dir;
    Database database;
    const Result<void> opened = database.open(dir.filePath(u"sub/securecontext.db"_s));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(database.schemaVersion(), 1);

    QSqlQuery query(database.handle());
    QVERIFY(query.exec(u"PRAGMA journal_mode"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_s);

    QVERIFY(query.exec(u"PRAGMA foreign_keys"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);

    for (const QString &table : {u"provider_settings"_s, u"connections"_s, u"sessions"_s}) {
        QVERIFY(query.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'"_s.arg(table)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }
}

void DatabaseTest::reopenKeepsVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"securecontext.db"_s);
    {
        Database database;
        QVERIFY(database.open(path).ok());
        QSqlQuery query(database.handle());
        QVERIFY(query.exec(u"INSERT INTO provider_settings VALUES('github', 'id-1', '2026-01-01T00:00:00.000Z')"_s));
    }

    Database reopened;
    QVERIFY(reopened.open(path).ok());
    QCOMPARE(reopened.schemaVersion(), 1);
    QSqlQuery query(reopened.handle());
    QVERIFY(query.exec(u"SELECT client_id FROM provider_settings WHERE provider = 'github'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"id-1"_s);
}

void DatabaseTest::newerSchemaIsRejected()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"securecontext.db"_s);
    {
        Database database;
        QVERIFY(database.open(path).ok());
        QSqlQuery query(database.handle());
        QVERIFY(query.exec(u"PRAGMA user_version = 99"_s));
    }

    Database newer;
    const Result<void> opened = newer.open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, u"DATABASE_TOO_NEW"_s);
    QVERIFY(opened.error().message.contains(u"99"_s));
}

void DatabaseTest::unwritablePathFails()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    // A regular file where the database's folder should be.
    Database database;
    const Result<void> opened = database.open(dir.filePath(u"file/securecontext.db"_s));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, u"DATABASE_ERROR"_s);
}

QTEST_GUILESS_MAIN(DatabaseTest)
#include "tst_database.moc"
