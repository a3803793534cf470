// Adds providers through the Add provider dialog against a real broker: by hand, with the
// provider file written to the data directory, and rejected values named by their field.

#include "AddProviderDialog.h"
#include "Broker.h"
#include "BrokerFixture.h"
#include "ChildNamed.h"
#include "MainWindow.h"
#include "ProvidersModel.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QLineEdit *fieldNamed(QWidget *dialog, const QString &accessibleName)
{
    return childNamed<QLineEdit>(dialog, accessibleName);
}

QPushButton *addButton(QWidget *dialog)
{
    return childNamed<QPushButton>(dialog, u"Add the provider"_s);
}

} // namespace

class AddProviderDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void manualProviderIsSaved();
    void manualErrorNamesField_data();
    void manualErrorNamesField();
    void existingNameIsRejected();

private:
    void fillManual(AddProviderDialog &dialog, const QHash<QString, QString> &values);

    BrokerFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

void AddProviderDialogTest::initTestCase()
{
    m_fixture.setBeforeStart([this](Broker *broker) { m_window = std::make_unique<MainWindow>(broker); });
    const QString started = m_fixture.start(OidcServer::Options{}, RefreshPolicy{});
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QTRY_VERIFY(m_window->providersModel()->provider(BrokerFixture::ProviderName));
}

void AddProviderDialogTest::cleanupTestCase()
{
    m_fixture.stopBroker();
    m_window.reset();
}

void AddProviderDialogTest::fillManual(AddProviderDialog &dialog, const QHash<QString, QString> &values)
{
    dialog.setMode(AddProviderDialog::ManualMode);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QLineEdit *field = fieldNamed(&dialog, it.key());
        QVERIFY2(field, qPrintable(it.key()));
        field->clear();
        QTest::keyClicks(field, it.value());
    }
}

void AddProviderDialogTest::manualProviderIsSaved()
{
    AddProviderDialog dialog(m_fixture.broker(), m_window->providersModel());
    dialog.show();
    fillManual(dialog, {
                           {u"Name"_s, u"byhand"_s},
                           {u"Display name"_s, u"By Hand Inc."_s},
                           {u"Authorization URL"_s, u"https://auth.example.test/authorize"_s},
                           {u"Token URL"_s, u"https://auth.example.test/token"_s},
                           {u"Scopes"_s, u"read write"_s},
                           {u"Client id"_s, u"hand-client"_s},
                           {u"Client secret"_s, u"hand-secret"_s},
                       });

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(addButton(&dialog), Qt::LeftButton);
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QVERIFY(accepted.wait(15000));
    QCOMPARE(dialog.addedProvider(), u"byhand"_s);

    const ProviderSummary *provider = m_window->providersModel()->provider(u"byhand"_s);
    QVERIFY(provider);
    QCOMPARE(provider->displayName, u"By Hand Inc."_s);
    QVERIFY(provider->userFile);
    QCOMPARE(provider->clientId, u"hand-client"_s);
    QCOMPARE(provider->scopes, (QStringList{u"read"_s, u"write"_s}));

    QFile file(QDir(m_fixture.dataDir()).filePath(u"providers/byhand.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    const QJsonObject json = QJsonDocument::fromJson(content).object();
    QCOMPARE(json.value(u"token_url"_s).toString(), u"https://auth.example.test/token"_s);
    // The secret goes to the keychain, never into the provider file.
    QVERIFY(!content.contains("hand-secret"));
}

void AddProviderDialogTest::manualErrorNamesField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedField");

    QTest::newRow("name with upper case") << u"Name"_s << u"Bad Name"_s << u"Name"_s;
    QTest::newRow("empty name") << u"Name"_s << QString() << u"Name"_s;
    QTest::newRow("token url over http") << u"Token URL"_s << u"http://auth.example.test/token"_s << u"Token URL"_s;
    QTest::newRow("javascript authorization url") << u"Authorization URL"_s << u"javascript:alert(1)"_s
                                                  << u"Authorization URL"_s;
    QTest::newRow("userinfo url not a url") << u"Userinfo URL"_s << u"::not a url::"_s << u"Userinfo URL"_s;
    QTest::newRow("markup display name over limit") << u"Display name"_s << QString(u"<b>x</b>"_s.repeated(40))
                                                    << u"Display name"_s;
}

void AddProviderDialogTest::manualErrorNamesField()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expectedField);

    AddProviderDialog dialog(m_fixture.broker(), m_window->providersModel());
    dialog.show();
    QHash<QString, QString> values{
        {u"Name"_s, u"invalidcase"_s},
        {u"Display name"_s, u"Invalid case"_s},
        {u"Authorization URL"_s, u"https://auth.example.test/authorize"_s},
        {u"Token URL"_s, u"https://auth.example.test/token"_s},
    };
    values.insert(field, value);
    fillManual(dialog, values);

    QTest::mouseClick(addButton(&dialog), Qt::LeftButton);
    QVERIFY2(dialog.errorText().startsWith(expectedField + u": "_s), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.errorField(), fieldNamed(&dialog, expectedField));
    QVERIFY(dialog.isVisible());
    QVERIFY(!QFile::exists(QDir(m_fixture.dataDir()).filePath(u"providers/invalidcase.json"_s)));
}

void AddProviderDialogTest::existingNameIsRejected()
{
    AddProviderDialog dialog(m_fixture.broker(), m_window->providersModel());
    dialog.show();
    fillManual(dialog, {
                           {u"Name"_s, BrokerFixture::ProviderName},
                           {u"Display name"_s, u"Impostor"_s},
                           {u"Authorization URL"_s, u"https://evil.example.test/authorize"_s},
                           {u"Token URL"_s, u"https://evil.example.test/token"_s},
                       });

    QTest::mouseClick(addButton(&dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.errorText().contains(u"exists already"_s), 15000);
    QCOMPARE(dialog.errorField(), fieldNamed(&dialog, u"Name"_s));
    QVERIFY(m_window->providersModel()->provider(BrokerFixture::ProviderName)->displayName != u"Impostor"_s);
}

QTEST_MAIN(AddProviderDialogTest)
#include "tst_addproviderdialog.moc"
