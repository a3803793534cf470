#pragma once

#include "ConnectionSummary.h"
#include "ProviderSummary.h"

#include <QObject>

class QMenu;
class QSystemTrayIcon;

// The tray icon: the broker's state in the tool tip, a Connect menu of the providers that
// are set up, Show and Quit. Exists only where the platform has a system tray.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(QObject *parent = nullptr);

    static bool isAvailable();

    void setState(const QString &state, bool attention);
    void setProviders(const QList<ProviderSummary> &providers);
    void showMessage(const QString &title, const QString &message);
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    void showRequested();
    void quitRequested();
    void connectRequested(const QString &providerName);

private:
    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    QMenu *m_connectMenu;
    class QAction *m_state;
};
