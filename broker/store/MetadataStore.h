#pragma once

#include "core/Result.h"
#include "store/ConnectionRecord.h"
#include "store/SessionRecord.h"

#include <QHash>
#include <QList>

#include <optional>

class Database;

// Reads and writes the broker's metadata (provider settings, connections, sessions) in the
// database. Broker thread only, like the Database it uses.
class MetadataStore
{
public:
    explicit MetadataStore(Database &database);

    Result<QHash<QString, QString>> loadClientIds() const;
    Result<void> saveClientId(const QString &provider, const QString &clientId);

    Result<QList<ConnectionRecord>> loadConnections() const;
    // Reads one connection as it is stored now, which another broker process sharing the
    // database may have changed. nullopt when no such connection exists.
    Result<std::optional<ConnectionRecord>> loadConnection(const QString &connectionId) const;
    // Inserts or updates a connection.
    Result<void> saveConnection(const ConnectionRecord &connection);
    // Updates a connection that exists and never inserts one, so that a refresh finishing
    // after a disconnect cannot bring the connection back. Returns false when no row matched.
    Result<bool> updateConnection(const ConnectionRecord &connection);
    // Deletes a connection; its sessions go with it (ON DELETE CASCADE).
    Result<void> removeConnection(const QString &connectionId);

    Result<QList<SessionRecord>> loadSessions() const;
    Result<void> insertSession(const SessionRecord &session);
    // Marks every session of a connection revoked at `when`.
    Result<void> revokeSessions(const QString &connectionId, const QDateTime &when);
    // Marks one session revoked at `when`. Returns false when no unrevoked session matched.
    Result<bool> revokeSession(const QByteArray &idHash, const QDateTime &when);
    // Sets the expiry of an unrevoked session. Returns false when none matched.
    Result<bool> updateSessionExpiry(const QByteArray &idHash, const QDateTime &expiresAt);
    // Deletes the sessions with these id hashes; ids that match no row are skipped.
    Result<void> removeSessions(const QList<QByteArray> &idHashes);

private:
    Database &m_database;
};
