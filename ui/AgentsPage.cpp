#include "AgentsPage.h"

#include "AgentPermissionsEditor.h"
#include "AgentsModel.h"
#include "ApprovalPrompts.h"
#include "Broker.h"
#include "TableViews.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AgentsPage::AgentsPage(Broker *broker, AgentsModel *agents, ApprovalPrompts *approvals, QWidget *parent)
    : QWidget(parent)
    , m_broker(broker)
    , m_agents(agents)
    , m_view(TableViews::create(agents, tr("Agents"), this))
    , m_pendingText(new QLabel(this))
    , m_review(new QPushButton(tr("Re&view requests…"), this))
    , m_edit(new QPushButton(tr("&Edit permissions…"), this))
    , m_revoke(new QPushButton(tr("Re&voke…"), this))
{
    auto *title = new QLabel(tr("<h2>Agents</h2>"), this);

    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < AgentsModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AgentsModel::PermissionsColumn, QHeaderView::Interactive);
    header->resizeSection(AgentsModel::PermissionsColumn, 300);
    TableViews::keepSelectionAcrossResets(m_view, [this](int row) { return m_agents->agentAt(row)->id; });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AgentsPage::updateSelection);
    connect(m_agents, &QAbstractItemModel::modelReset, this, &AgentsPage::updateSelection);

    m_pendingText->setAccessibleName(tr("Pending requests"));
    m_review->setAccessibleName(tr("Review pending requests"));
    connect(m_review, &QPushButton::clicked, approvals, &ApprovalPrompts::showAllPrompts);
    connect(approvals, &ApprovalPrompts::pendingChanged, this, &AgentsPage::updatePending);
    auto *pendingBar = new QHBoxLayout;
    pendingBar->addWidget(m_pendingText, 1);
    pendingBar->addWidget(m_review);

    m_edit->setAccessibleName(tr("Edit the permissions of the selected agent"));
    connect(m_edit, &QPushButton::clicked, this, &AgentsPage::editSelected);
    m_revoke->setAccessibleName(tr("Revoke the selected agent"));
    m_revoke->setToolTip(tr("The agent's key stops working at once"));
    connect(m_revoke, &QPushButton::clicked, this, &AgentsPage::revokeSelected);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addStretch();
    buttons->addWidget(m_revoke);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(pendingBar);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    updatePending(0);
    updateSelection();
}

void AgentsPage::setBrokerRunning(bool running)
{
    m_running = running;
    updateSelection();
}

void AgentsPage::updatePending(int count)
{
    m_pendingText->setText(count == 0 ? tr("No request is waiting for you.")
                                      : tr("%n request(s) waiting for your decision.", "pairing and connect requests", count));
    m_review->setEnabled(count > 0);
}

void AgentsPage::updateSelection()
{
    const AgentSummary *agent = m_agents->agentAt(TableViews::selectedRow(m_view));
    const bool usable = m_running && agent && agent->status != u"revoked"_s && agent->status != u"expired"_s;
    m_edit->setEnabled(usable);
    m_revoke->setEnabled(usable);
}

void AgentsPage::editSelected()
{
    const AgentSummary *agent = m_agents->agentAt(TableViews::selectedRow(m_view));
    if (!agent)
        return;

    // open() returns at once; the broker's reply arrives as agentsChanged() or operationFailed().
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Permissions of %1").arg(agent->name));
    auto *editor = new AgentPermissionsEditor(dialog);
    editor->setConnections(m_agents->connections());
    editor->setPermissions(agent->permissions);
    editor->setAccessibleName(tr("Permissions of the agent"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save the permissions"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close without saving"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(editor);
    layout->addWidget(buttons);

    const QString id = agent->id;
    connect(dialog, &QDialog::accepted, this, [this, editor, id] {
        const AgentPermissions permissions = editor->permissions();
        QMetaObject::invokeMethod(m_broker, [broker = m_broker, id, permissions] { broker->setAgentPermissions(id, permissions); });
    });
    dialog->open();
}

void AgentsPage::revokeSelected()
{
    const AgentSummary *agent = m_agents->agentAt(TableViews::selectedRow(m_view));
    if (!agent)
        return;

    auto *confirm = new QMessageBox(QMessageBox::Question, tr("Revoke %1").arg(agent->name),
                                    tr("Revoke the agent %1?\n\nIts key stops working at once. To use SecureContext "
                                       "again, the agent has to pair again.")
                                        .arg(agent->name),
                                    QMessageBox::NoButton, this);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    confirm->setTextFormat(Qt::PlainText);
    QPushButton *revokeButton = confirm->addButton(tr("Revoke"), QMessageBox::DestructiveRole);
    revokeButton->setAccessibleName(tr("Revoke"));
    confirm->addButton(QMessageBox::Cancel);
    confirm->setDefaultButton(QMessageBox::Cancel);
    const QString id = agent->id;
    connect(confirm, &QMessageBox::buttonClicked, this, [this, revokeButton, id](QAbstractButton *clicked) {
        if (clicked != revokeButton)
            return;
        QMetaObject::invokeMethod(m_broker, [broker = m_broker, id] { broker->revokeAgent(id); });
    });
    confirm->open();
}
