#pragma once

#include "ConnectionSummary.h"
#include "agents/AgentPermissions.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QListWidget;
class QRadioButton;

// Edits an agent's permissions: every connection or a chosen list of them, reading access
// tokens, proxy only and admin. The pairing prompt uses it to narrow a request, the Agents
// page to change a paired agent.
class AgentPermissionsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AgentPermissionsEditor(QWidget *parent = nullptr);

    // Lists `connections` as choices. Ids of `permissions()` that name no listed connection
    // stay granted and are shown as unknown, so that editing never drops them unseen.
    void setConnections(const QList<ConnectionSummary> &connections);
    void setPermissions(const AgentPermissions &permissions);
    // Disables every choice that `limit` does not grant, so the person can narrow a request
    // but not widen it. The broker narrows the result again when it approves.
    void setLimit(const AgentPermissions &limit);
    AgentPermissions permissions() const;

Q_SIGNALS:
    void changed();

private:
    void rebuildConnectionList();
    void updateEnabled();

    QRadioButton *m_allConnections;
    QRadioButton *m_chosenConnections;
    QListWidget *m_connectionList;
    QCheckBox *m_tokenRead;
    QCheckBox *m_proxyOnly;
    QCheckBox *m_admin;
    QList<ConnectionSummary> m_connections;
    QStringList m_chosenIds;
    std::optional<AgentPermissions> m_limit;
};
