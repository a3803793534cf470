#include "agents/AgentStore.h"

#include "store/Database.h"
#include "store/SqlTime.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAgentStore, "securecontext.agents.store")

namespace {

using SqlTime::fromText;
using SqlTime::nullable;
using SqlTime::toText;

const QString Columns = u"SELECT id, name, status, permissions, key_hash, pairing_hash, remote_address, created_at, "
                        "decided_at, expires_at, last_used_at, revoked_at FROM agents "_s;

QString permissionsText(const AgentPermissions &permissions)
{
    return QString::fromUtf8(QJsonDocument(permissions.toJson()).toJson(QJsonDocument::Compact));
}

// Reads a row selected with Columns. Permissions that no longer parse (a hand-edited row)
// read as no permissions at all.
AgentRecord recordFrom(const QSqlQuery &query)
{
    AgentRecord record;
    record.id = query.value(0).toString();
    record.name = query.value(1).toString();
    record.status = query.value(2).toString();
    const Result<AgentPermissions> permissions =
        AgentPermissions::fromJson(QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object());
    if (permissions)
        record.permissions = permissions.value();
    else
        qCWarning(lcAgentStore) << "Agent" << record.id << "has invalid stored permissions; treating them as none";
    record.keyHash = query.value(4).toString().toLatin1();
    record.pairingHash = query.value(5).toString().toLatin1();
    record.remoteAddress = query.value(6).toString();
    record.createdAt = fromText(query.value(7));
    record.decidedAt = fromText(query.value(8));
    record.expiresAt = fromText(query.value(9));
    record.lastUsedAt = fromText(query.value(10));
    record.revokedAt = fromText(query.value(11));
    return record;
}

Error queryError(const QSqlQuery &query)
{
    qCWarning(lcAgentStore) << "Query failed:" << query.lastError().text();
    return Error{u"DATABASE_ERROR"_s, query.lastError().text()};
}

Result<QList<AgentRecord>> selectRecords(QSqlQuery &query)
{
    if (!query.exec())
        return queryError(query);
    QList<AgentRecord> records;
    while (query.next())
        records.append(recordFrom(query));
    return records;
}

} // namespace

AgentStore::AgentStore(Database &database)
    : m_database(database)
{
}

Result<void> AgentStore::insert(const AgentRecord &record)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"INSERT INTO agents (id, name, status, permissions, key_hash, pairing_hash, remote_address, "
                  "created_at, decided_at, expires_at, last_used_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(record.id);
    query.addBindValue(record.name);
    query.addBindValue(record.status);
    query.addBindValue(permissionsText(record.permissions));
    query.addBindValue(record.keyHash.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(record.keyHash)));
    query.addBindValue(record.pairingHash.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(record.pairingHash)));
    query.addBindValue(record.remoteAddress.isNull() ? u""_s : record.remoteAddress);
    query.addBindValue(toText(record.createdAt));
    query.addBindValue(nullable(record.decidedAt));
    query.addBindValue(nullable(record.expiresAt));
    query.addBindValue(nullable(record.lastUsedAt));
    query.addBindValue(nullable(record.revokedAt));
    if (!query.exec())
        return queryError(query);
    return {};
}

Result<std::optional<AgentRecord>> AgentStore::find(const QString &id) const
{
    QSqlQuery query(m_database.handle());
    query.prepare(Columns + u"WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query);
    if (!query.next())
        return std::optional<AgentRecord>();
    return std::optional<AgentRecord>(recordFrom(query));
}

Result<QList<AgentRecord>> AgentStore::all() const
{
    QSqlQuery query(m_database.handle());
    query.prepare(Columns + u"ORDER BY created_at, id"_s);
    return selectRecords(query);
}

Result<QList<AgentRecord>> AgentStore::withStatus(const QString &status) const
{
    QSqlQuery query(m_database.handle());
    query.prepare(Columns + u"WHERE status = ? ORDER BY created_at, id"_s);
    query.addBindValue(status);
    return selectRecords(query);
}

Result<int> AgentStore::countPending(const QDateTime &now) const
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"SELECT COUNT(*) FROM agents WHERE status = ? AND expires_at > ?"_s);
    query.addBindValue(QString::fromLatin1(AgentStatus::Pending));
    query.addBindValue(toText(now));
    if (!query.exec() || !query.next())
        return queryError(query);
    return query.value(0).toInt();
}

