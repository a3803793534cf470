#include "oauth/Provider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

QJsonValue jsonValue(const QByteArray &text)
{
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]");
    return document.array().at(0);
}

QJsonObject validUserFile()
{
    return QJsonObject{
        {u"name"_s, u"local-idp"_s},
        {u"display_name"_s, u"Local identity provider"_s},
        {u"authorization_url"_s, u"http://127.0.0.1:1234/auth"_s},
        {u"token_url"_s, u"http://127.0.0.1:1234/token"_s},
        {u"scopes"_s, QJsonArray{u"openid"_s, u"email"_s}},
    };
}

QJsonObject validPreset()
{
    return QJsonObject{
        {u"name"_s, u"example"_s},
        {u"display_name"_s, u"Example"_s},
        {u"authorization_url"_s, u"https://id.example.com/authorize?tenant=x"_s},
        {u"token_url"_s, u"https://id.example.com/token"_s},
        {u"userinfo_url"_s, u"https://api.example.com/userinfo"_s},
        {u"revocation_url"_s, u"https://id.example.com/revoke"_s},
        {u"issuer"_s, u"https://id.example.com"_s},
        {u"scopes"_s, QJsonArray{u"openid"_s, u"email"_s, u"offline_access"_s}},
        {u"scope_separator"_s, u","_s},
        {u"extra_authorization_params"_s, QJsonObject{{u"access_type"_s, u"offline"_s}, {u"prompt"_s, u"consent"_s}}},
        {u"pkce"_s, false},
        {u"supports_refresh"_s, false},
        {u"account_claims"_s, QJsonArray{u"email"_s, u"sub"_s}},
        {u"client_id"_s, u"client-123.apps.example.com"_s},
        {u"token_auth_method"_s, u"client_secret_basic"_s},
        {u"token_response_format"_s, u"slack_user_token"_s},
        {u"rotates_refresh_tokens"_s, false},
        {u"redirect_host"_s, u"localhost"_s},
        {u"redirect_port_policy"_s, u"any"_s},
    };
}

} // namespace

class TestProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullPresetReadsEveryField();
    void minimalFileGetsDefaults();
    void nullOptionalFieldsAreAbsent();
    void unknownKeysIgnored();
    void toJsonRoundTrip();
    void loopbackHttpForUserFiles_data();
    void loopbackHttpForUserFiles();
    void invalidField_data();
    void invalidField();
    void quirkValue_data();
    void quirkValue();
    void contradictoryQuirks_data();
    void contradictoryQuirks();
    void scopeParameterFollowsFormat();
};

void TestProvider::fullPresetReadsEveryField()
{
    const Result<Provider> result = Provider::fromJson(validPreset(), ProviderSource::Preset);
    QVERIFY2(result.ok(), qPrintable(result.error().message));

    const Provider &provider = result.value();
    QCOMPARE(provider.name, u"example"_s);
    QCOMPARE(provider.displayName, u"Example"_s);
    QCOMPARE(provider.authorizationUrl, QUrl(u"https://id.example.com/authorize?tenant=x"_s));
    QCOMPARE(provider.tokenUrl, QUrl(u"https://id.example.com/token"_s));
    QCOMPARE(provider.userinfoUrl, QUrl(u"https://api.example.com/userinfo"_s));
    QCOMPARE(provider.revocationUrl, QUrl(u"https://id.example.com/revoke"_s));
    QCOMPARE(provider.issuer, u"https://id.example.com"_s);
    QCOMPARE(provider.scopes, (QStringList{u"openid"_s, u"email"_s, u"offline_access"_s}));
    QCOMPARE(provider.scopeSeparator, u","_s);
    QCOMPARE(provider.extraAuthorizationParams.size(), 2);
    QCOMPARE(provider.extraAuthorizationParams.value(u"access_type"_s), u"offline"_s);
    QCOMPARE(provider.extraAuthorizationParams.value(u"prompt"_s), u"consent"_s);
    QCOMPARE(provider.pkce, false);
    QCOMPARE(provider.supportsRefresh, false);
    QCOMPARE(provider.accountClaims, (QStringList{u"email"_s, u"sub"_s}));
    QCOMPARE(provider.clientId, u"client-123.apps.example.com"_s);
    QCOMPARE(provider.tokenAuthMethod, TokenAuthMethod::ClientSecretBasic);
    QCOMPARE(provider.tokenResponseFormat, TokenResponseFormat::SlackUserToken);
    QCOMPARE(provider.rotatesRefreshTokens, false);
    QCOMPARE(provider.redirectHost, RedirectHost::Localhost);
    QCOMPARE(provider.redirectPortPolicy, RedirectPortPolicy::Any);
    QCOMPARE(provider.source, ProviderSource::Preset);
}

