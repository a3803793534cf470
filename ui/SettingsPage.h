#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

// Settings in the data directory's settings.ini, the file securecontextd reads too:
// api/port, ui/startAtLogin, ui/startMinimized, log/level and ui/language. After saving,
// a note names the values that take effect only at the next start.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(const QString &settingsPath, const QString &dataDir, QWidget *parent = nullptr);

    // Reads the settings file into the form.
    void load();
    // Writes the form to the settings file and updates the start-at-login entry. Returns
    // false and shows the reason when the file could not be written.
    bool save();
    // The note under the form after saving, empty when none.
    QString noteText() const;

Q_SIGNALS:
    void saved();

private:
    QString m_settingsPath;
    QString m_dataDir;
    QSpinBox *m_port;
    QCheckBox *m_startAtLogin;
    QCheckBox *m_startMinimized;
    QComboBox *m_logLevel;
    QComboBox *m_language;
    QLabel *m_note;
    QPushButton *m_save;
};
