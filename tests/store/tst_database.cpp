#include "store/Database.h"

#include <QSqlError>
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
    void versionOneIsMigrated();
    void newerSchemaIsRejected();
    void unwritablePathFails();
};

void DatabaseTest::openCreatesSchemaInWalMode()
{
    QTemporaryDir dir;
    Database database;
    const Result<void> opened = database.open(dir.filePath(u"sub/securecontext.db"_s));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(database.schemaVersion(), 2);

    QSqlQuery query(database.handle());
    QVERIFY(query.exec(u"PRAGMA journal_mode"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_s);

    QVERIFY(query.exec(u"PRAGMA foreign_keys"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);

    for (const QString &table : {u"provider_settings"_s, u"connections"_s, u"sessions"_s, u"agents"_s, u"audit_events"_s}) {
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
    QCOMPARE(reopened.schemaVersion(), 2);
    QSqlQuery query(reopened.handle());
    QVERIFY(query.exec(u"SELECT client_id FROM provider_settings WHERE provider = 'github'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"id-1"_s);
}

void DatabaseTest::versionOneIsMigrated()
{
    // A database as the first release wrote it, with one connection and one session.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"securecontext.db"_s);
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"version-one"_s);
        old.setDatabaseName(path);
        QVERIFY(old.open());
        QSqlQuery query(old);
        const QStringList statements = {
            u"CREATE TABLE provider_settings (provider TEXT PRIMARY KEY, client_id TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL)"_s,
            u"CREATE TABLE connections (id TEXT PRIMARY KEY, provider TEXT NOT NULL, account TEXT NOT NULL DEFAULT '', "
            "subject TEXT NOT NULL DEFAULT '', requested_scopes TEXT NOT NULL DEFAULT '', granted_scopes TEXT NOT NULL DEFAULT '', "
            "token_type TEXT NOT NULL DEFAULT 'Bearer', status TEXT NOT NULL, last_error TEXT NOT NULL DEFAULT '', "
            "access_token_expires_at TEXT, refresh_token_expires_at TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
            "last_refresh_at TEXT)"_s,
            u"CREATE INDEX connections_provider_account ON connections(provider, subject)"_s,
            u"CREATE TABLE sessions (id_hash TEXT PRIMARY KEY, id_prefix TEXT NOT NULL, connection_id TEXT NOT NULL "
            "REFERENCES connections(id) ON DELETE CASCADE, agent_name TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, "
            "expires_at TEXT, revoked_at TEXT)"_s,
            u"CREATE INDEX sessions_connection ON sessions(connection_id)"_s,
            u"INSERT INTO connections (id, provider, status, created_at, updated_at) VALUES ('c1', 'github', 'active', 'x', 'x')"_s,
            u"INSERT INTO sessions (id_hash, id_prefix, connection_id, created_at) VALUES ('h1', 'abcd1234', 'c1', 'x')"_s,
            u"PRAGMA user_version = 1"_s,
        };
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        old.close();
    }
    QSqlDatabase::removeDatabase(u"version-one"_s);

    Database database;
    const Result<void> opened = database.open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(database.schemaVersion(), 2);

    QSqlQuery query(database.handle());
    QVERIFY(query.exec(u"SELECT id_prefix, agent_id, scopes, expose_refresh_token, max_expires_at FROM sessions"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"abcd1234"_s);
    QCOMPARE(query.value(1).toString(), QString());
    QCOMPARE(query.value(2).toString(), QString());
    QCOMPARE(query.value(3).toInt(), 0);
    QVERIFY(query.value(4).isNull());
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