void TestProvider::minimalFileGetsDefaults()
{
    const Result<Provider> result = Provider::fromJson(validUserFile(), ProviderSource::UserFile);
    QVERIFY2(result.ok(), qPrintable(result.error().message));

    const Provider &provider = result.value();
    QVERIFY(provider.userinfoUrl.isEmpty());
    QVERIFY(provider.revocationUrl.isEmpty());
    QVERIFY(provider.issuer.isEmpty());
    QCOMPARE(provider.scopeSeparator, u" "_s);
    QVERIFY(provider.extraAuthorizationParams.isEmpty());
    QCOMPARE(provider.pkce, true);
    QCOMPARE(provider.supportsRefresh, true);
    QCOMPARE(provider.accountClaims,
             (QStringList{u"email"_s, u"preferred_username"_s, u"login"_s, u"sub"_s}));
    QVERIFY(provider.clientId.isEmpty());
    QCOMPARE(provider.tokenAuthMethod, TokenAuthMethod::ClientSecretPost);
    QCOMPARE(provider.tokenResponseFormat, TokenResponseFormat::Standard);
    QCOMPARE(provider.rotatesRefreshTokens, false);
    QCOMPARE(provider.redirectHost, RedirectHost::Ipv4Loopback);
    QCOMPARE(provider.redirectPortPolicy, RedirectPortPolicy::Fixed);
    QCOMPARE(provider.source, ProviderSource::UserFile);
}

void TestProvider::nullOptionalFieldsAreAbsent()
{
    QJsonObject json = validUserFile();
    json.insert(u"userinfo_url"_s, QJsonValue::Null);
    json.insert(u"pkce"_s, QJsonValue::Null);
    json.insert(u"client_id"_s, QJsonValue::Null);

    const Result<Provider> result = Provider::fromJson(json, ProviderSource::UserFile);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QVERIFY(result.value().userinfoUrl.isEmpty());
    QCOMPARE(result.value().pkce, true);
    QVERIFY(result.value().clientId.isEmpty());
}

void TestProvider::unknownKeysIgnored()
{
    QJsonObject json = validUserFile();
    json.insert(u"comment"_s, u"added by hand"_s);
    json.insert(u"future_option"_s, QJsonObject{{u"x"_s, 1}});
    // The source comes from where the file lives, never from the file.
    json.insert(u"source"_s, u"preset"_s);

    const Result<Provider> result = Provider::fromJson(json, ProviderSource::UserFile);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result.value().source, ProviderSource::UserFile);
}

void TestProvider::toJsonRoundTrip()
{
    for (const QJsonObject &json : {validPreset(), validUserFile()}) {
        const Result<Provider> first = Provider::fromJson(json, ProviderSource::UserFile);
        QVERIFY2(first.ok(), qPrintable(first.error().message));

        const QJsonObject written = first.value().toJson();
        QVERIFY(!written.contains(u"source"_s));
        const Result<Provider> second = Provider::fromJson(written, ProviderSource::UserFile);
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        QCOMPARE(second.value(), first.value());
    }
}

