#include "oauth/ProviderCatalog.h"
#include "oauth/ScpProviderImport.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// Declared before the test data, because moc from Qt 6.4 finds no class after the raw string
// literal below.
class TestScpProviderImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceFormatImports();
    void entryWithEndpointsKeepsThem();
    void entryWithoutEndpointsUsesPreset();
    void entryWithoutPresetStandsAlone();
    void disabledEntrySkippedWithoutItsVariables();
    void entryError_data();
    void entryError();
    void fileError_data();
    void fileError();
    void messagesNeverContainSecrets();
    void importFileReadsFile();
    void importFileRejectsOversizedFile();
    void importFileReportsMissingFile();
    void processEnvironmentReadsVariables();
};

namespace {

// A providers.json in the format of the SecureContext Protocol reference: a "providers" object
// keyed by provider name, "env:NAME" references, the reference's display-only members, a
// disabled entry, an entry that names only credentials and relies on a known provider's
// endpoints, and the "settings" block the reference keeps beside the providers.
const QByteArray ReferenceFormatFile = R"({
  "providers": {
    "google": {
      "name": "google",
      "display_name": "Google Account",
      "description": "Gmail and Calendar for the agents",
      "client_id": "env:GOOGLE_CLIENT_ID",
      "client_secret": "env:GOOGLE_CLIENT_SECRET",
      "scopes": ["profile", "email", "https://www.googleapis.com/auth/calendar.readonly"],
      "authorize_url": "https://accounts.google.com/o/oauth2/auth",
      "token_url": "https://oauth2.googleapis.com/token",
      "provider_class": "GoogleProvider",
      "enabled": true,
      "icon": "google",
      "color": "#4285f4",
      "additional_params": {"access_type": "offline", "include_granted_scopes": "true"}
    },
    "github": {
      "name": "github",
      "display_name": "GitHub Account",
      "client_id": "env:GITHUB_CLIENT_ID",
      "client_secret": "env:GITHUB_CLIENT_SECRET",
      "scopes": ["user:email", "repo"],
      "provider_class": "GitHubProvider",
      "enabled": true
    },
    "local_idp": {
      "name": "local_idp",
      "display_name": "Local test IdP",
      "client_id": "local-client",
      "client_secret": "local-secret-literal",
      "scopes": ["openid"],
      "authorize_url": "http://127.0.0.1:9400/authorize",
      "token_url": "http://127.0.0.1:9400/token",
      "userinfo_url": "http://127.0.0.1:9400/userinfo"
    },
    "microsoft": {
      "name": "microsoft",
      "display_name": "Microsoft Account",
      "client_id": "env:MICROSOFT_CLIENT_ID",
      "client_secret": "env:MICROSOFT_CLIENT_SECRET",
      "scopes": ["User.Read", "Mail.Read"],
      "authorize_url": "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
      "token_url": "https://login.microsoftonline.com/common/oauth2/v2.0/token",
      "enabled": false,
      "additional_params": {"response_mode": "query"}
    }
  },
  "settings": {
    "default_session_timeout": 3600,
    "enable_audit_logging": true
  }
})";

const QHash<QString, QString> ReferenceEnvironment = {
    {u"GOOGLE_CLIENT_ID"_s, u"1234-abc.apps.googleusercontent.com"_s},
    {u"GOOGLE_CLIENT_SECRET"_s, u"GOCSPX-google-secret"_s},
    {u"GITHUB_CLIENT_ID"_s, u"Iv1.0123456789abcdef"_s},
    {u"GITHUB_CLIENT_SECRET"_s, u"github-secret-value"_s},
};

ScpProviderImport::EnvironmentLookup lookupIn(const QHash<QString, QString> &variables)
{
    return [variables](const QString &name) -> std::optional<QString> {
        const auto it = variables.constFind(name);
        if (it == variables.cend())
            return std::nullopt;
        return *it;
    };
}

QList<Provider> presets()
{
    return ProviderCatalog::load(QString()).providers();
}

