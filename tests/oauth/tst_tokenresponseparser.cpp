#include "oauth/TokenResponseParser.h"

#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Unknown = -1;

std::optional<qint64> lifetime(qint64 value)
{
    return value == Unknown ? std::nullopt : std::optional<qint64>(value);
}

const QByteArray Json = "application/json"_ba;
const QByteArray Form = "application/x-www-form-urlencoded"_ba;

// Collects every log message while alive, to check what the parser writes to the log.
class LogCapture
{
public:
    LogCapture() { s_messages.clear(); m_previous = qInstallMessageHandler(&LogCapture::handle); }
    ~LogCapture() { qInstallMessageHandler(m_previous); }

    QString text() const { return s_messages.join(u'\n'); }

private:
    static void handle(QtMsgType, const QMessageLogContext &, const QString &message)
    {
        s_messages.append(message);
    }

    static inline QStringList s_messages;
    QtMessageHandler m_previous = nullptr;
};

} // namespace

class TestTokenResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseSuccess_data();
    void parseSuccess();
    void parseError_data();
    void parseError();

    void githubFormAndJsonGiveSameToken();
    void errorMessageJoinsErrorAndDescription();
    void errorMessageWithoutDescription();
    void errorDescriptionCleanedAndCut();
    void errorDescriptionCutKeepsSurrogatePairs();
    void errorMessageRedactsTokens();
    void unknownMediaTypeMessageNamesType();
    void logNeverContainsValues();
    void slackUserToken_data();
    void slackUserToken();
    void slackErrorWithHttp200();
    void slackFormatWithoutAuthedUser_data();
    void slackFormatWithoutAuthedUser();
    void slackErrorRedactsNestedTokens();
};