void TestProvider::loopbackHttpForUserFiles_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("userFileAccepts");

    QTest::newRow("127.0.0.1 with port") << u"http://127.0.0.1:1234/token"_s << true;
    QTest::newRow("other 127/8 address") << u"http://127.45.6.7/token"_s << true;
    QTest::newRow("IPv6 loopback") << u"http://[::1]:8080/token"_s << true;
    QTest::newRow("localhost") << u"http://localhost:9000/token"_s << true;
    QTest::newRow("LOCALHOST upper-case") << u"http://LOCALHOST/token"_s << true;
    QTest::newRow("remote host") << u"http://example.test/token"_s << false;
    QTest::newRow("localhost as subdomain") << u"http://localhost.example.test/token"_s << false;
    QTest::newRow("subdomain of localhost") << u"http://evil.localhost/token"_s << false;
    QTest::newRow("127.0.0.1 as subdomain") << u"http://127.0.0.1.example.test/token"_s << false;
    QTest::newRow("unspecified address") << u"http://0.0.0.0/token"_s << false;
    QTest::newRow("private address") << u"http://192.168.1.1/token"_s << false;
    QTest::newRow("IPv4-mapped IPv6 loopback") << u"http://[::ffff:127.0.0.1]/token"_s << false;
    QTest::newRow("https on a remote host") << u"https://example.test/token"_s << true;
}

void TestProvider::loopbackHttpForUserFiles()
{
    QFETCH(QString, url);
    QFETCH(bool, userFileAccepts);

    QJsonObject json = validUserFile();
    json.insert(u"token_url"_s, url);

    const Result<Provider> userFile = Provider::fromJson(json, ProviderSource::UserFile);
    QCOMPARE(userFile.ok(), userFileAccepts);
    if (!userFile.ok()) {
        QCOMPARE(userFile.error().code, u"INVALID_PROVIDER"_s);
        QVERIFY2(userFile.error().message.startsWith(u"token_url: "_s), qPrintable(userFile.error().message));
    }

    // Presets get no loopback exception.
    json.insert(u"authorization_url"_s, u"https://id.example.test/auth"_s);
    const Result<Provider> preset = Provider::fromJson(json, ProviderSource::Preset);
    QCOMPARE(preset.ok(), url.startsWith(u"https:"_s));
}