const ScpImportedProvider *findImported(const ScpProviderImport::Outcome &outcome, const QString &name)
{
    for (const ScpImportedProvider &imported : outcome.providers) {
        if (imported.provider.name == name)
            return &imported;
    }
    return nullptr;
}

QString errorText(const QList<Error> &errors)
{
    QStringList lines;
    for (const Error &error : errors)
        lines.append(error.code + u' ' + error.message);
    return lines.join(u'\n');
}

} // namespace

void TestScpProviderImport::referenceFormatImports()
{
    const ScpProviderImport::Outcome outcome =
        ScpProviderImport::importJson(ReferenceFormatFile, presets(), lookupIn(ReferenceEnvironment));

    QVERIFY2(outcome.errors.isEmpty(), qPrintable(errorText(outcome.errors)));
    QCOMPARE(outcome.providers.size(), 3);
    QCOMPARE(outcome.skipped, QStringList{u"microsoft"_s});
    for (const ScpImportedProvider &imported : outcome.providers)
        QCOMPARE(imported.provider.source, ProviderSource::UserFile);
}

void TestScpProviderImport::entryWithEndpointsKeepsThem()
{
    const ScpProviderImport::Outcome outcome =
        ScpProviderImport::importJson(ReferenceFormatFile, presets(), lookupIn(ReferenceEnvironment));
    const ScpImportedProvider *google = findImported(outcome, u"google"_s);
    QVERIFY(google);

    const Provider &provider = google->provider;
    QCOMPARE(provider.displayName, u"Google Account"_s);
    QCOMPARE(provider.clientId, u"1234-abc.apps.googleusercontent.com"_s);
    QCOMPARE(google->clientSecret, u"GOCSPX-google-secret"_s);
    // The file's own endpoint wins over the preset's.
    QCOMPARE(provider.authorizationUrl, QUrl(u"https://accounts.google.com/o/oauth2/auth"_s));
    QCOMPARE(provider.tokenUrl, QUrl(u"https://oauth2.googleapis.com/token"_s));
    QCOMPARE(provider.scopes, (QStringList{u"profile"_s, u"email"_s,
                                           u"https://www.googleapis.com/auth/calendar.readonly"_s}));

    // The file's parameters are added to the preset's prompt=consent.
    QCOMPARE(provider.extraAuthorizationParams.value(u"access_type"_s), u"offline"_s);
    QCOMPARE(provider.extraAuthorizationParams.value(u"include_granted_scopes"_s), u"true"_s);
    QCOMPARE(provider.extraAuthorizationParams.value(u"prompt"_s), u"consent"_s);

    // Quirks the SCP format cannot express come from the preset.
    QCOMPARE(provider.redirectPortPolicy, RedirectPortPolicy::Any);
    QCOMPARE(provider.revocationUrl, QUrl(u"https://oauth2.googleapis.com/revoke"_s));
}

void TestScpProviderImport::entryWithoutEndpointsUsesPreset()
{
    const ScpProviderImport::Outcome outcome =
        ScpProviderImport::importJson(ReferenceFormatFile, presets(), lookupIn(ReferenceEnvironment));
    const ScpImportedProvider *github = findImported(outcome, u"github"_s);
    QVERIFY(github);

    QCOMPARE(github->provider.authorizationUrl, QUrl(u"https://github.com/login/oauth/authorize"_s));
    QCOMPARE(github->provider.tokenUrl, QUrl(u"https://github.com/login/oauth/access_token"_s));
    QCOMPARE(github->provider.scopes, (QStringList{u"user:email"_s, u"repo"_s}));
    QCOMPARE(github->provider.clientId, u"Iv1.0123456789abcdef"_s);
    QCOMPARE(github->clientSecret, u"github-secret-value"_s);
    QVERIFY(!github->provider.supportsRefresh);
}