void TestTokenResponseParser::parseSuccess_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("accessToken");
    QTest::addColumn<QString>("refreshToken");
    QTest::addColumn<QString>("tokenType");
    QTest::addColumn<qint64>("expiresIn");
    QTest::addColumn<qint64>("refreshTokenExpiresIn");
    QTest::addColumn<bool>("hasScope");
    QTest::addColumn<QStringList>("scopes");
    // Regular expression for the one warning expected, or empty for none.
    QTest::addColumn<QString>("warning");

    const QStringList repoGist = {u"repo"_s, u"gist"_s};

    QTest::newRow("github form-encoded body")
        << 200 << Form << "access_token=gho_16C7e42F292c6912E7710c838347Ae178B4a&scope=repo%2Cgist&token_type=bearer"_ba
        << u"gho_16C7e42F292c6912E7710c838347Ae178B4a"_s << QString() << u"bearer"_s
        << Unknown << Unknown << true << repoGist << QString();
    QTest::newRow("github json as text/javascript")
        << 200 << "text/javascript"_ba
        << R"({"access_token":"gho_16C7e42F292c6912E7710c838347Ae178B4a","scope":"repo,gist","token_type":"bearer"})"_ba
        << u"gho_16C7e42F292c6912E7710c838347Ae178B4a"_s << QString() << u"bearer"_s
        << Unknown << Unknown << true << repoGist << QString();
    QTest::newRow("json with charset parameter")
        << 200 << "application/json; charset=utf-8"_ba << R"({"access_token":"at1","token_type":"Bearer"})"_ba
        << u"at1"_s << QString() << u"Bearer"_s << Unknown << Unknown << false << QStringList() << QString();
    QTest::newRow("upper-case media type")
        << 200 << " Application/JSON ;charset=UTF-8"_ba << R"({"access_token":"at1"})"_ba
        << u"at1"_s << QString() << QString() << Unknown << Unknown << false << QStringList() << QString();
    QTest::newRow("media type with +json suffix")
        << 200 << "application/vnd.example+json"_ba << R"({"access_token":"at1"})"_ba
        << u"at1"_s << QString() << QString() << Unknown << Unknown << false << QStringList() << QString();
    QTest::newRow("text/plain with json body after whitespace")
        << 200 << "text/plain"_ba << " \r\n\t{\"access_token\":\"at1\"}"_ba
        << u"at1"_s << QString() << QString() << Unknown << Unknown << false << QStringList() << QString();
    QTest::newRow("http 201 is a success")
        << 201 << Json << R"({"access_token":"at1"})"_ba
        << u"at1"_s << QString() << QString() << Unknown << Unknown << false << QStringList() << QString();
    QTest::newRow("missing expires_in is unknown")
        << 200 << Json << R"({"access_token":"at1","token_type":"Bearer"})"_ba
        << u"at1"_s << QString() << u"Bearer"_s << Unknown << Unknown << false << QStringList() << QString();
    QTest::newRow("null expires_in is unknown")
        << 200 << Json << R"({"access_token":"at1","expires_in":null})"_ba
        << u"at1"_s << QString() << QString() << Unknown << Unknown << false << QStringList() << QString();
    QTest::newRow("expires_in number")
        << 200 << Json << R"({"access_token":"at1","expires_in":3599})"_ba
        << u"at1"_s << QString() << QString() << qint64(3599) << Unknown << false << QStringList() << QString();
    QTest::newRow("expires_in string 3599")
        << 200 << Json << R"({"access_token":"at1","expires_in":"3599"})"_ba
        << u"at1"_s << QString() << QString() << qint64(3599) << Unknown << false << QStringList() << QString();
    QTest::newRow("expires_in zero")
        << 200 << Json << R"({"access_token":"at1","expires_in":0})"_ba
        << u"at1"_s << QString() << QString() << qint64(0) << Unknown << false << QStringList() << QString();
    QTest::newRow("expires_in form-encoded")
        << 200 << Form << "access_token=at1&expires_in=3600"_ba
        << u"at1"_s << QString() << QString() << qint64(3600) << Unknown << false << QStringList() << QString();
    QTest::newRow("expires_in 12-digit string")
        << 200 << Json << R"({"access_token":"at1","expires_in":"999999999999"})"_ba
        << u"at1"_s << QString() << QString() << qint64(999'999'999'999) << Unknown << false << QStringList() << QString();

    const QString expiresInWarning = u"field expires_in is not"_s;
    const auto badExpiresIn = [&](const char *name, const QByteArray &value) {
        QTest::newRow(name) << 200 << Json << R"({"access_token":"at1","expires_in":)"_ba + value + "}"
                            << u"at1"_s << QString() << QString() << Unknown << Unknown << false
                            << QStringList() << expiresInWarning;
    };
    badExpiresIn("expires_in 3600s is unknown", R"("3600s")"_ba);
    badExpiresIn("expires_in negative is unknown", "-5"_ba);
    badExpiresIn("expires_in fractional is unknown", "1.5"_ba);
    badExpiresIn("expires_in boolean is unknown", "true"_ba);
    badExpiresIn("expires_in object is unknown", R"({"seconds":3600})"_ba);
    badExpiresIn("expires_in array is unknown", "[3600]"_ba);
    badExpiresIn("expires_in huge number is unknown", "1e300"_ba);
    badExpiresIn("expires_in 13-digit string is unknown", R"("9999999999999")"_ba);
    badExpiresIn("expires_in empty string is unknown", R"("")"_ba);
    badExpiresIn("expires_in negative string is unknown", R"("-5")"_ba);
    badExpiresIn("expires_in with leading space is unknown", R"(" 3600")"_ba);
    badExpiresIn("expires_in full-width digits are unknown", "\"\xef\xbc\x93\xef\xbc\x96\xef\xbc\x90\xef\xbc\x90\""_ba);

    QTest::newRow("github app body with empty scope")
        << 200 << Json
        << R"({"access_token":"ghu_16C7e42F292c6912E7710c838347Ae178B4a","expires_in":28800,)"
           R"("refresh_token":"ghr_1B4a2e77838347a7E420ce178F2E7c6912E169246c34E1ccbF66C46812d16D5B1A9Dc86A1498",)"
           R"("refresh_token_expires_in":15811200,"scope":"","token_type":"bearer"})"_ba
        << u"ghu_16C7e42F292c6912E7710c838347Ae178B4a"_s
        << u"ghr_1B4a2e77838347a7E420ce178F2E7c6912E169246c34E1ccbF66C46812d16D5B1A9Dc86A1498"_s
        << u"bearer"_s << qint64(28800) << qint64(15811200) << true << QStringList() << QString();
    QTest::newRow("refresh_token_expires_in string")
        << 200 << Json << R"({"access_token":"at1","refresh_token":"rt1","refresh_token_expires_in":"86400"})"_ba
        << u"at1"_s << u"rt1"_s << QString() << Unknown << qint64(86400) << false << QStringList() << QString();
    QTest::newRow("refresh_token_expires_in invalid is unknown")
        << 200 << Json << R"({"access_token":"at1","refresh_token":"rt1","refresh_token_expires_in":-1})"_ba
        << u"at1"_s << u"rt1"_s << QString() << Unknown << Unknown << false << QStringList()
        << u"field refresh_token_expires_in is not"_s;
    QTest::newRow("comma-separated scopes")
        << 200 << Json << R"({"access_token":"at1","scope":"read:org,user:email"})"_ba
        << u"at1"_s << QString() << QString() << Unknown << Unknown << true
        << QStringList{u"read:org"_s, u"user:email"_s} << QString();
    QTest::newRow("comma and space separated scopes")
        << 200 << Json << R"({"access_token":"at1","scope":"repo, gist"})"_ba
        << u"at1"_s << QString() << QString() << Unknown << Unknown << true << repoGist << QString();
    QTest::newRow("space-separated scopes with repeats")
        << 200 << Json << R"({"access_token":"at1","scope":"openid email  openid profile email"})"_ba
        << u"at1"_s << QString() << QString() << Unknown << Unknown << true
        << QStringList{u"openid"_s, u"email"_s, u"profile"_s} << QString();
    QTest::newRow("form scope with plus as space")
        << 200 << Form << "access_token=at1&scope=openid+email"_ba
        << u"at1"_s << QString() << QString() << Unknown << Unknown << true
        << QStringList{u"openid"_s, u"email"_s} << QString();
    QTest::newRow("scope of only separators is an empty grant")
        << 200 << Json << R"({"access_token":"at1","scope":" , "})"_ba
        << u"at1"_s << QString() << QString() << Unknown << Unknown << true << QStringList() << QString();
    QTest::newRow("invalid scope items dropped")
        << 200 << Json << R"({"access_token":"at1","scope":"openid e\"vil caf\u00e9 email"})"_ba
        << u"at1"_s << QString() << QString() << Unknown << Unknown << true
        << QStringList{u"openid"_s, u"email"_s} << u"field scope has 2 items"_s;
    QTest::newRow("twitch scope array")
        << 200 << Json
        << R"({"access_token":"0123456789abcdefghijABCDEFGHIJ","expires_in":14124,)"
           R"("refresh_token":"eyJfMzUtNDU0OC4MWYwLTQ5MDY5","scope":["channel:read:subscriptions","user:read:email"],)"
           R"("token_type":"bearer"})"_ba
        << u"0123456789abcdefghijABCDEFGHIJ"_s << u"eyJfMzUtNDU0OC4MWYwLTQ5MDY5"_s << u"bearer"_s << qint64(14124)
        << Unknown << true << QStringList{u"channel:read:subscriptions"_s, u"user:read:email"_s} << QString();
    QTest::newRow("empty scope array is an empty grant")
        << 200 << Json << R"({"access_token":"at1","scope":[]})"_ba
        << u"at1"_s << QString() << QString() << Unknown << Unknown << true << QStringList() << QString();
    QTest::newRow("scope array with a number is unknown")
        << 200 << Json << R"({"access_token":"at1","scope":["openid",7]})"_ba
        << u"at1"_s << QString() << QString() << Unknown << Unknown << false << QStringList()
        << u"array with a non-string item"_s;
    QTest::newRow("scope an object is unknown")
        << 200 << Json << R"({"access_token":"at1","scope":{"openid":true}})"_ba
        << u"at1"_s << QString() << QString() << Unknown << Unknown << false << QStringList()
        << u"neither a string nor an array"_s;
    QTest::newRow("absent scope is unknown")
        << 200 << Json << R"({"access_token":"at1","token_type":"Bearer","expires_in":3600})"_ba
        << u"at1"_s << QString() << u"Bearer"_s << qint64(3600) << Unknown << false << QStringList() << QString();
    QTest::newRow("refresh response without refresh_token")
        << 200 << Json << R"({"access_token":"at2","token_type":"Bearer","expires_in":3599,"scope":"openid"})"_ba
        << u"at2"_s << QString() << u"Bearer"_s << qint64(3599) << Unknown << true
        << QStringList{u"openid"_s} << QString();
    QTest::newRow("null error member is not an error")
        << 200 << Json << R"({"error":null,"access_token":"at1"})"_ba
        << u"at1"_s << QString() << QString() << Unknown << Unknown << false << QStringList() << QString();
    QTest::newRow("microsoft success with extra members")
        << 200 << Json
        << R"({"token_type":"Bearer","scope":"openid profile email https://graph.microsoft.com/User.Read",)"
           R"("expires_in":4523,"ext_expires_in":4523,"access_token":"eyJ0eXAi.eyJhdWQi.c2lnbmF0dXJl",)"
           R"("refresh_token":"0.AXEA-rt","id_token":"eyJ0eXAi.eyJzdWIi.c2ln"})"_ba
        << u"eyJ0eXAi.eyJhdWQi.c2lnbmF0dXJl"_s << u"0.AXEA-rt"_s << u"Bearer"_s << qint64(4523) << Unknown
        << true << QStringList{u"openid"_s, u"profile"_s, u"email"_s, u"https://graph.microsoft.com/User.Read"_s}
        << QString();
}

