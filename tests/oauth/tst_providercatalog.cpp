#include "oauth/ProviderCatalog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

Q_DECLARE_METATYPE(TokenAuthMethod)
Q_DECLARE_METATYPE(TokenResponseFormat)
Q_DECLARE_METATYPE(RedirectHost)
Q_DECLARE_METATYPE(RedirectPortPolicy)

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

const QStringList PresetNames = {
    u"atlassian"_s, u"bitbucket"_s, u"box"_s,     u"discord"_s, u"dropbox"_s, u"github"_s,
    u"gitlab"_s,    u"google"_s,    u"linear"_s,  u"microsoft"_s, u"reddit"_s, u"salesforce"_s,
    u"slack"_s,     u"spotify"_s,   u"twitch"_s,  u"zoom"_s,
};
const qsizetype PresetCount = PresetNames.size();

} // namespace

class TestProviderCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void presetsLoadWithoutErrors();
    void presetIsSound_data();
    void presetIsSound();
    void presetQuirks_data();
    void presetQuirks();
    void presetFileNamesMatchProviderNames();
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
    QCOMPARE(names, PresetNames);
}

void TestProviderCatalog::presetIsSound_data()
{
    QTest::addColumn<QString>("name");

    for (const QString &name : PresetNames)
        QTest::newRow(qPrintable(name)) << name;
}

void TestProviderCatalog::presetIsSound()
{
    QFETCH(QString, name);

    const std::optional<Provider> provider = ProviderCatalog::load(QString()).find(name);
    QVERIFY(provider.has_value());
    QCOMPARE(provider->source, ProviderSource::Preset);
    QVERIFY(!provider->displayName.isEmpty());
    QVERIFY(allEndpointsUseHttps(*provider));
    QVERIFY(!provider->scopes.isEmpty());
    QVERIFY(!provider->accountClaims.isEmpty());

    // Every quirk has a known value, and toString() gives its JSON spelling back.
    QVERIFY(ProviderQuirks::tokenAuthMethodNames().contains(ProviderQuirks::toString(provider->tokenAuthMethod)));
    QVERIFY(ProviderQuirks::tokenResponseFormatNames().contains(ProviderQuirks::toString(provider->tokenResponseFormat)));
    QVERIFY(ProviderQuirks::redirectHostNames().contains(ProviderQuirks::toString(provider->redirectHost)));
    QVERIFY(ProviderQuirks::redirectPortPolicyNames().contains(ProviderQuirks::toString(provider->redirectPortPolicy)));
    QVERIFY(provider->scopeSeparator == u" "_s || provider->scopeSeparator == u","_s);
    if (provider->rotatesRefreshTokens)
        QVERIFY(provider->supportsRefresh);
    if (provider->tokenAuthMethod == TokenAuthMethod::None)
        QVERIFY(provider->pkce);

    // The preset survives a write and a read unchanged, so a user file copied from it works.
    const Result<Provider> reread = Provider::fromJson(provider->toJson(), ProviderSource::Preset);
    QVERIFY2(reread.ok(), qPrintable(reread.error().message));
    QCOMPARE(reread.value(), *provider);
}

void TestProviderCatalog::presetQuirks_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<TokenAuthMethod>("authMethod");
    QTest::addColumn<TokenResponseFormat>("responseFormat");
    QTest::addColumn<bool>("pkce");
    QTest::addColumn<bool>("supportsRefresh");
    QTest::addColumn<bool>("rotates");
    QTest::addColumn<RedirectHost>("redirectHost");
    QTest::addColumn<RedirectPortPolicy>("portPolicy");
    QTest::addColumn<QString>("separator");

    using enum TokenAuthMethod;
    using enum RedirectPortPolicy;
    const TokenResponseFormat standard = TokenResponseFormat::Standard;
    const RedirectHost ipv4 = RedirectHost::Ipv4Loopback;
    const RedirectHost localhost = RedirectHost::Localhost;
    const QString space = u" "_s;
    const QString comma = u","_s;

    // Sources for each row are listed in broker/oauth/README.md under "Presets".
    QTest::newRow("atlassian") << u"atlassian"_s << ClientSecretPost << standard << false << true << true << localhost << Fixed << space;
    QTest::newRow("bitbucket") << u"bitbucket"_s << ClientSecretBasic << standard << false << true << false << ipv4 << Fixed << space;
    QTest::newRow("box") << u"box"_s << ClientSecretPost << standard << false << true << true << localhost << Fixed << space;
    QTest::newRow("discord") << u"discord"_s << ClientSecretPost << standard << true << true << false << ipv4 << Fixed << space;
    QTest::newRow("dropbox") << u"dropbox"_s << ClientSecretPost << standard << true << true << false << ipv4 << Fixed << space;
    QTest::newRow("github") << u"github"_s << ClientSecretPost << standard << true << false << false << ipv4 << Any << space;
    QTest::newRow("gitlab") << u"gitlab"_s << ClientSecretPost << standard << true << true << true << ipv4 << Fixed << space;
    QTest::newRow("google") << u"google"_s << ClientSecretPost << standard << true << true << false << ipv4 << Any << space;
    QTest::newRow("linear") << u"linear"_s << ClientSecretPost << standard << true << true << true << ipv4 << Fixed << comma;
    QTest::newRow("microsoft") << u"microsoft"_s << None << standard << true << true << true << localhost << Any << space;
    QTest::newRow("reddit") << u"reddit"_s << ClientSecretBasic << standard << false << true << false << localhost << Fixed << space;
    QTest::newRow("salesforce") << u"salesforce"_s << ClientSecretPost << standard << true << true << false << localhost << Fixed << space;
    QTest::newRow("slack") << u"slack"_s << ClientSecretBasic << TokenResponseFormat::SlackUserToken << true << true << false << ipv4
                           << Fixed << comma;
    QTest::newRow("spotify") << u"spotify"_s << ClientSecretBasic << standard << true << true << true << ipv4 << Any << space;
    QTest::newRow("twitch") << u"twitch"_s << ClientSecretPost << standard << false << true << false << localhost << Fixed << space;
    QTest::newRow("zoom") << u"zoom"_s << ClientSecretBasic << standard << true << true << true << ipv4 << Any << space;
}