void TestScpProviderImport::entryWithoutPresetStandsAlone()
{
    const ScpProviderImport::Outcome outcome =
        ScpProviderImport::importJson(ReferenceFormatFile, presets(), lookupIn(ReferenceEnvironment));
    const ScpImportedProvider *local = findImported(outcome, u"local_idp"_s);
    QVERIFY(local);

    QCOMPARE(local->provider.displayName, u"Local test IdP"_s);
    QCOMPARE(local->provider.userinfoUrl, QUrl(u"http://127.0.0.1:9400/userinfo"_s));
    QCOMPARE(local->provider.clientId, u"local-client"_s);
    QCOMPARE(local->clientSecret, u"local-secret-literal"_s);
    QCOMPARE(local->provider.tokenAuthMethod, TokenAuthMethod::ClientSecretPost);
}

void TestScpProviderImport::disabledEntrySkippedWithoutItsVariables()
{
    // MICROSOFT_CLIENT_ID is not set, which the reference also accepts for a disabled entry.
    const ScpProviderImport::Outcome outcome =
        ScpProviderImport::importJson(ReferenceFormatFile, presets(), lookupIn(ReferenceEnvironment));
    QVERIFY(!findImported(outcome, u"microsoft"_s));
    QVERIFY(outcome.skipped.contains(u"microsoft"_s));
    QVERIFY(!errorText(outcome.errors).contains(u"MICROSOFT"_s));
}

