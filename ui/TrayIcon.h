#pragma once

#include "ConnectionSummary.h"
#include "ProviderSummary.h"

#include <QObject>

class QMenu;
class QSystemTrayIcon;

// The tray icon: the broker's state in the tool tip, a Pending approvals menu of the requests
// that wait for the person, a Connect menu of the providers that are set up, Show and Quit. Exists only where the platform has a system tray.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(QObject *parent = nullptr);

    static bool isAvailable();

    void setState(const QString &state, bool attention);
    void setProviders(const QList<ProviderSummary> &providers);
    // Lists the pending requests as (request id, label) pairs; an empty list hides the menu.
    void setPendingApprovals(const QList<std::pair<QString, QString>> &requests);
    QMenu *pendingMenu() const { return m_pendingMenu; }
    void showMessage(const QString &title, const QString &message);
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    void showRequested();
    void quitRequested();
    void connectRequested(const QString &providerName);
    void approvalRequested(const QString &requestId);

private:
    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    QMenu *m_connectMenu;
    QMenu *m_pendingMenu;
    class QAction *m_state;
};
