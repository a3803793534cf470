#pragma once

#include "BrokerFixture.h"
#include "ContractHttp.h"

#include "agents/AgentPermissions.h"
#include "connections/SessionOptions.h"

#include <QString>

// A started broker with one connected account (the person's session) and helpers to pair
// agents and create their sessions without the pairing prompt.
class ContractFixture
{
public:
    // Returns an error message or an empty string.
    QString start();

    static AgentPermissions tokenReader();
    static AgentPermissions administrator();

    // Puts an agent into the broker's directory and returns its key.
    QString addAgent(const QString &id, const AgentPermissions &permissions);
    // Creates a session of the connected account; returns its id or an empty string.
    QString createSession(const SessionOptions &options, QString *error = nullptr);

    // Counts the audit events with this action and outcome in the database, and of this agent
    // when `agentId` is not empty.
    int auditCount(const QString &action, const QString &outcome, const QString &agentId = {}) const;

    BrokerFixture &broker() { return m_broker; }
    ContractHttp http() const { return ContractHttp(m_broker.apiPort()); }
    QString personSessionId() const { return m_personSession; }
    QString connectionId() const { return m_connectionId; }

private:
    BrokerFixture m_broker;
    QString m_personSession;
    QString m_connectionId;
};