void TestScpProviderImport::entryError_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("entry");
    // The start of the error message.
    QTest::addColumn<QString>("field");

    const QByteArray endpoints = R"("authorize_url": "https://id.example.test/auth", "token_url": "https://id.example.test/token")";

    QTest::newRow("unset environment variable")
        << u"acme"_s << QByteArray(R"({"client_id": "env:ACME_CLIENT_ID", )" + endpoints + "}")
        << u"providers.acme.client_id: environment variable ACME_CLIENT_ID is not set"_s;
    QTest::newRow("empty environment variable")
        << u"acme"_s << QByteArray(R"({"client_secret": "env:EMPTY_VALUE", )" + endpoints + "}")
        << u"providers.acme.client_secret: environment variable EMPTY_VALUE is not set"_s;
    QTest::newRow("environment variable name with a dash")
        << u"acme"_s << QByteArray(R"({"client_id": "env:ACME-ID", )" + endpoints + "}")
        << u"providers.acme.client_id: names an invalid environment variable"_s;
    QTest::newRow("environment reference without a name")
        << u"acme"_s << QByteArray(R"({"client_id": "env:", )" + endpoints + "}")
        << u"providers.acme.client_id: names an invalid environment variable"_s;
    QTest::newRow("environment value with a newline")
        << u"acme"_s << QByteArray(R"({"client_id": "env:NEWLINE_VALUE", )" + endpoints + "}")
        << u"providers.acme.client_id: "_s;
    QTest::newRow("client_secret a number")
        << u"acme"_s << QByteArray(R"({"client_secret": 42, )" + endpoints + "}") << u"providers.acme.client_secret: must be a string"_s;
    QTest::newRow("name differs from key")
        << u"acme"_s << QByteArray(R"({"name": "google", )" + endpoints + "}")
        << u"providers.acme.name: must equal the key"_s;
    QTest::newRow("key not a valid provider name")
        << u"Acme Corp"_s << QByteArray("{" + endpoints + "}") << u"providers.Acme Corp.name: "_s;
    QTest::newRow("key with path traversal")
        << u"../acme"_s << QByteArray("{" + endpoints + "}") << u"providers.../acme.name: "_s;
    QTest::newRow("entry not an object") << u"acme"_s << QByteArray(R"("https://id.example.test")") << u"providers.acme: must be an object"_s;
    QTest::newRow("enabled a string")
        << u"acme"_s << QByteArray(R"({"enabled": "yes", )" + endpoints + "}") << u"providers.acme.enabled: "_s;
    QTest::newRow("no endpoints and no preset")
        << u"acme"_s << QByteArray(R"({"client_id": "x"})") << u"providers.acme.authorize_url: is missing"_s;
    QTest::newRow("no token_url and no preset")
        << u"acme"_s << QByteArray(R"({"authorize_url": "https://id.example.test/auth"})")
        << u"providers.acme.token_url: is missing"_s;
    QTest::newRow("remote http endpoint")
        << u"acme"_s << QByteArray(R"({"authorize_url": "http://id.example.test/auth", "token_url": "https://id.example.test/token"})")
        << u"providers.acme.authorize_url: must use https"_s;
    QTest::newRow("javascript endpoint")
        << u"acme"_s << QByteArray(R"json({"authorize_url": "javascript:alert(1)", "token_url": "https://id.example.test/token"})json")
        << u"providers.acme.authorize_url: "_s;
    QTest::newRow("scopes a string")
        << u"acme"_s << QByteArray(R"({"scopes": "openid email", )" + endpoints + "}") << u"providers.acme.scopes: "_s;
    QTest::newRow("scope with a space")
        << u"acme"_s << QByteArray(R"({"scopes": ["openid email"], )" + endpoints + "}") << u"providers.acme.scopes[0]: "_s;
    QTest::newRow("additional_params sets state")
        << u"acme"_s << QByteArray(R"({"additional_params": {"state": "fixed"}, )" + endpoints + "}")
        << u"providers.acme.additional_params.state: "_s;
    QTest::newRow("additional_params sets redirect_uri of a preset")
        << u"google"_s << QByteArray(R"({"additional_params": {"redirect_uri": "https://evil.example.test/"}})")
        << u"providers.google.additional_params.redirect_uri: "_s;
    QTest::newRow("additional_params an array")
        << u"acme"_s << QByteArray(R"({"additional_params": ["prompt"], )" + endpoints + "}")
        << u"providers.acme.additional_params: must be an object"_s;
    QTest::newRow("display_name with control characters")
        << u"acme"_s << QByteArray(R"({"display_name": "Acme\u001b[31m", )" + endpoints + "}")
        << u"providers.acme.display_name: "_s;
}

void TestScpProviderImport::entryError()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, entry);
    QFETCH(QString, field);

    // A valid entry beside the broken one must still import.
    const QByteArray file = R"({"providers": {")" + name.toUtf8() + R"(": )" + entry
        + R"(, "zz_good": {"authorize_url": "https://good.example.test/a", "token_url": "https://good.example.test/t"}}})";
    const QHash<QString, QString> environment = {
        {u"EMPTY_VALUE"_s, QString()},
        {u"NEWLINE_VALUE"_s, u"abc\ndef"_s},
    };

    const ScpProviderImport::Outcome outcome = ScpProviderImport::importJson(file, presets(), lookupIn(environment));
    QCOMPARE(outcome.errors.size(), 1);
    QCOMPARE(outcome.errors.first().code, u"INVALID_SCP_PROVIDER"_s);
    QVERIFY2(outcome.errors.first().message.startsWith(field), qPrintable(outcome.errors.first().message));
    QCOMPARE(outcome.providers.size(), 1);
    QCOMPARE(outcome.providers.first().provider.name, u"zz_good"_s);
}

void TestScpProviderImport::fileError_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");

    QTest::newRow("not JSON") << QByteArray(R"({"providers": {)") << u"not valid JSON"_s;
    QTest::newRow("empty file") << QByteArray() << u"not valid JSON"_s;
    QTest::newRow("top level an array") << QByteArray(R"([{"providers": {}}])") << u"must contain a JSON object"_s;
    QTest::newRow("providers missing") << QByteArray(R"({"settings": {}})") << u"providers: "_s;
    QTest::newRow("providers an array") << QByteArray(R"({"providers": [{"name": "google"}]})") << u"providers: "_s;
}

void TestScpProviderImport::fileError()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);

    const ScpProviderImport::Outcome outcome = ScpProviderImport::importJson(content, presets(), lookupIn({}));
    QCOMPARE(outcome.errors.size(), 1);
    QCOMPARE(outcome.errors.first().code, u"INVALID_SCP_FILE"_s);
    QVERIFY2(outcome.errors.first().message.contains(message), qPrintable(outcome.errors.first().message));
    QVERIFY(outcome.providers.isEmpty());
}

