#include "oauth/ProviderCatalog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray providerFile(const QString &name, const QString &tokenUrl, const QString &displayName = u"Test"_s)
{
    return uR"({
    "name": "%1",
    "display_name": "%3",
    "authorization_url": "http://127.0.0.1:1234/auth",
    "token_url": "%2",
    "scopes": ["openid"]
})"_s.arg(name, tokenUrl, displayName).toUtf8();
}

bool allEndpointsUseHttps(const Provider &provider)
{
    const QList<QUrl> required = {provider.authorizationUrl, provider.tokenUrl};
    for (const QUrl &url : required) {
        if (url.scheme() != u"https"_s || url.host().isEmpty())
            return false;
    }
    const QList<QUrl> optional = {provider.userinfoUrl, provider.revocationUrl};
    for (const QUrl &url : optional) {
        if (!url.isEmpty() && url.scheme() != u"https"_s)
            return false;
    }
    return provider.issuer.isEmpty() || provider.issuer.startsWith(u"https://"_s);
}

} // namespace

class TestProviderCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void presetsLoadWithoutErrors();
    void presetIsSound_data();
    void presetIsSound();
    void microsoftUsesCommonTenantAndOfflineAccess();
    void googleRequestsOfflineAccess();
    void githubHasNoRefresh();
    void loopbackUserFileLoads();
    void remoteHttpUserFileRejected();
    void userFileOverridesPreset();
    void invalidJsonSkippedAndReported();
    void nonObjectJsonSkippedAndReported();
    void duplicateUserNameKeepsFirstFile();
    void oversizedFileSkipped();
    void otherFilesIgnored();
    void missingFolderIsNoError();
    void folderPathIsAFile();
    void providersSortedByName();