void TestTokenResponseParser::parseSuccess()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, accessToken);
    QFETCH(QString, refreshToken);
    QFETCH(QString, tokenType);
    QFETCH(qint64, expiresIn);
    QFETCH(qint64, refreshTokenExpiresIn);
    QFETCH(bool, hasScope);
    QFETCH(QStringList, scopes);
    QFETCH(QString, warning);

    if (!warning.isEmpty())
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QRegularExpression::escape(warning)));

    const Result<TokenResponse> result = TokenResponseParser::parse(status, contentType, body);
    QVERIFY2(result.ok(), qPrintable(result.error().code + u' ' + result.error().message));

    const TokenResponse &response = result.value();
    QCOMPARE(response.accessToken, accessToken);
    QCOMPARE(response.refreshToken, refreshToken);
    QCOMPARE(response.tokenType, tokenType);
    QCOMPARE(response.expiresIn, lifetime(expiresIn));
    QCOMPARE(response.refreshTokenExpiresIn, lifetime(refreshTokenExpiresIn));
    QCOMPARE(response.grantedScopes.has_value(), hasScope);
    if (hasScope)
        QCOMPARE(*response.grantedScopes, scopes);
}

void TestTokenResponseParser::parseError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");

    QTest::newRow("oauth error with http 200 json")
        << 200 << Json
        << R"({"error":"bad_verification_code","error_description":"The code passed is incorrect or expired.",)"
           R"("error_uri":"https://docs.github.com/apps/managing-oauth-apps/troubleshooting-oauth-app-access-token-request-errors/#bad-verification-code"})"_ba
        << u"OAUTH_BAD_VERIFICATION_CODE"_s;
    QTest::newRow("oauth error with http 200 form")
        << 200 << Form
        << "error=bad_verification_code&error_description=The+code+passed+is+incorrect+or+expired.&error_uri=https%3A%2F%2Fdocs.github.com"_ba
        << u"OAUTH_BAD_VERIFICATION_CODE"_s;
    QTest::newRow("microsoft invalid_grant with extra members")
        << 400 << "application/json; charset=utf-8"_ba
        << R"({"error":"invalid_grant","error_description":"AADSTS70008: The provided authorization code or refresh token has expired due to inactivity.\r\nTrace ID: 0000aaaa-11bb-cccc-dd22-eeeeee333333\r\nTimestamp: 2025-01-01 00:00:00Z",)"
           R"("error_codes":[70008],"timestamp":"2025-01-01 00:00:00Z","trace_id":"0000aaaa-11bb-cccc-dd22-eeeeee333333",)"
           R"("correlation_id":"aaaa0000-bb11-2222-33cc-444444dddddd","error_uri":"https://login.microsoftonline.com/error?code=70008"})"_ba
        << u"OAUTH_INVALID_GRANT"_s;
    QTest::newRow("oauth error with http 401")
        << 401 << Json << R"({"error":"invalid_client"})"_ba << u"OAUTH_INVALID_CLIENT"_s;
    QTest::newRow("error wins over access_token")
        << 200 << Json << R"({"error":"invalid_request","access_token":"at1"})"_ba << u"OAUTH_INVALID_REQUEST"_s;
    QTest::newRow("error value upper-case")
        << 400 << Json << R"({"error":"INVALID_GRANT"})"_ba << u"OAUTH_ERROR"_s;
    QTest::newRow("error value of 65 characters")
        << 400 << Json << "{\"error\":\""_ba + QByteArray(65, 'a') + "\"}" << u"OAUTH_ERROR"_s;
    QTest::newRow("error value of 64 characters")
        << 400 << Json << "{\"error\":\""_ba + QByteArray(64, 'a') + "\"}" << u"OAUTH_"_s + QString(64, u'A');
    QTest::newRow("error value with header injection")
        << 400 << Json << R"({"error":"invalid_grant\r\nX-Evil: 1"})"_ba << u"OAUTH_ERROR"_s;
    QTest::newRow("error value with dash")
        << 400 << Json << R"({"error":"invalid-grant"})"_ba << u"OAUTH_ERROR"_s;
    QTest::newRow("error value empty")
        << 400 << Json << R"({"error":""})"_ba << u"OAUTH_ERROR"_s;
    QTest::newRow("error value not a string")
        << 400 << Json << R"({"error":{"code":400,"message":"Bad Request"}})"_ba << u"OAUTH_ERROR"_s;
    QTest::newRow("503 html page")
        << 503 << "text/html; charset=UTF-8"_ba << "<html><body>Service Unavailable</body></html>"_ba
        << u"TOKEN_ENDPOINT_HTTP_503"_s;
    QTest::newRow("500 json without error member")
        << 500 << Json << R"({"message":"internal"})"_ba << u"TOKEN_ENDPOINT_HTTP_500"_s;
    QTest::newRow("400 garbage json")
        << 400 << Json << "{not json"_ba << u"TOKEN_ENDPOINT_HTTP_400"_s;
    QTest::newRow("302 redirect")
        << 302 << "text/html"_ba << QByteArray() << u"TOKEN_ENDPOINT_HTTP_302"_s;
    QTest::newRow("401 with access_token is still a failure")
        << 401 << Json << R"({"access_token":"at1"})"_ba << u"TOKEN_ENDPOINT_HTTP_401"_s;
    QTest::newRow("empty access_token")
        << 200 << Json << R"({"access_token":"","token_type":"Bearer"})"_ba << u"MISSING_ACCESS_TOKEN"_s;
    QTest::newRow("absent access_token")
        << 200 << Json << R"({"token_type":"Bearer","expires_in":3600})"_ba << u"MISSING_ACCESS_TOKEN"_s;
    QTest::newRow("access_token a number")
        << 200 << Json << R"({"access_token":12345})"_ba << u"MISSING_ACCESS_TOKEN"_s;
    QTest::newRow("access_token null")
        << 200 << Json << R"({"access_token":null})"_ba << u"MISSING_ACCESS_TOKEN"_s;
    QTest::newRow("empty form body")
        << 200 << Form << QByteArray() << u"MISSING_ACCESS_TOKEN"_s;
    QTest::newRow("access_token with CR LF")
        << 200 << Json << R"({"access_token":"at1\r\nX-Injected: 1"})"_ba << u"MALFORMED_TOKEN"_s;
    QTest::newRow("access_token with space")
        << 200 << Form << "access_token=at+1"_ba << u"MALFORMED_TOKEN"_s;
    QTest::newRow("access_token non-ASCII")
        << 200 << Json << R"({"access_token":"at\u00e91"})"_ba << u"MALFORMED_TOKEN"_s;
    QTest::newRow("refresh_token not a string")
        << 200 << Json << R"({"access_token":"at1","refresh_token":{"value":"rt"}})"_ba << u"MALFORMED_TOKEN"_s;
    QTest::newRow("id_token with control character")
        << 200 << Json << R"({"access_token":"at1","id_token":"a.b\u0000.c"})"_ba << u"MALFORMED_TOKEN"_s;
    QTest::newRow("unknown media type")
        << 200 << "text/html"_ba << "<html>access_token=at1</html>"_ba << u"UNPARSEABLE_TOKEN_RESPONSE"_s;
    QTest::newRow("missing content type")
        << 200 << QByteArray() << R"({"access_token":"at1"})"_ba << u"UNPARSEABLE_TOKEN_RESPONSE"_s;
    QTest::newRow("text/plain with form body")
        << 200 << "text/plain"_ba << "access_token=at1&token_type=bearer"_ba << u"UNPARSEABLE_TOKEN_RESPONSE"_s;
    QTest::newRow("application/jsonp")
        << 200 << "application/jsonp"_ba << R"({"access_token":"at1"})"_ba << u"UNPARSEABLE_TOKEN_RESPONSE"_s;
    QTest::newRow("+json suffix without subtype")
        << 200 << "application/+json"_ba << R"({"access_token":"at1"})"_ba << u"UNPARSEABLE_TOKEN_RESPONSE"_s;
    QTest::newRow("garbage json")
        << 200 << Json << "{\"access_token\": \"at1\",,}"_ba << u"UNPARSEABLE_TOKEN_RESPONSE"_s;
    QTest::newRow("truncated json")
        << 200 << Json << R"({"access_token":"at1)"_ba << u"UNPARSEABLE_TOKEN_RESPONSE"_s;
    QTest::newRow("json array")
        << 200 << Json << R"([{"access_token":"at1"}])"_ba << u"UNPARSEABLE_TOKEN_RESPONSE"_s;
    QTest::newRow("json string")
        << 200 << Json << R"("at1")"_ba << u"UNPARSEABLE_TOKEN_RESPONSE"_s;
    QTest::newRow("empty json body")
        << 200 << Json << QByteArray() << u"UNPARSEABLE_TOKEN_RESPONSE"_s;
    QTest::newRow("invalid utf-8 in json")
        << 200 << Json << "{\"access_token\":\"at\xff\"}"_ba << u"UNPARSEABLE_TOKEN_RESPONSE"_s;
    QTest::newRow("repeated access_token in form")
        << 200 << Form << "access_token=at1&access_token=at2"_ba << u"UNPARSEABLE_TOKEN_RESPONSE"_s;
    QTest::newRow("repeated parameter in form with http 400")
        << 400 << Form << "error=a&error=b"_ba << u"TOKEN_ENDPOINT_HTTP_400"_s;
}

