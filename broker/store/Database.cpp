#include "store/Database.h"

#include "core/Random.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDatabase, "securecontext.store.database")

namespace {

// Each entry moves the schema from version (index) to version (index + 1). Entries are
// never edited once released; a change of schema appends a new entry.
const char *const Migrations[] = {
    R"sql(
    CREATE TABLE provider_settings (
        provider TEXT PRIMARY KEY,
        client_id TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
    );
    CREATE TABLE connections (
        id TEXT PRIMARY KEY,
        provider TEXT NOT NULL,
        account TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL DEFAULT '',
        requested_scopes TEXT NOT NULL DEFAULT '',
        granted_scopes TEXT NOT NULL DEFAULT '',
        token_type TEXT NOT NULL DEFAULT 'Bearer',
        status TEXT NOT NULL,
        last_error TEXT NOT NULL DEFAULT '',
        access_token_expires_at TEXT,
        refresh_token_expires_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        last_refresh_at TEXT
    );
    CREATE INDEX connections_provider_account ON connections(provider, subject);
    CREATE TABLE sessions (
        id_hash TEXT PRIMARY KEY,
        id_prefix TEXT NOT NULL,
        connection_id TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        agent_name TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        expires_at TEXT,
        revoked_at TEXT
    );
    CREATE INDEX sessions_connection ON sessions(connection_id);
    )sql",
    // Agents with their keys (hashes only) and pairing requests, audit events, and the
    // session fields that agents and the console set.
    R"sql(
    CREATE TABLE agents (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        status TEXT NOT NULL,
        permissions TEXT NOT NULL DEFAULT '{}',
        key_hash TEXT UNIQUE,
        pairing_hash TEXT UNIQUE,
        remote_address TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        decided_at TEXT,
        expires_at TEXT,
        last_used_at TEXT,
        revoked_at TEXT
    );
    CREATE TABLE audit_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        time TEXT NOT NULL,
        agent_id TEXT NOT NULL DEFAULT '',
        session_hash TEXT NOT NULL DEFAULT '',
        session_prefix TEXT NOT NULL DEFAULT '',
        connection_id TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL,
        outcome TEXT NOT NULL,
        remote_address TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX audit_events_time ON audit_events(time);
    CREATE INDEX audit_events_session ON audit_events(session_hash);
    ALTER TABLE sessions ADD COLUMN agent_id TEXT NOT NULL DEFAULT '';
    ALTER TABLE sessions ADD COLUMN scopes TEXT NOT NULL DEFAULT '';
    ALTER TABLE sessions ADD COLUMN expose_refresh_token INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE sessions ADD COLUMN max_expires_at TEXT;
    CREATE INDEX sessions_agent ON sessions(agent_id);
    )sql",
};

constexpr int LatestVersion = int(std::size(Migrations));

Error sqlError(const QString &what, const QSqlError &error)
{
    return Error{u"DATABASE_ERROR"_s, what + u": "_s + error.text()};
}

} // namespace

Database::~Database()
{
    close();
}

Result<void> Database::open(const QString &filePath)
{
    QDir().mkpath(QFileInfo(filePath).absolutePath());

    m_connectionName = u"securecontext-"_s + Random::uuid4();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!db.isValid()) {
        return Error{u"DATABASE_DRIVER_MISSING"_s,
                     u"The Qt SQLite driver (QSQLITE) is not installed; on Debian and Ubuntu install libqt6sql6-sqlite"_s};
    }

    db.setDatabaseName(filePath);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return sqlError(u"Cannot open database "_s + filePath, db.lastError());

    // WAL lets the GUI and a second process read while the broker writes; foreign keys
    // make deleting a connection delete its sessions.
    QSqlQuery pragma(db);
    for (const QString &statement : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA foreign_keys=ON"_s,
                                     u"PRAGMA synchronous=NORMAL"_s}) {
        if (!pragma.exec(statement))
            return sqlError(u"Cannot apply "_s + statement, pragma.lastError());
    }

    Result<void> migrated = migrate();
    if (!migrated)
        return migrated;

    qCInfo(lcDatabase) << "Opened database" << filePath << "at schema version" << schemaVersion();
    return {};
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;

    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(handle());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<void> Database::migrate()
{
    QSqlDatabase db = handle();
    const int current = schemaVersion();
    if (current > LatestVersion) {
        return Error{u"DATABASE_TOO_NEW"_s,
                     u"The database has schema version %1 but this build knows only up to %2; use a newer SecureContext"_s
                         .arg(current)
                         .arg(LatestVersion)};
    }

    for (int version = current; version < LatestVersion; ++version) {
        if (!db.transaction())
            return sqlError(u"Cannot begin migration"_s, db.lastError());

        QSqlQuery query(db);
        const QStringList statements = QString::fromUtf8(Migrations[version]).split(u';', Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!query.exec(statement)) {
                const Error error = sqlError(u"Migration to schema version %1 failed"_s.arg(version + 1), query.lastError());
                db.rollback();
                return error;
            }
        }

        // PRAGMA does not take bound values; the version is an integer we produce.
        if (!query.exec(u"PRAGMA user_version = %1"_s.arg(version + 1)) || !db.commit()) {
            const Error error = sqlError(u"Cannot record schema version"_s, query.lastError());
            db.rollback();
            return error;
        }
        qCInfo(lcDatabase) << "Migrated database to schema version" << version + 1;
    }
    return {};
}
