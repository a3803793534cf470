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
    void englishHasNoTranslation();
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

void TranslationLoaderTest::englishHasNoTranslation()
{
    QTranslator translator;
    QVERIFY(!TranslationLoader::load(translator, TranslationLoader::localeFor(u"en"_s)));
}

void TranslationLoaderTest::emptySettingFollowsSystem()
{
    QCOMPARE(TranslationLoader::localeFor(QString()), QLocale::system());
    QCOMPARE(TranslationLoader::localeFor(u"zh_CN"_s).territory(), QLocale::China);
}

QTEST_MAIN(TranslationLoaderTest)
#include "tst_translationloader.moc"