void TestTokenResponseParser::parseError()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);

    const Result<TokenResponse> result = TokenResponseParser::parse(status, contentType, body);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY2(!result.error().message.contains(u"at1"_s), qPrintable(result.error().message));
}

void TestTokenResponseParser::githubFormAndJsonGiveSameToken()
{
    const Result<TokenResponse> form = TokenResponseParser::parse(
        200, Form, "access_token=gho_16C7e42F292c6912E7710c838347Ae178B4a&scope=repo%2Cgist&token_type=bearer"_ba);
    const Result<TokenResponse> json = TokenResponseParser::parse(
        200, "text/javascript"_ba,
        R"({"access_token":"gho_16C7e42F292c6912E7710c838347Ae178B4a","scope":"repo,gist","token_type":"bearer"})"_ba);

    QVERIFY(form.ok());
    QVERIFY(json.ok());
    QCOMPARE(form.value(), json.value());
}

void TestTokenResponseParser::errorMessageJoinsErrorAndDescription()
{
    const Result<TokenResponse> result = TokenResponseParser::parse(
        200, Form, "error=bad_verification_code&error_description=The+code+passed+is+incorrect+or+expired."_ba);

    QVERIFY(!result.ok());
    QCOMPARE(result.error().message, u"bad_verification_code: The code passed is incorrect or expired."_s);
}