private:
    void writeFile(const QString &fileName, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProviderCatalog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProviderCatalog::writeFile(const QString &fileName, const QByteArray &content)
{
    QFile file(m_dir->filePath(fileName));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

void TestProviderCatalog::presetsLoadWithoutErrors()
{
    const ProviderCatalog catalog = ProviderCatalog::load(QString());

    for (const Error &error : catalog.loadErrors())
        qWarning().noquote() << error.code << error.message;
    QVERIFY(catalog.loadErrors().isEmpty());

    QStringList names;
    for (const Provider &provider : catalog.providers())
        names.append(provider.name);
    QCOMPARE(names, (QStringList{u"github"_s, u"google"_s, u"microsoft"_s}));
}

void TestProviderCatalog::presetIsSound_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("google") << u"google"_s;
    QTest::newRow("microsoft") << u"microsoft"_s;
    QTest::newRow("github") << u"github"_s;
}

void TestProviderCatalog::presetIsSound()
{
    QFETCH(QString, name);

    const std::optional<Provider> provider = ProviderCatalog::load(QString()).find(name);
    QVERIFY(provider.has_value());
    QCOMPARE(provider->source, ProviderSource::Preset);
    QVERIFY(allEndpointsUseHttps(*provider));
    QVERIFY(!provider->userinfoUrl.isEmpty());
    QVERIFY(!provider->scopes.isEmpty());
    QVERIFY(!provider->displayName.isEmpty());
    QVERIFY(provider->pkce);
}

void TestProviderCatalog::microsoftUsesCommonTenantAndOfflineAccess()
{
    const std::optional<Provider> microsoft = ProviderCatalog::load(QString()).find(u"microsoft"_s);
    QVERIFY(microsoft.has_value());

    QCOMPARE(microsoft->authorizationUrl, QUrl(u"https://login.microsoftonline.com/common/oauth2/v2.0/authorize"_s));
    QCOMPARE(microsoft->tokenUrl, QUrl(u"https://login.microsoftonline.com/common/oauth2/v2.0/token"_s));
    QCOMPARE(microsoft->userinfoUrl, QUrl(u"https://graph.microsoft.com/oidc/userinfo"_s));
    QVERIFY(microsoft->scopes.contains(u"offline_access"_s));
    QVERIFY(microsoft->supportsRefresh);
}

void TestProviderCatalog::googleRequestsOfflineAccess()
{
    const std::optional<Provider> google = ProviderCatalog::load(QString()).find(u"google"_s);
    QVERIFY(google.has_value());

    QCOMPARE(google->extraAuthorizationParams.value(u"access_type"_s), u"offline"_s);
    QCOMPARE(google->extraAuthorizationParams.value(u"prompt"_s), u"consent"_s);
    QCOMPARE(google->revocationUrl, QUrl(u"https://oauth2.googleapis.com/revoke"_s));
    QCOMPARE(google->scopes, (QStringList{u"openid"_s, u"email"_s, u"profile"_s}));
}

void TestProviderCatalog::githubHasNoRefresh()
{
    const std::optional<Provider> github = ProviderCatalog::load(QString()).find(u"github"_s);
    QVERIFY(github.has_value());

    QVERIFY(!github->supportsRefresh);
    QCOMPARE(github->scopes, QStringList{u"read:user"_s});
    QCOMPARE(github->tokenUrl, QUrl(u"https://github.com/login/oauth/access_token"_s));
}

void TestProviderCatalog::loopbackUserFileLoads()
{
    writeFile(u"local.json"_s, providerFile(u"local"_s, u"http://127.0.0.1:1234/token"_s));

    const ProviderCatalog catalog = ProviderCatalog::load(m_dir->path());
    QVERIFY(catalog.loadErrors().isEmpty());

    const std::optional<Provider> local = catalog.find(u"local"_s);
    QVERIFY(local.has_value());
    QCOMPARE(local->source, ProviderSource::UserFile);
    QCOMPARE(local->tokenUrl, QUrl(u"http://127.0.0.1:1234/token"_s));
    QCOMPARE(catalog.providers().size(), 4);
}

void TestProviderCatalog::remoteHttpUserFileRejected()
{
    writeFile(u"remote.json"_s, providerFile(u"remote"_s, u"http://example.test/token"_s));

    const ProviderCatalog catalog = ProviderCatalog::load(m_dir->path());
    QVERIFY(!catalog.find(u"remote"_s).has_value());
    QCOMPARE(catalog.loadErrors().size(), 1);

    const Error error = catalog.loadErrors().first();
    QCOMPARE(error.code, u"INVALID_PROVIDER"_s);
    QVERIFY2(error.message.contains(u"remote.json"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"token_url"_s), qPrintable(error.message));
    QCOMPARE(catalog.providers().size(), 3);
}

void TestProviderCatalog::userFileOverridesPreset()
{
    writeFile(u"my-github.json"_s,
              providerFile(u"github"_s, u"http://127.0.0.1:1234/token"_s, u"GitHub Enterprise"_s));

    const ProviderCatalog catalog = ProviderCatalog::load(m_dir->path());
    QVERIFY(catalog.loadErrors().isEmpty());

    const std::optional<Provider> github = catalog.find(u"github"_s);
    QVERIFY(github.has_value());
    QCOMPARE(github->displayName, u"GitHub Enterprise"_s);
    QCOMPARE(github->source, ProviderSource::UserFile);
    QCOMPARE(github->tokenUrl, QUrl(u"http://127.0.0.1:1234/token"_s));
    QCOMPARE(catalog.providers().size(), 3);
}

void TestProviderCatalog::invalidJsonSkippedAndReported()
{
    writeFile(u"broken.json"_s, "{\"name\": \"broken\","_ba);
    writeFile(u"good.json"_s, providerFile(u"good"_s, u"http://[::1]:8080/token"_s));

    const ProviderCatalog catalog = ProviderCatalog::load(m_dir->path());
    QCOMPARE(catalog.loadErrors().size(), 1);
    QCOMPARE(catalog.loadErrors().first().code, u"INVALID_PROVIDER_FILE"_s);
    QVERIFY2(catalog.loadErrors().first().message.contains(u"broken.json"_s),
             qPrintable(catalog.loadErrors().first().message));
    QVERIFY(!catalog.find(u"broken"_s).has_value());
    QVERIFY(catalog.find(u"good"_s).has_value());
}

void TestProviderCatalog::nonObjectJsonSkippedAndReported()
{
    writeFile(u"list.json"_s, "[1, 2, 3]"_ba);

    const ProviderCatalog catalog = ProviderCatalog::load(m_dir->path());
    QCOMPARE(catalog.loadErrors().size(), 1);
    QCOMPARE(catalog.loadErrors().first().code, u"INVALID_PROVIDER_FILE"_s);
    QVERIFY(catalog.loadErrors().first().message.contains(u"list.json"_s));
    QCOMPARE(catalog.providers().size(), 3);
}

void TestProviderCatalog::duplicateUserNameKeepsFirstFile()
{
    writeFile(u"a.json"_s, providerFile(u"dup"_s, u"http://127.0.0.1:1/token"_s, u"First"_s));
    writeFile(u"b.json"_s, providerFile(u"dup"_s, u"http://127.0.0.1:2/token"_s, u"Second"_s));

    const ProviderCatalog catalog = ProviderCatalog::load(m_dir->path());
    QCOMPARE(catalog.loadErrors().size(), 1);
    QCOMPARE(catalog.loadErrors().first().code, u"DUPLICATE_PROVIDER"_s);
    QVERIFY(catalog.loadErrors().first().message.contains(u"b.json"_s));
    QVERIFY(catalog.loadErrors().first().message.contains(u"a.json"_s));

    const std::optional<Provider> dup = catalog.find(u"dup"_s);
    QVERIFY(dup.has_value());
    QCOMPARE(dup->displayName, u"First"_s);
}

void TestProviderCatalog::oversizedFileSkipped()
{
    QByteArray content = providerFile(u"big"_s, u"http://127.0.0.1:1/token"_s);
    content.insert(1, "\"padding\": \"" + QByteArray(ProviderCatalog::MaxFileSize, 'x') + "\",");
    writeFile(u"big.json"_s, content);

    const ProviderCatalog catalog = ProviderCatalog::load(m_dir->path());
    QVERIFY(!catalog.find(u"big"_s).has_value());
    QCOMPARE(catalog.loadErrors().size(), 1);
    QVERIFY(catalog.loadErrors().first().message.contains(u"big.json"_s));
}

void TestProviderCatalog::otherFilesIgnored()
{
    writeFile(u"notes.txt"_s, "not a provider"_ba);
    writeFile(u"local.json.bak"_s, providerFile(u"backup"_s, u"http://127.0.0.1:1/token"_s));

    const ProviderCatalog catalog = ProviderCatalog::load(m_dir->path());
    QVERIFY(catalog.loadErrors().isEmpty());
    QVERIFY(!catalog.find(u"backup"_s).has_value());
    QCOMPARE(catalog.providers().size(), 3);
}

void TestProviderCatalog::missingFolderIsNoError()
{
    const ProviderCatalog catalog = ProviderCatalog::load(m_dir->filePath(u"does-not-exist"_s));

    QVERIFY(catalog.loadErrors().isEmpty());
    QCOMPARE(catalog.providers().size(), 3);
}

void TestProviderCatalog::folderPathIsAFile()
{
    writeFile(u"plain-file"_s, "x"_ba);

    const ProviderCatalog catalog = ProviderCatalog::load(m_dir->filePath(u"plain-file"_s));
    QCOMPARE(catalog.loadErrors().size(), 1);
    QVERIFY(catalog.loadErrors().first().message.contains(u"plain-file"_s));
    QCOMPARE(catalog.providers().size(), 3);
}

void TestProviderCatalog::providersSortedByName()
{
    writeFile(u"1.json"_s, providerFile(u"zzz"_s, u"http://127.0.0.1:1/token"_s));
    writeFile(u"2.json"_s, providerFile(u"aaa"_s, u"http://127.0.0.1:1/token"_s));

    const ProviderCatalog catalog = ProviderCatalog::load(m_dir->path());
    QStringList names;
    for (const Provider &provider : catalog.providers())
        names.append(provider.name);
    QCOMPARE(names, (QStringList{u"aaa"_s, u"github"_s, u"google"_s, u"microsoft"_s, u"zzz"_s}));
}

QTEST_GUILESS_MAIN(TestProviderCatalog)
#include "tst_providercatalog.moc"