void TestProvider::invalidField_data()
{
    QTest::addColumn<QString>("key");
    // The new value of key. An undefined value removes the key.
    QTest::addColumn<QJsonValue>("value");
    // The start of the error message: the JSON key at fault.
    QTest::addColumn<QString>("field");

    const QJsonValue remove(QJsonValue::Undefined);

    QTest::newRow("name missing") << u"name"_s << remove << u"name"_s;
    QTest::newRow("name empty") << u"name"_s << jsonValue(R"("")") << u"name"_s;
    QTest::newRow("name upper-case") << u"name"_s << jsonValue(R"("Google")") << u"name"_s;
    QTest::newRow("name path traversal") << u"name"_s << jsonValue(R"("../etc")") << u"name"_s;
    QTest::newRow("name with slash") << u"name"_s << jsonValue(R"("a/b")") << u"name"_s;
    QTest::newRow("name starting with dash") << u"name"_s << jsonValue(R"("-x")") << u"name"_s;
    QTest::newRow("name of 65 characters") << u"name"_s << QJsonValue(QString(65, u'a')) << u"name"_s;
    QTest::newRow("name with newline") << u"name"_s << jsonValue(R"("a\nb")") << u"name"_s;
    QTest::newRow("name a number") << u"name"_s << jsonValue("7") << u"name"_s;
    QTest::newRow("display_name missing") << u"display_name"_s << remove << u"display_name"_s;
    QTest::newRow("display_name with control character")
        << u"display_name"_s << jsonValue(R"("Evil\u001b[31m")") << u"display_name"_s;
    QTest::newRow("display_name with bidi override")
        << u"display_name"_s << jsonValue(R"("Good\u202eliveE")") << u"display_name"_s;
    QTest::newRow("display_name too long") << u"display_name"_s << QJsonValue(QString(129, u'x')) << u"display_name"_s;
    QTest::newRow("authorization_url missing") << u"authorization_url"_s << remove << u"authorization_url"_s;
    QTest::newRow("authorization_url relative") << u"authorization_url"_s << jsonValue(R"("/auth")") << u"authorization_url"_s;
    QTest::newRow("authorization_url javascript")
        << u"authorization_url"_s << jsonValue(R"json("javascript:alert(1)")json") << u"authorization_url"_s;
    QTest::newRow("authorization_url file") << u"authorization_url"_s << jsonValue(R"("file:///etc/passwd")") << u"authorization_url"_s;
    QTest::newRow("token_url not a string") << u"token_url"_s << jsonValue(R"({"url":"x"})") << u"token_url"_s;
    QTest::newRow("token_url remote http") << u"token_url"_s << jsonValue(R"("http://example.test/token")") << u"token_url"_s;
    QTest::newRow("token_url ftp") << u"token_url"_s << jsonValue(R"("ftp://127.0.0.1/token")") << u"token_url"_s;
    QTest::newRow("token_url with fragment") << u"token_url"_s << jsonValue(R"("http://127.0.0.1/token#x")") << u"token_url"_s;
    QTest::newRow("token_url with user info")
        << u"token_url"_s << jsonValue(R"("https://user:pass@example.test/token")") << u"token_url"_s;
    QTest::newRow("token_url with space") << u"token_url"_s << jsonValue(R"("https://exa mple.test/token")") << u"token_url"_s;
    QTest::newRow("token_url without host") << u"token_url"_s << jsonValue(R"("https:///token")") << u"token_url"_s;
    QTest::newRow("userinfo_url remote http") << u"userinfo_url"_s << jsonValue(R"("http://example.test/me")") << u"userinfo_url"_s;
    QTest::newRow("revocation_url invalid") << u"revocation_url"_s << jsonValue(R"("not a url")") << u"revocation_url"_s;
    QTest::newRow("issuer with query") << u"issuer"_s << jsonValue(R"("https://id.example.test/?x=1")") << u"issuer"_s;
    QTest::newRow("issuer remote http") << u"issuer"_s << jsonValue(R"("http://id.example.test")") << u"issuer"_s;
    QTest::newRow("scopes a string") << u"scopes"_s << jsonValue(R"("openid email")") << u"scopes"_s;
    QTest::newRow("scopes item a number") << u"scopes"_s << jsonValue(R"(["openid", 5])") << u"scopes[1]"_s;
    QTest::newRow("scopes item with space") << u"scopes"_s << jsonValue(R"(["openid email"])") << u"scopes[0]"_s;
    QTest::newRow("scopes item empty") << u"scopes"_s << jsonValue(R"([""])") << u"scopes[0]"_s;
    QTest::newRow("scopes item repeated") << u"scopes"_s << jsonValue(R"(["openid", "openid"])") << u"scopes[1]"_s;
    QTest::newRow("scope_separator plus") << u"scope_separator"_s << jsonValue(R"("+")") << u"scope_separator"_s;
    QTest::newRow("scope_separator empty") << u"scope_separator"_s << jsonValue(R"("")") << u"scope_separator"_s;
    QTest::newRow("extra params an array")
        << u"extra_authorization_params"_s << jsonValue(R"(["prompt"])") << u"extra_authorization_params"_s;
    QTest::newRow("extra param overrides state")
        << u"extra_authorization_params"_s << jsonValue(R"({"state":"fixed"})") << u"extra_authorization_params.state"_s;
    QTest::newRow("extra param overrides redirect_uri")
        << u"extra_authorization_params"_s << jsonValue(R"({"redirect_uri":"https://evil.test/"})")
        << u"extra_authorization_params.redirect_uri"_s;
    QTest::newRow("extra param overrides code_challenge_method")
        << u"extra_authorization_params"_s << jsonValue(R"({"code_challenge_method":"plain"})")
        << u"extra_authorization_params.code_challenge_method"_s;
    QTest::newRow("extra param request_uri")
        << u"extra_authorization_params"_s << jsonValue(R"({"request_uri":"https://evil.test/req"})")
        << u"extra_authorization_params.request_uri"_s;
    QTest::newRow("extra param value a number")
        << u"extra_authorization_params"_s << jsonValue(R"({"max_age":300})") << u"extra_authorization_params.max_age"_s;
    QTest::newRow("extra param value with newline")
        << u"extra_authorization_params"_s << jsonValue(R"({"prompt":"consent\r\n"})") << u"extra_authorization_params.prompt"_s;
    QTest::newRow("extra param empty name")
        << u"extra_authorization_params"_s << jsonValue(R"({"":"x"})") << u"extra_authorization_params."_s;
    QTest::newRow("pkce a string") << u"pkce"_s << jsonValue(R"("yes")") << u"pkce"_s;
    QTest::newRow("supports_refresh a number") << u"supports_refresh"_s << jsonValue("1") << u"supports_refresh"_s;
    QTest::newRow("account_claims empty") << u"account_claims"_s << jsonValue("[]") << u"account_claims"_s;
    QTest::newRow("account_claims item an object") << u"account_claims"_s << jsonValue(R"([{}])") << u"account_claims[0]"_s;
    QTest::newRow("client_id with newline") << u"client_id"_s << jsonValue(R"("abc\n")") << u"client_id"_s;
    QTest::newRow("client_id non-ASCII") << u"client_id"_s << jsonValue(R"("caf\u00e9")") << u"client_id"_s;
    QTest::newRow("client_id a number") << u"client_id"_s << jsonValue("12345") << u"client_id"_s;
    QTest::newRow("token_auth_method private_key_jwt")
        << u"token_auth_method"_s << jsonValue(R"("private_key_jwt")") << u"token_auth_method"_s;
    QTest::newRow("token_auth_method in other letter case")
        << u"token_auth_method"_s << jsonValue(R"("Client_Secret_Post")") << u"token_auth_method"_s;
    QTest::newRow("token_auth_method empty") << u"token_auth_method"_s << jsonValue(R"("")") << u"token_auth_method"_s;
    QTest::newRow("token_auth_method a list")
        << u"token_auth_method"_s << jsonValue(R"(["client_secret_post"])") << u"token_auth_method"_s;
    QTest::newRow("token_response_format xml")
        << u"token_response_format"_s << jsonValue(R"("xml")") << u"token_response_format"_s;
    QTest::newRow("token_response_format a bool")
        << u"token_response_format"_s << jsonValue("true") << u"token_response_format"_s;
    QTest::newRow("rotates_refresh_tokens a string")
        << u"rotates_refresh_tokens"_s << jsonValue(R"("yes")") << u"rotates_refresh_tokens"_s;
    QTest::newRow("redirect_host unspecified address")
        << u"redirect_host"_s << jsonValue(R"("0.0.0.0")") << u"redirect_host"_s;
    QTest::newRow("redirect_host other loopback address")
        << u"redirect_host"_s << jsonValue(R"("127.0.0.2")") << u"redirect_host"_s;
    QTest::newRow("redirect_host IPv6 loopback") << u"redirect_host"_s << jsonValue(R"("[::1]")") << u"redirect_host"_s;
    QTest::newRow("redirect_host remote host")
        << u"redirect_host"_s << jsonValue(R"("evil.example.test")") << u"redirect_host"_s;
    QTest::newRow("redirect_host with port") << u"redirect_host"_s << jsonValue(R"("127.0.0.1:80")") << u"redirect_host"_s;
    QTest::newRow("redirect_port_policy random")
        << u"redirect_port_policy"_s << jsonValue(R"("random")") << u"redirect_port_policy"_s;
    QTest::newRow("redirect_port_policy a port number")
        << u"redirect_port_policy"_s << jsonValue("8080") << u"redirect_port_policy"_s;
}

void TestProvider::invalidField()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);

    QJsonObject json = validUserFile();
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);

    const Result<Provider> result = Provider::fromJson(json, ProviderSource::UserFile);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"INVALID_PROVIDER"_s);
    QVERIFY2(result.error().message.startsWith(field + u": "_s), qPrintable(result.error().message));
}

void TestProvider::quirkValue_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");

    QTest::newRow("token_auth_method client_secret_post") << u"token_auth_method"_s << QJsonValue(u"client_secret_post"_s);
    QTest::newRow("token_auth_method client_secret_basic") << u"token_auth_method"_s << QJsonValue(u"client_secret_basic"_s);
    QTest::newRow("token_auth_method none") << u"token_auth_method"_s << QJsonValue(u"none"_s);
    QTest::newRow("token_response_format standard") << u"token_response_format"_s << QJsonValue(u"standard"_s);
    QTest::newRow("token_response_format slack_user_token")
        << u"token_response_format"_s << QJsonValue(u"slack_user_token"_s);
    QTest::newRow("rotates_refresh_tokens true") << u"rotates_refresh_tokens"_s << QJsonValue(true);
    QTest::newRow("rotates_refresh_tokens false") << u"rotates_refresh_tokens"_s << QJsonValue(false);
    QTest::newRow("redirect_host 127.0.0.1") << u"redirect_host"_s << QJsonValue(u"127.0.0.1"_s);
    QTest::newRow("redirect_host localhost") << u"redirect_host"_s << QJsonValue(u"localhost"_s);
    QTest::newRow("redirect_port_policy fixed") << u"redirect_port_policy"_s << QJsonValue(u"fixed"_s);
    QTest::newRow("redirect_port_policy any") << u"redirect_port_policy"_s << QJsonValue(u"any"_s);
}

void TestProvider::quirkValue()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);

    QJsonObject json = validUserFile();
    json.insert(key, value);

    const Result<Provider> result = Provider::fromJson(json, ProviderSource::UserFile);
    QVERIFY2(result.ok(), qPrintable(result.error().message));

    // toJson() writes the value that fromJson() read, so the enum round-trips exactly.
    QCOMPARE(result.value().toJson().value(key), value);
}

void TestProvider::contradictoryQuirks_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QString>("field");

    QTest::newRow("public client without PKCE")
        << QJsonObject{{u"token_auth_method"_s, u"none"_s}, {u"pkce"_s, false}} << u"token_auth_method"_s;
    QTest::newRow("rotation without refresh")
        << QJsonObject{{u"rotates_refresh_tokens"_s, true}, {u"supports_refresh"_s, false}}
        << u"rotates_refresh_tokens"_s;
    QTest::newRow("slack format with user_scope parameter")
        << QJsonObject{{u"token_response_format"_s, u"slack_user_token"_s},
                       {u"extra_authorization_params"_s, QJsonObject{{u"user_scope"_s, u"admin"_s}}}}
        << u"extra_authorization_params.user_scope"_s;
}

void TestProvider::contradictoryQuirks()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QString, field);

    QJsonObject json = validUserFile();
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        json.insert(it.key(), it.value());

    const Result<Provider> result = Provider::fromJson(json, ProviderSource::UserFile);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"INVALID_PROVIDER"_s);
    QVERIFY2(result.error().message.startsWith(field + u": "_s), qPrintable(result.error().message));
}

void TestProvider::scopeParameterFollowsFormat()
{
    QJsonObject json = validUserFile();
    const Result<Provider> standard = Provider::fromJson(json, ProviderSource::UserFile);
    QVERIFY(standard.ok());
    QCOMPARE(standard.value().scopeParameterName(), u"scope"_s);

    // A standard provider may still add user_scope itself, because only Slack gives it a meaning.
    json.insert(u"extra_authorization_params"_s, QJsonObject{{u"user_scope"_s, u"x"_s}});
    QVERIFY(Provider::fromJson(json, ProviderSource::UserFile).ok());

    json.remove(u"extra_authorization_params"_s);
    json.insert(u"token_response_format"_s, u"slack_user_token"_s);
    const Result<Provider> slack = Provider::fromJson(json, ProviderSource::UserFile);
    QVERIFY(slack.ok());
    QCOMPARE(slack.value().scopeParameterName(), u"user_scope"_s);
}

QTEST_GUILESS_MAIN(TestProvider)
#include "tst_provider.moc"
