#pragma once

#include "agents/AgentDirectory.h"
#include "api/HttpServer.h"
#include "api/routes/ApiRoutes.h"
#include "api/routes/ApiSharedState.h"
#include "audit/AuditLog.h"
#include "audit/AuditQuery.h"
#include "connections/TokenCache.h"
#include "metrics/MetricsSampler.h"
#include "metrics/TokenReadCounters.h"
#include "store/Database.h"

#include <QByteArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// The local API's routes on a real HttpServer on 127.0.0.1, with a real SQLite database,
// TokenCache, AgentDirectory, AuditLog and MetricsSampler, and no keychain or provider: the
// parts the audit and metrics routes use. Lives on the test's thread, which plays the broker
// thread, so queued calls from the routes run while a test waits for a reply.
class ApiHarness
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray contentType;
        QByteArray body;
        QJsonObject json;
    };

    ApiHarness() = default;
    ~ApiHarness();

    // Opens the database and starts the server. Returns an error message or an empty string.
    QString start();

    // Adds an approved agent and returns its key.
    QByteArray addAgent(const QString &agentId, bool admin);
    // Adds an active session of `connectionId` created by `agentId` (empty for the console),
    // with a fresh access token in memory, and returns the session id.
    QString addSession(const QString &connectionId, const QString &agentId);

    // Sends a GET to the server and waits for the reply (at most 10 s).
    Reply get(const QString &pathAndQuery, const QByteArray &agentKey = {}) const;

    Database &database() { return m_database; }
    AuditLog &audit() { return *m_audit; }
    TokenCache &cache() { return m_cache; }
    HttpServer &server() { return *m_server; }
    MetricsSampler &metrics() { return *m_metrics; }

private:
    QTemporaryDir m_dir;
    Database m_database;
    TokenCache m_cache;
    AgentDirectory m_agents;
    ApiSharedState m_state;
    TokenReadCounters m_tokenReads;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<AuditQuery> m_auditQuery;
    std::unique_ptr<MetricsSampler> m_metrics;
    std::unique_ptr<HttpServer> m_server;
};