void TestProviderCatalog::presetQuirks()
{
    QFETCH(QString, name);
    QFETCH(TokenAuthMethod, authMethod);
    QFETCH(TokenResponseFormat, responseFormat);
    QFETCH(bool, pkce);
    QFETCH(bool, supportsRefresh);
    QFETCH(bool, rotates);
    QFETCH(RedirectHost, redirectHost);
    QFETCH(RedirectPortPolicy, portPolicy);
    QFETCH(QString, separator);

    const std::optional<Provider> provider = ProviderCatalog::load(QString()).find(name);
    QVERIFY(provider.has_value());
    QCOMPARE(provider->tokenAuthMethod, authMethod);
    QCOMPARE(provider->tokenResponseFormat, responseFormat);
    QCOMPARE(provider->pkce, pkce);
    QCOMPARE(provider->supportsRefresh, supportsRefresh);
    QCOMPARE(provider->rotatesRefreshTokens, rotates);
    QCOMPARE(provider->redirectHost, redirectHost);
    QCOMPARE(provider->redirectPortPolicy, portPolicy);
    QCOMPARE(provider->scopeSeparator, separator);
}

void TestProviderCatalog::presetFileNamesMatchProviderNames()
{
    // ProviderCatalog ignores file names, but a preset file named after another provider
    // would be confusing to anyone who copies it into their provider folder.
    const QFileInfoList files = QDir(u":/providers"_s).entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), PresetCount);

    const ProviderCatalog catalog = ProviderCatalog::load(QString());
    for (const QFileInfo &file : files)
        QVERIFY2(catalog.find(file.completeBaseName()).has_value(), qPrintable(file.fileName()));
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
    QCOMPARE(catalog.providers().size(), PresetCount + 1);
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
    QCOMPARE(catalog.providers().size(), PresetCount);
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
    QCOMPARE(catalog.providers().size(), PresetCount);
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
    QCOMPARE(catalog.providers().size(), PresetCount);
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
    QCOMPARE(catalog.providers().size(), PresetCount);
}

void TestProviderCatalog::missingFolderIsNoError()
{
    const ProviderCatalog catalog = ProviderCatalog::load(m_dir->filePath(u"does-not-exist"_s));

    QVERIFY(catalog.loadErrors().isEmpty());
    QCOMPARE(catalog.providers().size(), PresetCount);
}

void TestProviderCatalog::folderPathIsAFile()
{
    writeFile(u"plain-file"_s, "x"_ba);

    const ProviderCatalog catalog = ProviderCatalog::load(m_dir->filePath(u"plain-file"_s));
    QCOMPARE(catalog.loadErrors().size(), 1);
    QVERIFY(catalog.loadErrors().first().message.contains(u"plain-file"_s));
    QCOMPARE(catalog.providers().size(), PresetCount);
}

void TestProviderCatalog::providersSortedByName()
{
    writeFile(u"1.json"_s, providerFile(u"zzz"_s, u"http://127.0.0.1:1/token"_s));
    writeFile(u"2.json"_s, providerFile(u"aaa"_s, u"http://127.0.0.1:1/token"_s));

    const ProviderCatalog catalog = ProviderCatalog::load(m_dir->path());
    QStringList names;
    for (const Provider &provider : catalog.providers())
        names.append(provider.name);
    QStringList expected = PresetNames;
    expected.prepend(u"aaa"_s);
    expected.append(u"zzz"_s);
    QCOMPARE(names, expected);
}

QTEST_GUILESS_MAIN(TestProviderCatalog)
#include "tst_providercatalog.moc"
