// Saves the Settings page to an ini file and reads it back as the daemon does.

#include "AppSetup.h"
#include "ChildNamed.h"
#include "SettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class SettingsPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedValuesReachSettings();
    void daemonReadsSavedPort();
    void unchangedSaveNeedsNoRestart();
};

void SettingsPageTest::savedValuesReachSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"settings.ini"_s);
    SettingsPage page(path, dir.path());

    childNamed<QSpinBox>(&page, u"API port"_s)->setValue(31337);
    childNamed<QCheckBox>(&page, u"Start minimized to the tray"_s)->setChecked(true);
    QComboBox *level = childNamed<QComboBox>(&page, u"Log level"_s);
    level->setCurrentIndex(level->findData(u"debug"_s));
    QComboBox *language = childNamed<QComboBox>(&page, u"Language"_s);
    language->setCurrentIndex(language->findData(u"de"_s));
    QVERIFY(page.save());

    const QSettings settings(path, QSettings::IniFormat);
    QCOMPARE(settings.value(u"api/port"_s).toInt(), 31337);
    QCOMPARE(settings.value(u"ui/startMinimized"_s).toBool(), true);
    QCOMPARE(settings.value(u"ui/startAtLogin"_s).toBool(), false);
    QCOMPARE(settings.value(u"log/level"_s).toString(), u"debug"_s);
    QCOMPARE(settings.value(u"ui/language"_s).toString(), u"de"_s);
    QVERIFY2(page.noteText().contains(u"starts again"_s), qPrintable(page.noteText()));

    // A new page shows what was saved.
    SettingsPage reopened(path, dir.path());
    QCOMPARE(childNamed<QSpinBox>(&reopened, u"API port"_s)->value(), 31337);
    QCOMPARE(childNamed<QComboBox>(&reopened, u"Language"_s)->currentData().toString(), u"de"_s);
}

void SettingsPageTest::daemonReadsSavedPort()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SettingsPage page(dir.filePath(u"settings.ini"_s), dir.path());
    childNamed<QSpinBox>(&page, u"API port"_s)->setValue(40123);
    QVERIFY(page.save());

    QCommandLineParser parser;
    const AppSetup::CommonOptions common;
    common.addTo(parser);
    QVERIFY(parser.parse({u"securecontextd"_s, u"--data-dir"_s, dir.path()}));
    BrokerOptions options;
    QCOMPARE(AppSetup::resolveBrokerOptions(parser, common, options), QString());
    QCOMPARE(options.apiPort, quint16(40123));
}

void SettingsPageTest::unchangedSaveNeedsNoRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SettingsPage page(dir.filePath(u"settings.ini"_s), dir.path());
    QVERIFY(page.save());
    QVERIFY(page.save());
    QCOMPARE(page.noteText(), u"Saved."_s);
}

QTEST_MAIN(SettingsPageTest)
#include "tst_settingspage.moc"
