#include "store/MetadataStore.h"

#include "store/Database.h"
#include "store/SqlTime.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMetadataStore, "securecontext.store.metadata")

namespace {

using SqlTime::fromText;
using SqlTime::nullable;
using SqlTime::toText;

// A null QString binds as SQL NULL, which the NOT NULL text columns reject.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

const QString ConnectionColumns =
    u"SELECT id, provider, account, subject, requested_scopes, granted_scopes, token_type, status, last_error, "
    "access_token_expires_at, refresh_token_expires_at, created_at, updated_at, last_refresh_at "_s;

// Reads a row selected with ConnectionColumns.
ConnectionRecord connectionFrom(const QSqlQuery &query)
{
    ConnectionRecord record;
    record.id = query.value(0).toString();
    record.provider = query.value(1).toString();
    record.account = query.value(2).toString();
    record.subject = query.value(3).toString();
    record.requestedScopes = query.value(4).toString().split(u' ', Qt::SkipEmptyParts);
    record.grantedScopes = query.value(5).toString().split(u' ', Qt::SkipEmptyParts);
    record.tokenType = query.value(6).toString();
    record.status = query.value(7).toString();
    record.lastError = query.value(8).toString();
    record.accessTokenExpiresAt = fromText(query.value(9));
    record.refreshTokenExpiresAt = fromText(query.value(10));
    record.createdAt = fromText(query.value(11));
    record.updatedAt = fromText(query.value(12));
    record.lastRefreshAt = fromText(query.value(13));
    return record;
}

Error queryError(const QSqlQuery &query)
{
    qCWarning(lcMetadataStore) << "Query failed:" << query.lastError().text();
    return Error{u"DATABASE_ERROR"_s, query.lastError().text()};
}

} // namespace

MetadataStore::MetadataStore(Database &database)
    : m_database(database)
{
}

Result<QHash<QString, QString>> MetadataStore::loadClientIds() const
{
    QSqlQuery query(m_database.handle());
    if (!query.exec(u"SELECT provider, client_id FROM provider_settings"_s))
        return queryError(query);

    QHash<QString, QString> clientIds;
    while (query.next())
        clientIds.insert(query.value(0).toString(), query.value(1).toString());
    return clientIds;
}

Result<void> MetadataStore::saveClientId(const QString &provider, const QString &clientId)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"INSERT INTO provider_settings(provider, client_id, updated_at) VALUES(?, ?, ?) "
                  "ON CONFLICT(provider) DO UPDATE SET client_id = excluded.client_id, updated_at = excluded.updated_at"_s);
    query.addBindValue(text(provider));
    query.addBindValue(text(clientId));
    query.addBindValue(toText(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return queryError(query);
    return {};
}

Result<QList<ConnectionRecord>> MetadataStore::loadConnections() const
{
    QSqlQuery query(m_database.handle());
    if (!query.exec(ConnectionColumns + u"FROM connections ORDER BY created_at"_s))
        return queryError(query);

    QList<ConnectionRecord> connections;
    while (query.next())
        connections.append(connectionFrom(query));
    return connections;
}

Result<std::optional<ConnectionRecord>> MetadataStore::loadConnection(const QString &connectionId) const
{
    QSqlQuery query(m_database.handle());
    query.prepare(ConnectionColumns + u"FROM connections WHERE id = ?"_s);
    query.addBindValue(connectionId);
    if (!query.exec())
        return queryError(query);
    if (!query.next())
        return std::optional<ConnectionRecord>();
    return std::optional<ConnectionRecord>(connectionFrom(query));
}

Result<bool> MetadataStore::updateConnection(const ConnectionRecord &connection)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"UPDATE connections SET account = ?, subject = ?, requested_scopes = ?, granted_scopes = ?, "
                  "token_type = ?, status = ?, last_error = ?, access_token_expires_at = ?, refresh_token_expires_at = ?, "
                  "updated_at = ?, last_refresh_at = ? WHERE id = ?"_s);
    query.addBindValue(text(connection.account));
    query.addBindValue(text(connection.subject));
    query.addBindValue(text(connection.requestedScopes.join(u' ')));
    query.addBindValue(text(connection.grantedScopes.join(u' ')));
    query.addBindValue(text(connection.tokenType));
    query.addBindValue(text(connection.status));
    query.addBindValue(text(connection.lastError));
    query.addBindValue(nullable(connection.accessTokenExpiresAt));
    query.addBindValue(nullable(connection.refreshTokenExpiresAt));
    query.addBindValue(toText(connection.updatedAt));
    query.addBindValue(nullable(connection.lastRefreshAt));
    query.addBindValue(text(connection.id));
    if (!query.exec())
        return queryError(query);
    return query.numRowsAffected() > 0;
}