void TestScpProviderImport::messagesNeverContainSecrets()
{
    const QByteArray file = R"({"providers": {
        "acme": {"client_secret": "env:ACME_SECRET", "authorize_url": "http://evil.example.test/a",
                 "token_url": "https://id.example.test/t"},
        "beta": {"client_secret": "literal-secret-9", "client_id": "env:BETA_ID", "authorize_url": "https://b.example.test/a",
                 "token_url": "https://b.example.test/t"},
        "gamma": {"client_id": "env:GAMMA_ID", "client_secret": "env:GAMMA_SECRET", "scopes": 5,
                  "authorize_url": "https://g.example.test/a", "token_url": "https://g.example.test/t"}
    }})";
    const QHash<QString, QString> environment = {
        {u"ACME_SECRET"_s, u"env-secret-acme"_s},
        {u"GAMMA_ID"_s, u"gamma-id"_s},
        {u"GAMMA_SECRET"_s, u"env-secret-gamma"_s},
    };

    const ScpProviderImport::Outcome outcome = ScpProviderImport::importJson(file, presets(), lookupIn(environment));
    QCOMPARE(outcome.errors.size(), 3);

    const QString text = errorText(outcome.errors);
    for (const QString &secret : {u"env-secret-acme"_s, u"literal-secret-9"_s, u"env-secret-gamma"_s})
        QVERIFY2(!text.contains(secret), qPrintable(text));
}

void TestScpProviderImport::importFileReadsFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"providers.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(ReferenceFormatFile), ReferenceFormatFile.size());
    file.close();

    const ScpProviderImport::Outcome outcome =
        ScpProviderImport::importFile(file.fileName(), presets(), lookupIn(ReferenceEnvironment));
    QVERIFY2(outcome.errors.isEmpty(), qPrintable(errorText(outcome.errors)));
    QCOMPARE(outcome.providers.size(), 3);
}

void TestScpProviderImport::importFileRejectsOversizedFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"providers.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray content = ReferenceFormatFile;
    content.insert(1, "\"padding\": \"" + QByteArray(ScpProviderImport::MaxFileSize, 'x') + "\",");
    QCOMPARE(file.write(content), content.size());
    file.close();

    const ScpProviderImport::Outcome outcome =
        ScpProviderImport::importFile(file.fileName(), presets(), lookupIn(ReferenceEnvironment));
    QCOMPARE(outcome.errors.size(), 1);
    QCOMPARE(outcome.errors.first().code, u"INVALID_SCP_FILE"_s);
    QVERIFY2(outcome.errors.first().message.contains(u"larger than"_s), qPrintable(outcome.errors.first().message));
    QVERIFY(outcome.providers.isEmpty());
}

void TestScpProviderImport::importFileReportsMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"missing.json"_s);

    const ScpProviderImport::Outcome outcome = ScpProviderImport::importFile(path, presets(), lookupIn({}));
    QCOMPARE(outcome.errors.size(), 1);
    QCOMPARE(outcome.errors.first().code, u"INVALID_SCP_FILE"_s);
    QVERIFY(outcome.errors.first().message.startsWith(path));
}

void TestScpProviderImport::processEnvironmentReadsVariables()
{
    const QByteArray name = "SECURECONTEXT_TEST_SCP_IMPORT_VARIABLE";
    QVERIFY(qputenv(name.constData(), "from-the-environment"));
    const ScpProviderImport::EnvironmentLookup lookup = ScpProviderImport::processEnvironment();
    const std::optional<QString> value = lookup(QString::fromLatin1(name));
    QVERIFY(value.has_value());
    QCOMPARE(*value, u"from-the-environment"_s);

    QVERIFY(qunsetenv(name.constData()));
    QVERIFY(!lookup(QString::fromLatin1(name)).has_value());
}

QTEST_GUILESS_MAIN(TestScpProviderImport)
#include "tst_scpproviderimport.moc"
