// Creates and removes the start-at-login entry in a test configuration folder.

#include "StartAtLogin.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class StartAtLoginTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void enableWritesEntry();
    void disableRemovesEntry();
};

void StartAtLoginTest::initTestCase()
{
    // Test mode moves ConfigLocation to ~/.qttest, away from the user's real autostart folder.
    QStandardPaths::setTestModeEnabled(true);
}

void StartAtLoginTest::enableWritesEntry()
{
#if defined(Q_OS_LINUX)
    QCOMPARE(StartAtLogin::setEnabled(true), QString());
    QVERIFY(StartAtLogin::isEnabled());

    const QString path = QStandardPaths::writableLocation(QStandardPaths::ConfigLocation)
        + u"/autostart/securecontext.desktop"_s;
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QString content = QString::fromUtf8(file.readAll());
    QVERIFY(content.startsWith(u"[Desktop Entry]\n"_s));
    QVERIFY2(content.contains(u"Exec=\"%1\"\n"_s.arg(QCoreApplication::applicationFilePath())), qPrintable(content));
#else
    QSKIP("The entry's format is checked on Linux only");
#endif
}

void StartAtLoginTest::disableRemovesEntry()
{
#if defined(Q_OS_LINUX)
    QCOMPARE(StartAtLogin::setEnabled(true), QString());
    QCOMPARE(StartAtLogin::setEnabled(false), QString());
    QVERIFY(!StartAtLogin::isEnabled());
    // Disabling twice is not an error.
    QCOMPARE(StartAtLogin::setEnabled(false), QString());
#else
    QSKIP("The entry's format is checked on Linux only");
#endif
}

QTEST_MAIN(StartAtLoginTest)
#include "tst_startatlogin.moc"
