#include "SettingsPage.h"

#include "BrokerOptions.h"
#include "StartAtLogin.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SettingsPage::SettingsPage(const QString &settingsPath, const QString &dataDir, QWidget *parent)
    : QWidget(parent)
    , m_settingsPath(settingsPath)
    , m_dataDir(dataDir)
    , m_port(new QSpinBox(this))
    , m_startAtLogin(new QCheckBox(tr("Start SecureContext when I &log in"), this))
    , m_startMinimized(new QCheckBox(tr("Start &minimized to the tray"), this))
    , m_logLevel(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
{
    auto *title = new QLabel(tr("<h2>Settings</h2>"), this);

    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setAccessibleName(tr("API port"));
    m_port->setToolTip(tr("TCP port of the local API on 127.0.0.1; agents use it in their URLs"));
    m_startAtLogin->setAccessibleName(tr("Start at login"));
    m_startMinimized->setAccessibleName(tr("Start minimized to the tray"));
    m_logLevel->setAccessibleName(tr("Log level"));
    m_logLevel->addItem(tr("Warnings and errors"), u"warning"_s);
    m_logLevel->addItem(tr("Information (default)"), u"info"_s);
    m_logLevel->addItem(tr("Debug"), u"debug"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);

    auto *dataLocation = new QLineEdit(QDir::toNativeSeparators(dataDir), this);
    dataLocation->setReadOnly(true);
    dataLocation->setAccessibleName(tr("Data location"));
    auto *open = new QPushButton(tr("&Open"), this);
    open->setAccessibleName(tr("Open the data location"));
    connect(open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_dataDir)); });
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(dataLocation, 1);
    dataRow->addWidget(open);

    // Fields keep their natural width, as in the platforms' own settings dialogs. Only the
    // data location path gets more room.
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    dataLocation->setMinimumWidth(420);
    form->addRow(tr("API &port:"), m_port);
    form->addRow(QString(), m_startAtLogin);
    form->addRow(QString(), m_startMinimized);
    form->addRow(tr("Log &level:"), m_logLevel);
    form->addRow(tr("Lan&guage:"), m_language);
    form->addRow(tr("Data location:"), dataRow);

    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setAccessibleName(tr("Settings note"));
    m_note->hide();
    m_save->setAccessibleName(tr("Save the settings"));
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_note, 1);
    buttons->addStretch();
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addStretch();
    layout->addLayout(buttons);
    load();
}

void SettingsPage::load()
{
    const QSettings settings(m_settingsPath, QSettings::IniFormat);
    m_port->setValue(settings.value(u"api/port"_s, BrokerOptions::DefaultApiPort).toInt());
    m_startAtLogin->setChecked(settings.value(u"ui/startAtLogin"_s, false).toBool());
    m_startMinimized->setChecked(settings.value(u"ui/startMinimized"_s, false).toBool());
    const int level = m_logLevel->findData(settings.value(u"log/level"_s, u"info"_s).toString());
    m_logLevel->setCurrentIndex(level >= 0 ? level : 1);
    const int language = m_language->findData(settings.value(u"ui/language"_s).toString());
    m_language->setCurrentIndex(language >= 0 ? language : 0);
}

bool SettingsPage::save()
{
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    const bool restartNeeded = settings.value(u"api/port"_s, BrokerOptions::DefaultApiPort).toInt() != m_port->value()
        || settings.value(u"log/level"_s, u"info"_s).toString() != m_logLevel->currentData().toString()
        || settings.value(u"ui/language"_s).toString() != m_language->currentData().toString();

    settings.setValue(u"api/port"_s, m_port->value());
    settings.setValue(u"ui/startAtLogin"_s, m_startAtLogin->isChecked());
    settings.setValue(u"ui/startMinimized"_s, m_startMinimized->isChecked());
    settings.setValue(u"log/level"_s, m_logLevel->currentData().toString());
    settings.setValue(u"ui/language"_s, m_language->currentData().toString());
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        m_note->setText(tr("The settings could not be written to %1.").arg(QDir::toNativeSeparators(m_settingsPath)));
        m_note->show();
        return false;
    }

    QString note = restartNeeded ? tr("Saved. The port, log level and language change when SecureContext starts again.")
                                 : tr("Saved.");
    const QString loginError = StartAtLogin::setEnabled(m_startAtLogin->isChecked());
    if (!loginError.isEmpty())
        note += u' ' + loginError;
    m_note->setText(note);
    m_note->show();
    Q_EMIT saved();
    return true;
}

QString SettingsPage::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}
