#include "ActivityPage.h"

#include "AuditModel.h"
#include "Broker.h"
#include "ConnectionsModel.h"
#include "TableViews.h"
#include "audit/AuditCsv.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcActivityPage, "securecontext.ui.activitypage")

ActivityPage::ActivityPage(Broker *broker, ConnectionsModel *connections, QWidget *parent)
    : QWidget(parent)
    , m_broker(broker)
    , m_connections(connections)
    , m_model(new AuditModel(this))
    , m_view(TableViews::create(m_model, tr("Audit events"), this))
    , m_count(new QLabel(this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
{
    auto *title = new QLabel(tr("<h2>Activity</h2>"), this);

    auto *filters = new QHBoxLayout;
    m_connectionFilter = addFilter(tr("Co&nnection:"), tr("Filter by connection"), filters);
    m_agentFilter = addFilter(tr("A&gent:"), tr("Filter by agent"), filters);
    m_actionFilter = addFilter(tr("Ac&tion:"), tr("Filter by action"), filters);
    m_outcomeFilter = addFilter(tr("O&utcome:"), tr("Filter by outcome"), filters);
    m_timeFilter = addFilter(tr("T&ime:"), tr("Filter by time"), filters);
    filters->addStretch();

    QList<std::pair<QString, QString>> actions;
    for (const QString &action : AuditModel::actions())
        actions.append({AuditModel::actionText(action), action});
    fillChoices(m_actionFilter, actions);
    QList<std::pair<QString, QString>> outcomes;
    for (const QString &outcome : AuditModel::outcomes())
        outcomes.append({AuditModel::outcomeText(outcome), outcome});
    fillChoices(m_outcomeFilter, outcomes);
    m_timeFilter->addItem(tr("Last hour"), LastHour);
    m_timeFilter->addItem(tr("Last 24 hours"), LastDay);
    m_timeFilter->addItem(tr("Last 7 days"), LastWeek);
    m_timeFilter->addItem(tr("All time"), AllTime);
    m_timeFilter->setCurrentIndex(LastDay);
    fillConnectionFilter();
    fillChoices(m_agentFilter, {});

    for (QComboBox *combo : {m_connectionFilter, m_agentFilter, m_actionFilter, m_outcomeFilter, m_timeFilter})
        connect(combo, &QComboBox::activated, this, &ActivityPage::reload);

    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < AuditModel::DetailColumn; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_count->setAccessibleName(tr("Number of events shown"));
    m_export->setAccessibleName(tr("Export the events shown as CSV"));
    m_export->setToolTip(tr("Save the events that match the filters as a CSV file for a spreadsheet"));
    connect(m_export, &QPushButton::clicked, this, &ActivityPage::chooseExportFile);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addStretch();
    bottom->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(connections, &QAbstractItemModel::modelReset, this, &ActivityPage::fillConnectionFilter);
    connect(broker, &Broker::agentsChanged, this, &ActivityPage::setAgents);
    connect(broker, &Broker::auditQueried, this, &ActivityPage::handleQueried);
    connect(broker, &Broker::auditEventsWritten, this, &ActivityPage::handleWritten);
    // A query that fails answers with operationFailed(), which the main window shows.
    connect(broker, &Broker::operationFailed, this, [this](const Error &error) {
        if (m_pendingQueries > 0 && (error.code == u"INVALID_AUDIT_FILTER"_s || error.code == u"DATABASE_ERROR"_s
                                     || error.code == u"BROKER_NOT_READY"_s))
            --m_pendingQueries;
    });
    connect(broker, &Broker::started, this, [this] {
        if (isVisible())
            reload();
    });
    updateCount();
}

QComboBox *ActivityPage::addFilter(const QString &label, const QString &accessibleName, QHBoxLayout *layout)
{
    auto *caption = new QLabel(label, this);
    auto *combo = new QComboBox(this);
    combo->setAccessibleName(accessibleName);
    // The drop-down list is a widget of its own that screen readers announce.
    combo->view()->setAccessibleName(accessibleName);
    // A fixed width, because entries grow long in some languages and the filter row would
    // otherwise set the window's minimum width.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    caption->setBuddy(combo);
    layout->addWidget(caption);
    layout->addWidget(combo);
    return combo;
}

void ActivityPage::fillChoices(QComboBox *combo, const QList<std::pair<QString, QString>> &choices)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(tr("All", "filter choice that matches every event"), QString());
    for (const auto &[text, value] : choices)
        combo->addItem(text, value);
    // A choice that disappeared, such as a deleted connection, falls back to All.
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void ActivityPage::fillConnectionFilter()
{
    QList<std::pair<QString, QString>> choices;
    QHash<QString, QString> names;
    for (const ConnectionSummary &connection : m_connections->connections()) {
        const QString name = tr("%1 (%2)", "account (provider)").arg(connection.account, connection.providerDisplayName);
        choices.append({name, connection.id});
        names.insert(connection.id, name);
    }
    fillChoices(m_connectionFilter, choices);
    m_model->setConnectionNames(names);
}

void ActivityPage::setAgents(const QList<AgentSummary> &agents)
{
    QList<std::pair<QString, QString>> choices;
    QHash<QString, QString> names;
    for (const AgentSummary &agent : agents) {
        choices.append({agent.name, agent.id});
        names.insert(agent.id, agent.name);
    }
    fillChoices(m_agentFilter, choices);
    m_model->setAgentNames(names);
}

void ActivityPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ActivityPage::reload()
{
    AuditFilter filter;
    filter.connectionId = m_connectionFilter->currentData().toString();
    filter.agentId = m_agentFilter->currentData().toString();
    filter.action = m_actionFilter->currentData().toString();
    filter.outcome = m_outcomeFilter->currentData().toString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (TimeRange(m_timeFilter->currentData().toInt())) {
    case LastHour:
        filter.since = now.addSecs(-3600);
        break;
    case LastDay:
        filter.since = now.addDays(-1);
        break;
    case LastWeek:
        filter.since = now.addDays(-7);
        break;
    case AllTime:
        break;
    }
    filter.limit = AuditModel::MaxRows;
    m_filter = filter;
    m_stale = false;

    ++m_pendingQueries;
    QMetaObject::invokeMethod(m_broker, [broker = m_broker, filter] { broker->queryAudit(filter); });
}

void ActivityPage::handleQueried(const QList<AuditEvent> &events)
{
    if (m_pendingQueries == 0)
        return;
    if (--m_pendingQueries > 0)
        return;
    m_model->setEvents(events);
    updateCount();
}

void ActivityPage::handleWritten(const QList<AuditEvent> &events)
{
    // A hidden page does not follow the trail; it queries again when shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (m_model->prependMatching(events, m_filter) > 0)
        updateCount();
}

void ActivityPage::updateCount()
{
    const int rows = m_model->rowCount();
    m_count->setText(rows >= AuditModel::MaxRows ? tr("Showing the newest %n event(s)", "", rows)
                                                 : tr("%n event(s)", "", rows));
    m_export->setEnabled(rows > 0);
}

Result<void> ActivityPage::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{u"EXPORT_FAILED"_s, tr("Could not open %1 for writing: %2").arg(path, file.errorString())};
    }
    // The table lists newest first; a log file reads oldest first.
    QList<AuditEvent> events = m_model->events();
    std::reverse(events.begin(), events.end());
    file.write(AuditCsv::format(events));
    if (!file.commit())
        return Error{u"EXPORT_FAILED"_s, tr("Could not write %1: %2").arg(path, file.errorString())};
    qCInfo(lcActivityPage) << "Exported" << events.size() << "audit events";
    return {};
}

void ActivityPage::chooseExportFile()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(u"securecontext-activity.csv"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export activity"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<void> written = exportCsv(path);
    if (written)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), written.error().message, QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
