#include "AgentPermissionsEditor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QString AllConnections = u"*"_s;

} // namespace

AgentPermissionsEditor::AgentPermissionsEditor(QWidget *parent)
    : QWidget(parent)
    , m_allConnections(new QRadioButton(tr("&Every connection"), this))
    , m_chosenConnections(new QRadioButton(tr("&Only these connections:"), this))
    , m_connectionList(new QListWidget(this))
    , m_tokenRead(new QCheckBox(tr("&Read access tokens"), this))
    , m_proxyOnly(new QCheckBox(tr("&Proxy only (call provider APIs through SecureContext, never see a token)"), this))
    , m_admin(new QCheckBox(tr("A&dmin (read the audit trail, list and revoke other agents)"), this))
{
    auto *group = new QButtonGroup(this);
    group->addButton(m_allConnections);
    group->addButton(m_chosenConnections);
    m_allConnections->setAccessibleName(tr("Every connection"));
    m_chosenConnections->setAccessibleName(tr("Only the chosen connections"));
    m_connectionList->setAccessibleName(tr("Connections the agent may use"));
    m_connectionList->setMaximumHeight(120);
    m_tokenRead->setAccessibleName(tr("Read access tokens"));
    m_proxyOnly->setAccessibleName(tr("Proxy only"));
    m_admin->setAccessibleName(tr("Admin"));

    auto *connectionsLabel = new QLabel(tr("Connections the agent may use:"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(connectionsLabel);
    layout->addWidget(m_allConnections);
    layout->addWidget(m_chosenConnections);
    layout->addWidget(m_connectionList);
    layout->addWidget(m_tokenRead);
    layout->addWidget(m_proxyOnly);
    layout->addWidget(m_admin);

    connect(group, &QButtonGroup::buttonToggled, this, [this] {
        updateEnabled();
        Q_EMIT changed();
    });
    connect(m_connectionList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        m_chosenIds.removeAll(id);
        if (item->checkState() == Qt::Checked)
            m_chosenIds.append(id);
        Q_EMIT changed();
    });
    for (QCheckBox *box : {m_tokenRead, m_proxyOnly, m_admin})
        connect(box, &QCheckBox::toggled, this, &AgentPermissionsEditor::changed);

    m_allConnections->setChecked(true);
    updateEnabled();
}

void AgentPermissionsEditor::setConnections(const QList<ConnectionSummary> &connections)
{
    m_connections = connections;
    rebuildConnectionList();
}

void AgentPermissionsEditor::setPermissions(const AgentPermissions &permissions)
{
    const bool all = permissions.connections.contains(AllConnections);
    m_chosenIds = all ? QStringList() : permissions.connections;
    (all ? m_allConnections : m_chosenConnections)->setChecked(true);
    m_tokenRead->setChecked(permissions.tokenRead);
    m_proxyOnly->setChecked(permissions.proxyOnly);
    m_admin->setChecked(permissions.admin);
    rebuildConnectionList();
}

void AgentPermissionsEditor::setLimit(const AgentPermissions &limit)
{
    m_limit = limit;
    rebuildConnectionList();
}

AgentPermissions AgentPermissionsEditor::permissions() const
{
    AgentPermissions permissions;
    permissions.connections = m_allConnections->isChecked() ? QStringList{AllConnections} : m_chosenIds;
    permissions.tokenRead = m_tokenRead->isChecked();
    permissions.proxyOnly = m_proxyOnly->isChecked();
    permissions.admin = m_admin->isChecked();
    return permissions;
}

void AgentPermissionsEditor::rebuildConnectionList()
{
    const QSignalBlocker blocker(m_connectionList);
    m_connectionList->clear();

    auto addItem = [this](const QString &id, const QString &text) {
        auto *item = new QListWidgetItem(text, m_connectionList);
        item->setData(Qt::UserRole, id);
        Qt::ItemFlags flags = Qt::ItemIsUserCheckable;
        if (!m_limit || m_limit->allowsConnection(id))
            flags |= Qt::ItemIsEnabled;
        item->setFlags(flags);
        item->setCheckState(m_chosenIds.contains(id) ? Qt::Checked : Qt::Unchecked);
    };
    QStringList listed;
    for (const ConnectionSummary &connection : std::as_const(m_connections)) {
        addItem(connection.id, tr("%1 (%2)", "provider (account)").arg(connection.providerDisplayName, connection.account));
        listed.append(connection.id);
    }
    for (const QString &id : std::as_const(m_chosenIds)) {
        if (!listed.contains(id))
            addItem(id, tr("Unknown connection %1").arg(id));
    }
    updateEnabled();
}

void AgentPermissionsEditor::updateEnabled()
{
    const bool limitAllowsAll = !m_limit || m_limit->connections.contains(AllConnections);
    m_allConnections->setEnabled(limitAllowsAll);
    m_connectionList->setEnabled(m_chosenConnections->isChecked());
    m_tokenRead->setEnabled(!m_limit || m_limit->tokenRead || m_tokenRead->isChecked());
    // Proxy only restricts the agent, so the person may always add it.
    m_admin->setEnabled(!m_limit || m_limit->admin || m_admin->isChecked());
}
