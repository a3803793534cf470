#pragma once

#include "core/Result.h"
#include "store/ConnectionRecord.h"
#include "store/SessionRecord.h"

#include <QHash>
#include <QList>

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
    Result<void> saveConnection(const ConnectionRecord &connection);
    Result<void> removeConnection(const QString &connectionId);

    Result<QList<SessionRecord>> loadSessions() const;
    Result<void> insertSession(const SessionRecord &session);

private:
    Database &m_database;
};