void TestTokenResponseParser::errorMessageWithoutDescription()
{
    const Result<TokenResponse> result =
        TokenResponseParser::parse(401, Json, R"({"error":"invalid_client"})"_ba);

    QVERIFY(!result.ok());
    QCOMPARE(result.error().message, u"invalid_client"_s);
}

void TestTokenResponseParser::errorDescriptionCleanedAndCut()
{
    // Control characters, a bidirectional override and 1000 more characters.
    const QByteArray description = "line one\\r\\nline two\\tand \\u202ereversed\\u0007 "_ba + QByteArray(1000, 'x');
    const Result<TokenResponse> result = TokenResponseParser::parse(
        400, Json, R"({"error":"invalid_request","error_description":")"_ba + description + "\"}");

    QVERIFY(!result.ok());
    const QString message = result.error().message;
    const QString prefix = u"invalid_request: "_s;
    QVERIFY(message.startsWith(prefix + u"line one line two and reversed x"_s));
    QCOMPARE(message.size(), prefix.size() + 300);
    for (const QChar c : message) {
        QVERIFY2(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format,
                 qPrintable(u"U+%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0'))));
    }
}

void TestTokenResponseParser::errorDescriptionCutKeepsSurrogatePairs()
{
    // The 300-character cut falls between the two halves of U+1F600.
    const QByteArray description = QByteArray(299, 'a') + "\xf0\x9f\x98\x80" + "bbb";
    const Result<TokenResponse> result = TokenResponseParser::parse(
        400, Json, R"({"error":"invalid_request","error_description":")"_ba + description + "\"}");

    QVERIFY(!result.ok());
    const QString message = result.error().message;
    QVERIFY(!message.back().isHighSurrogate());
    QCOMPARE(message, u"invalid_request: "_s + QString(299, u'a'));
}

