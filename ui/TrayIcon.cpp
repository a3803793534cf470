#include "TrayIcon.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_icon(new QSystemTrayIcon(QIcon(u":/icons/securecontext.svg"_s), this))
    , m_menu(new QMenu)
    , m_connectMenu(new QMenu(tr("&Connect"), m_menu))
    , m_pendingMenu(new QMenu(tr("&Pending approvals"), m_menu))
{
    m_state = m_menu->addAction(tr("Starting…"));
    m_state->setEnabled(false);
    m_menu->addSeparator();
    m_menu->addMenu(m_pendingMenu);
    m_menu->addMenu(m_connectMenu);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("&Show SecureContext")), &QAction::triggered, this, &TrayIcon::showRequested);
    connect(m_menu->addAction(tr("&Quit")), &QAction::triggered, this, &TrayIcon::quitRequested);
    connect(this, &QObject::destroyed, m_menu, &QObject::deleteLater);

    m_icon->setContextMenu(m_menu);
    m_icon->setToolTip(tr("SecureContext"));
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showRequested();
    });
    setProviders({});
    setPendingApprovals({});
    if (isAvailable())
        m_icon->show();
}

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::setState(const QString &state, bool attention)
{
    m_state->setText(state);
    m_icon->setToolTip(tr("SecureContext: %1").arg(state));
    m_icon->setIcon(QIcon(attention ? u":/icons/attention.svg"_s : u":/icons/securecontext.svg"_s));
}

void TrayIcon::setProviders(const QList<ProviderSummary> &providers)
{
    m_connectMenu->clear();
    for (const ProviderSummary &provider : providers) {
        if (!provider.isConfigured())
            continue;
        QAction *action = m_connectMenu->addAction(provider.displayName);
        connect(action, &QAction::triggered, this, [this, name = provider.name] { Q_EMIT connectRequested(name); });
    }
    if (m_connectMenu->isEmpty())
        m_connectMenu->addAction(tr("No provider is set up"))->setEnabled(false);
}

void TrayIcon::setPendingApprovals(const QList<std::pair<QString, QString>> &requests)
{
    m_pendingMenu->clear();
    m_pendingMenu->setTitle(tr("&Pending approvals (%1)").arg(requests.size()));
    m_pendingMenu->menuAction()->setVisible(!requests.isEmpty());
    for (const auto &[id, label] : requests) {
        QAction *action = m_pendingMenu->addAction(label);
        connect(action, &QAction::triggered, this, [this, id] { Q_EMIT approvalRequested(id); });
    }
}

void TrayIcon::showMessage(const QString &title, const QString &message)
{
    if (isAvailable() && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(title, message, QSystemTrayIcon::Information, 10000);
}
