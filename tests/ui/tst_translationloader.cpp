// Loads the compiled-in translations the way the GUI does at start.

#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TranslationLoaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownStringTranslates_data();
    void knownStringTranslates();
    void englishPlurals_data();
    void englishPlurals();
    void emptySettingFollowsSystem();
};

void TranslationLoaderTest::knownStringTranslates_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("expected");

    QTest::newRow("German") << u"de"_s << u"Anbieter"_s;
    QTest::newRow("German of Austria falls back to de") << u"de_AT"_s << u"Anbieter"_s;
    QTest::newRow("Simplified Chinese") << u"zh_CN"_s << u"提供方"_s;
}

void TranslationLoaderTest::knownStringTranslates()
{
    QFETCH(QString, setting);
    QFETCH(QString, expected);

    QTranslator translator;
    QVERIFY(TranslationLoader::load(translator, TranslationLoader::localeFor(setting)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(QCoreApplication::translate("MainWindow", "Providers"), expected);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(QCoreApplication::translate("MainWindow", "Providers"), u"Providers"_s);
}

void TranslationLoaderTest::englishPlurals_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<int>("hours");
    QTest::addColumn<QString>("expected");

    QTest::newRow("English, one") << u"en"_s << 1 << u"in 1 hour"_s;
    QTest::newRow("English, several") << u"en_GB"_s << 5 << u"in 5 hours"_s;
    QTest::newRow("French falls back to English") << u"fr"_s << 2 << u"in 2 hours"_s;
    QTest::newRow("German, one") << u"de"_s << 1 << u"in 1 Stunde"_s;
    QTest::newRow("German, several") << u"de"_s << 3 << u"in 3 Stunden"_s;
}

void TranslationLoaderTest::englishPlurals()
{
    QFETCH(QString, setting);
    QFETCH(int, hours);
    QFETCH(QString, expected);

    QTranslator translator;
    QVERIFY(TranslationLoader::load(translator, TranslationLoader::localeFor(setting)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString text = QCoreApplication::translate("ConnectionsModel", "in %n hour(s)", "access token expiry", hours);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(text, expected);
}

void TranslationLoaderTest::emptySettingFollowsSystem()
{
    QCOMPARE(TranslationLoader::localeFor(QString()), QLocale::system());
    QCOMPARE(TranslationLoader::localeFor(u"zh_CN"_s).territory(), QLocale::China);
}

QTEST_MAIN(TranslationLoaderTest)
#include "tst_translationloader.moc"