void TestTokenResponseParser::errorMessageRedactsTokens()
{
    const Result<TokenResponse> result = TokenResponseParser::parse(
        200, Json,
        R"({"error":"invalid_request","error_description":"token gho_secret123 and rt_secret456 rejected",)"
        R"("access_token":"gho_secret123","refresh_token":"rt_secret456"})"_ba);

    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"OAUTH_INVALID_REQUEST"_s);
    QVERIFY(!result.error().message.contains(u"gho_secret123"_s));
    QVERIFY(!result.error().message.contains(u"rt_secret456"_s));
    QCOMPARE(result.error().message, u"invalid_request: token [redacted] and [redacted] rejected"_s);
}

void TestTokenResponseParser::unknownMediaTypeMessageNamesType()
{
    const Result<TokenResponse> result =
        TokenResponseParser::parse(200, "Text/HTML; charset=utf-8"_ba, "<html></html>"_ba);

    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"UNPARSEABLE_TOKEN_RESPONSE"_s);
    QVERIFY2(result.error().message.contains(u"text/html"_s), qPrintable(result.error().message));
}

void TestTokenResponseParser::logNeverContainsValues()
{
    QString logText;
    {
        const LogCapture capture;
        const Result<TokenResponse> result = TokenResponseParser::parse(
            200, Json,
            R"({"access_token":"gho_logcheck1","refresh_token":"ghr_logcheck2","expires_in":"gho_logcheck3",)"
            R"("refresh_token_expires_in":"ghr_logcheck4","scope":"ok \"gho_logcheck5\""})"_ba);
        QVERIFY(result.ok());
        logText = capture.text();
    }

    QVERIFY2(logText.contains(u"expires_in"_s), qPrintable(logText));
    QVERIFY2(logText.contains(u"refresh_token_expires_in"_s), qPrintable(logText));
    QVERIFY2(logText.contains(u"scope"_s), qPrintable(logText));
    QVERIFY2(!logText.contains(u"logcheck"_s), qPrintable(logText));
}

