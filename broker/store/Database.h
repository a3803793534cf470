#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

// The SQLite database with the broker's metadata: provider settings, connections, sessions.
// Holds no secret. One instance per thread that uses it, because a QSqlDatabase connection
// may only be used on the thread that opened it; the broker thread owns the main one.
class Database
{
public:
    Database() = default;
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (or creates) the database file, switches it to WAL mode and applies pending
    // schema migrations.
    Result<void> open(const QString &filePath);
    void close();

    QSqlDatabase handle() const;
    int schemaVersion() const;

private:
    Result<void> migrate();

    QString m_connectionName;
};