Result<void> MetadataStore::saveConnection(const ConnectionRecord &connection)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"INSERT INTO connections(id, provider, account, subject, requested_scopes, granted_scopes, token_type, "
                  "status, last_error, access_token_expires_at, refresh_token_expires_at, created_at, updated_at, last_refresh_at) "
                  "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                  "ON CONFLICT(id) DO UPDATE SET account = excluded.account, subject = excluded.subject, "
                  "requested_scopes = excluded.requested_scopes, granted_scopes = excluded.granted_scopes, "
                  "token_type = excluded.token_type, status = excluded.status, last_error = excluded.last_error, "
                  "access_token_expires_at = excluded.access_token_expires_at, "
                  "refresh_token_expires_at = excluded.refresh_token_expires_at, updated_at = excluded.updated_at, "
                  "last_refresh_at = excluded.last_refresh_at"_s);
    query.addBindValue(text(connection.id));
    query.addBindValue(text(connection.provider));
    query.addBindValue(text(connection.account));
    query.addBindValue(text(connection.subject));
    query.addBindValue(text(connection.requestedScopes.join(u' ')));
    query.addBindValue(text(connection.grantedScopes.join(u' ')));
    query.addBindValue(text(connection.tokenType));
    query.addBindValue(text(connection.status));
    query.addBindValue(text(connection.lastError));
    query.addBindValue(nullable(connection.accessTokenExpiresAt));
    query.addBindValue(nullable(connection.refreshTokenExpiresAt));
    query.addBindValue(toText(connection.createdAt));
    query.addBindValue(toText(connection.updatedAt));
    query.addBindValue(nullable(connection.lastRefreshAt));
    if (!query.exec())
        return queryError(query);
    return {};
}

Result<void> MetadataStore::removeConnection(const QString &connectionId)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"DELETE FROM connections WHERE id = ?"_s);
    query.addBindValue(connectionId);
    if (!query.exec())
        return queryError(query);
    return {};
}

Result<QList<SessionRecord>> MetadataStore::loadSessions() const
{
    QSqlQuery query(m_database.handle());
    if (!query.exec(u"SELECT id_hash, id_prefix, connection_id, agent_name, created_at, expires_at, revoked_at, "
                    "agent_id, scopes, expose_refresh_token, max_expires_at FROM sessions ORDER BY created_at"_s)) {
        return queryError(query);
    }

    QList<SessionRecord> sessions;
    while (query.next()) {
        SessionRecord record;
        record.idHash = query.value(0).toString().toLatin1();
        record.idPrefix = query.value(1).toString();
        record.connectionId = query.value(2).toString();
        record.agentName = query.value(3).toString();
        record.createdAt = fromText(query.value(4));
        record.expiresAt = fromText(query.value(5));
        record.revokedAt = fromText(query.value(6));
        record.agentId = query.value(7).toString();
        record.scopes = query.value(8).toString().split(u' ', Qt::SkipEmptyParts);
        record.exposeRefreshToken = query.value(9).toInt() != 0;
        record.maxExpiresAt = fromText(query.value(10));
        sessions.append(record);
    }
    return sessions;
}

Result<void> MetadataStore::insertSession(const SessionRecord &session)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"INSERT INTO sessions(id_hash, id_prefix, connection_id, agent_name, created_at, expires_at, revoked_at, "
                  "agent_id, scopes, expose_refresh_token, max_expires_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(QString::fromLatin1(session.idHash));
    query.addBindValue(text(session.idPrefix));
    query.addBindValue(text(session.connectionId));
    query.addBindValue(text(session.agentName));
    query.addBindValue(toText(session.createdAt));
    query.addBindValue(nullable(session.expiresAt));
    query.addBindValue(nullable(session.revokedAt));
    query.addBindValue(text(session.agentId));
    query.addBindValue(text(session.scopes.join(u' ')));
    query.addBindValue(session.exposeRefreshToken ? 1 : 0);
    query.addBindValue(nullable(session.maxExpiresAt));
    if (!query.exec())
        return queryError(query);
    return {};
}

Result<bool> MetadataStore::revokeSession(const QByteArray &idHash, const QDateTime &when)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"UPDATE sessions SET revoked_at = ? WHERE id_hash = ? AND revoked_at IS NULL"_s);
    query.addBindValue(toText(when));
    query.addBindValue(QString::fromLatin1(idHash));
    if (!query.exec())
        return queryError(query);
    return query.numRowsAffected() > 0;
}

Result<bool> MetadataStore::updateSessionExpiry(const QByteArray &idHash, const QDateTime &expiresAt)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"UPDATE sessions SET expires_at = ? WHERE id_hash = ? AND revoked_at IS NULL"_s);
    query.addBindValue(nullable(expiresAt));
    query.addBindValue(QString::fromLatin1(idHash));
    if (!query.exec())
        return queryError(query);
    return query.numRowsAffected() > 0;
}

Result<void> MetadataStore::removeSessions(const QList<QByteArray> &idHashes)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"DELETE FROM sessions WHERE id_hash = ?"_s);
    for (const QByteArray &idHash : idHashes) {
        query.addBindValue(QString::fromLatin1(idHash));
        if (!query.exec())
            return queryError(query);
    }
    return {};
}

Result<void> MetadataStore::revokeSessions(const QString &connectionId, const QDateTime &when)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"UPDATE sessions SET revoked_at = ? WHERE connection_id = ? AND revoked_at IS NULL"_s);
    query.addBindValue(toText(when));
    query.addBindValue(connectionId);
    if (!query.exec())
        return queryError(query);
    return {};
}