void TestTokenResponseParser::slackUserToken_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("accessToken");
    QTest::addColumn<QString>("refreshToken");
    QTest::addColumn<qint64>("expiresIn");
    QTest::addColumn<QStringList>("scopes");

    // The body Slack's oauth.v2.access documentation shows for an install with bot and user
    // scopes: the top-level token belongs to the bot and must not be taken.
    QTest::newRow("slack install with bot and user token")
        << R"({"ok":true,"access_token":"xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy",)"
           R"("token_type":"bot","scope":"commands,incoming-webhook","bot_user_id":"U0KRQLJ9H","app_id":"A0KRD7HC3",)"
           R"("team":{"name":"Slack Softball Team","id":"T9TK3CUKW"},"enterprise":{"name":"slack-sports","id":"E12345678"},)"
           R"("authed_user":{"id":"U1234","scope":"chat:write","access_token":"xoxp-1234","token_type":"user"}})"_ba
        << u"xoxp-1234"_s << QString() << Unknown << QStringList{u"chat:write"_s};
    QTest::newRow("slack user-only install with token rotation")
        << R"({"ok":true,"app_id":"A0KRD7HC3","team":{"id":"T9TK3CUKW"},)"
           R"("authed_user":{"id":"U1234","scope":"search:read,users:read","access_token":"xoxe.xoxp-1-abc",)"
           R"("token_type":"user","refresh_token":"xoxe-1-def","expires_in":43200}})"_ba
        << u"xoxe.xoxp-1-abc"_s << u"xoxe-1-def"_s << qint64(43200) << QStringList{u"search:read"_s, u"users:read"_s};
}

