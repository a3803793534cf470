#pragma once

#include "agents/AgentRecord.h"
#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

class Database;

// The `agents` table: pairing requests and agents. Used on the thread that opened the
// Database (the broker thread, or the main thread of a `securecontextd --approve` run).
// Status changes are conditional updates, so two processes on one database cannot both
// decide or both claim the same request.
class AgentStore
{
public:
    explicit AgentStore(Database &database);

    Result<void> insert(const AgentRecord &record);
    Result<std::optional<AgentRecord>> find(const QString &id) const;
    // Every row, oldest first.
    Result<QList<AgentRecord>> all() const;
    // Rows in `status`, oldest first.
    Result<QList<AgentRecord>> withStatus(const QString &status) const;
    // Pending requests that have not lapsed at `now`.
    Result<int> countPending(const QDateTime &now) const;

    // Moves a pending request that has not lapsed at `decidedAt` to `status` (approved or
    // denied). Returns false when no such request exists.
    Result<bool> decide(const QString &id, const QString &status, const AgentPermissions &permissions,
                        const QDateTime &decidedAt, const QDateTime &expiresAt);
    // Stores the key hash of an approved, unclaimed request and makes it active. Returns
    // false when the request is not in that state, for example because it was claimed already.
    Result<bool> claim(const QString &id, const QByteArray &keyHash);
    // Revokes a pending, approved or active row. Returns false when there is none.
    Result<bool> revoke(const QString &id, const QDateTime &revokedAt);
    // Replaces the permissions of an approved or active agent. Returns false when there is none.
    Result<bool> setPermissions(const QString &id, const AgentPermissions &permissions);
    Result<void> writeLastUses(const QHash<QString, QDateTime> &uses);
    // Deletes pending and denied requests created before `cutoff`. Returns how many.
    Result<int> deleteStaleRequests(const QDateTime &cutoff);

private:
    Database &m_database;
};
