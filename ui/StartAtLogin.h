#pragma once

#include <QCoreApplication>
#include <QString>

// The per-user entry that starts the GUI at login: an XDG autostart file on Linux, the Run
// key of HKEY_CURRENT_USER on Windows, a LaunchAgent on macOS.
class StartAtLogin
{
    Q_DECLARE_TR_FUNCTIONS(StartAtLogin)

public:
    // Creates or removes the entry for the running executable. Returns a translated error
    // message, or an empty string on success.
    static QString setEnabled(bool enabled);
    static bool isEnabled();
};