void TestTokenResponseParser::slackUserToken()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, accessToken);
    QFETCH(QString, refreshToken);
    QFETCH(qint64, expiresIn);
    QFETCH(QStringList, scopes);

    const Result<TokenResponse> result =
        TokenResponseParser::parse(200, "application/json; charset=utf-8"_ba, body, TokenResponseFormat::SlackUserToken);
    QVERIFY2(result.ok(), qPrintable(result.error().code + u' ' + result.error().message));
    QCOMPARE(result.value().accessToken, accessToken);
    QCOMPARE(result.value().refreshToken, refreshToken);
    QCOMPARE(result.value().tokenType, u"user"_s);
    QCOMPARE(result.value().expiresIn, lifetime(expiresIn));
    QVERIFY(result.value().grantedScopes.has_value());
    QCOMPARE(*result.value().grantedScopes, scopes);

    // The standard format reads the same body as the bot's token, or as no token at all.
    const Result<TokenResponse> standard = TokenResponseParser::parse(200, Json, body);
    if (standard.ok())
        QVERIFY(standard.value().accessToken != accessToken);
    else
        QCOMPARE(standard.error().code, u"MISSING_ACCESS_TOKEN"_s);
}

void TestTokenResponseParser::slackErrorWithHttp200()
{
    const Result<TokenResponse> result = TokenResponseParser::parse(
        200, Json, R"({"ok":false,"error":"invalid_code"})"_ba, TokenResponseFormat::SlackUserToken);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"OAUTH_INVALID_CODE"_s);
}

void TestTokenResponseParser::slackFormatWithoutAuthedUser_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");

    QTest::newRow("bot token only") << R"({"ok":true,"access_token":"xoxb-1","token_type":"bot"})"_ba
                                    << u"MISSING_ACCESS_TOKEN"_s;
    QTest::newRow("authed_user a string") << R"({"ok":true,"authed_user":"xoxp-1"})"_ba << u"MISSING_ACCESS_TOKEN"_s;
    QTest::newRow("authed_user without token") << R"({"ok":true,"authed_user":{"id":"U1"}})"_ba
                                               << u"MISSING_ACCESS_TOKEN"_s;
    QTest::newRow("user token with a newline")
        << R"({"ok":true,"authed_user":{"access_token":"xoxp-1\r\nX-Evil: 1"}})"_ba << u"MALFORMED_TOKEN"_s;
}

void TestTokenResponseParser::slackFormatWithoutAuthedUser()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);

    const Result<TokenResponse> result =
        TokenResponseParser::parse(200, Json, body, TokenResponseFormat::SlackUserToken);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QVERIFY2(!result.error().message.contains(u"xoxp"_s), qPrintable(result.error().message));
}

void TestTokenResponseParser::slackErrorRedactsNestedTokens()
{
    const Result<TokenResponse> result = TokenResponseParser::parse(
        200, Json,
        R"({"ok":false,"error":"invalid_auth","error_description":"token xoxp-secret-7 rejected",)"
        R"("authed_user":{"access_token":"xoxp-secret-7"}})"_ba,
        TokenResponseFormat::SlackUserToken);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"OAUTH_INVALID_AUTH"_s);
    QVERIFY2(!result.error().message.contains(u"xoxp-secret-7"_s), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(u"[redacted]"_s), qPrintable(result.error().message));
}

QTEST_GUILESS_MAIN(TestTokenResponseParser)
#include "tst_tokenresponseparser.moc"