Result<bool> AgentStore::decide(const QString &id, const QString &status, const AgentPermissions &permissions,
                                const QDateTime &decidedAt, const QDateTime &expiresAt)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"UPDATE agents SET status = ?, permissions = ?, decided_at = ?, expires_at = ? "
                  "WHERE id = ? AND status = ? AND expires_at > ?"_s);
    query.addBindValue(status);
    query.addBindValue(permissionsText(permissions));
    query.addBindValue(toText(decidedAt));
    query.addBindValue(nullable(expiresAt));
    query.addBindValue(id);
    query.addBindValue(QString::fromLatin1(AgentStatus::Pending));
    query.addBindValue(toText(decidedAt));
    if (!query.exec())
        return queryError(query);
    return query.numRowsAffected() == 1;
}

Result<bool> AgentStore::claim(const QString &id, const QByteArray &keyHash)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"UPDATE agents SET status = ?, key_hash = ? WHERE id = ? AND status = ? AND key_hash IS NULL"_s);
    query.addBindValue(QString::fromLatin1(AgentStatus::Active));
    query.addBindValue(QString::fromLatin1(keyHash));
    query.addBindValue(id);
    query.addBindValue(QString::fromLatin1(AgentStatus::Approved));
    if (!query.exec())
        return queryError(query);
    return query.numRowsAffected() == 1;
}

Result<bool> AgentStore::revoke(const QString &id, const QDateTime &revokedAt)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"UPDATE agents SET status = ?, revoked_at = ? WHERE id = ? AND status IN (?, ?, ?)"_s);
    query.addBindValue(QString::fromLatin1(AgentStatus::Revoked));
    query.addBindValue(toText(revokedAt));
    query.addBindValue(id);
    query.addBindValue(QString::fromLatin1(AgentStatus::Pending));
    query.addBindValue(QString::fromLatin1(AgentStatus::Approved));
    query.addBindValue(QString::fromLatin1(AgentStatus::Active));
    if (!query.exec())
        return queryError(query);
    return query.numRowsAffected() == 1;
}

Result<bool> AgentStore::setPermissions(const QString &id, const AgentPermissions &permissions)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"UPDATE agents SET permissions = ? WHERE id = ? AND status IN (?, ?)"_s);
    query.addBindValue(permissionsText(permissions));
    query.addBindValue(id);
    query.addBindValue(QString::fromLatin1(AgentStatus::Approved));
    query.addBindValue(QString::fromLatin1(AgentStatus::Active));
    if (!query.exec())
        return queryError(query);
    return query.numRowsAffected() == 1;
}

Result<void> AgentStore::writeLastUses(const QHash<QString, QDateTime> &uses)
{
    if (uses.isEmpty())
        return {};

    QSqlDatabase db = m_database.handle();
    db.transaction();
    QSqlQuery query(db);
    query.prepare(u"UPDATE agents SET last_used_at = ? WHERE id = ?"_s);
    for (auto it = uses.constBegin(); it != uses.constEnd(); ++it) {
        query.addBindValue(toText(it.value()));
        query.addBindValue(it.key());
        if (!query.exec()) {
            const Error error = queryError(query);
            db.rollback();
            return error;
        }
    }
    if (!db.commit())
        return Error{u"DATABASE_ERROR"_s, db.lastError().text()};
    return {};
}

Result<int> AgentStore::deleteStaleRequests(const QDateTime &cutoff)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"DELETE FROM agents WHERE status IN (?, ?) AND created_at < ?"_s);
    query.addBindValue(QString::fromLatin1(AgentStatus::Pending));
    query.addBindValue(QString::fromLatin1(AgentStatus::Denied));
    query.addBindValue(toText(cutoff));
    if (!query.exec())
        return queryError(query);
    return query.numRowsAffected();
}
