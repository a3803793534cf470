#include "StartAtLogin.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

#if defined(Q_OS_WIN)
const QString RunKey = u"HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"_s;
#elif defined(Q_OS_MACOS)
QString entryPath()
{
    return QDir::homePath() + u"/Library/LaunchAgents/dev.securecontext.SecureContext.plist"_s;
}
#else
QString entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::ConfigLocation) + u"/autostart/securecontext.desktop"_s;
}
#endif

} // namespace

bool StartAtLogin::isEnabled()
{
#if defined(Q_OS_WIN)
    return QSettings(RunKey, QSettings::NativeFormat).contains(u"SecureContext"_s);
#else
    return QFile::exists(entryPath());
#endif
}

QString StartAtLogin::setEnabled(bool enabled)
{
    const QString program = QCoreApplication::applicationFilePath();
#if defined(Q_OS_WIN)
    QSettings run(RunKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(u"SecureContext"_s, u"\"%1\""_s.arg(QDir::toNativeSeparators(program)));
    else
        run.remove(u"SecureContext"_s);
    run.sync();
    if (run.status() != QSettings::NoError)
        return tr("The start-at-login entry in %1 could not be changed.").arg(RunKey);
    return {};
#else
    const QString path = entryPath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path))
            return tr("The start-at-login entry %1 could not be removed.").arg(path);
        return {};
    }

#if defined(Q_OS_MACOS)
    const QString content = uR"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
<key>Label</key><string>dev.securecontext.SecureContext</string>
<key>ProgramArguments</key><array><string>%1</string></array>
<key>RunAtLoad</key><true/>
</dict></plist>
)"_s.arg(program.toHtmlEscaped());
#else
    // Exec takes the path in double quotes, where \, ", ` and $ are escaped with a
    // backslash and a literal % is written %%. The file format's string escaping then
    // doubles every backslash once more.
    QString exec = program;
    exec.replace(u'\\', u"\\\\"_s)
        .replace(u'"', u"\\\""_s)
        .replace(u'`', u"\\`"_s)
        .replace(u'$', u"\\$"_s)
        .replace(u'%', u"%%"_s);
    exec.replace(u'\\', u"\\\\"_s);
    const QString content = u"[Desktop Entry]\nType=Application\nName=SecureContext\nExec=\"%1\"\n"
                            "X-GNOME-Autostart-enabled=true\n"_s.arg(exec);
#endif
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content.toUtf8()) < 0 || !file.commit())
        return tr("The start-at-login entry %1 could not be written: %2").arg(path, file.errorString());
    return {};
#endif
}
