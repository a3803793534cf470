#include "oauth/TokenResponseParser.h"

#include "oauth/ScopeToken.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

Q_LOGGING_CATEGORY(lcTokenResponse, "securecontext.oauth.tokenresponse")

using namespace Qt::StringLiterals;

namespace {

enum class BodyFormat { Json, Form, Unknown };

// Maximum length of provider-controlled text in an error message.
constexpr qsizetype MaxProviderTextLength = 300;
constexpr qsizetype MaxMediaTypeLength = 100;

// A lifetime is a string of at most 12 digits, so JSON numbers get the same bound. That is
// about 31,700 years. Anything larger is a malformed value, not a real lifetime.
constexpr int MaxLifetimeDigits = 12;
constexpr double MaxLifetimeSeconds = 999'999'999'999.0;

const QString AccessTokenField = u"access_token"_s;
const QString RefreshTokenField = u"refresh_token"_s;
const QString IdTokenField = u"id_token"_s;

QByteArray mediaTypeOf(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArray type = semicolon < 0 ? contentType : contentType.left(semicolon);
    return type.trimmed().toLower();
}

BodyFormat formatOf(const QByteArray &mediaType, const QByteArray &body)
{
    if (mediaType == "application/json" || mediaType == "text/javascript")
        return BodyFormat::Json;

    const qsizetype slash = mediaType.indexOf('/');
    if (slash > 0 && mediaType.endsWith("+json") && mediaType.size() > slash + 1 + 5)
        return BodyFormat::Json;

    if (mediaType == "text/plain" && body.trimmed().startsWith('{'))
        return BodyFormat::Json;

    if (mediaType == "application/x-www-form-urlencoded")
        return BodyFormat::Form;

    return BodyFormat::Unknown;
}

std::optional<QJsonObject> parseJsonBody(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// Decodes an application/x-www-form-urlencoded body into string members. Returns nullopt
// for a parameter that appears twice, because RFC 6749 section 3.1 forbids repeats and a
// second access_token could otherwise replace the first unnoticed.
std::optional<QJsonObject> parseFormBody(const QByteArray &body)
{
    QJsonObject object;
    const QList<QByteArray> pairs = body.trimmed().split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;

        const qsizetype equals = pair.indexOf('=');
        QByteArray rawName = equals < 0 ? pair : pair.left(equals);
        QByteArray rawValue = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        const QString name = QString::fromUtf8(QByteArray::fromPercentEncoding(rawName.replace('+', ' ')));
        const QString value = QString::fromUtf8(QByteArray::fromPercentEncoding(rawValue.replace('+', ' ')));
        if (name.isEmpty())
            continue;

        if (object.contains(name))
            return std::nullopt;
        object.insert(name, value);
    }
    return object;
}

// Replaces control, format and line-separator characters (including bidirectional
// overrides) with spaces, collapses whitespace and cuts the text to maxLength characters
// without splitting a surrogate pair.
QString cleanProviderText(const QString &text, qsizetype maxLength)
{
    QString cleaned = text;
    for (QChar &c : cleaned) {
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            c = u' ';
            break;
        default:
            break;
        }
    }
    cleaned = cleaned.simplified();

    if (cleaned.size() > maxLength) {
        qsizetype cut = maxLength;
        if (cleaned.at(cut - 1).isHighSurrogate())
            --cut;
        cleaned.truncate(cut);
    }
    return cleaned;
}

// Replaces every token value of the response that occurs in `text`, so that an error
// message built from provider text cannot carry a token. Slack's nested authed_user tokens
// count as well.
QString redactTokens(QString text, const QJsonObject &object)
{
    const QJsonObject nested = object.value(u"authed_user"_s).toObject();
    for (const QJsonObject &source : {object, nested}) {
        for (const QString &field : {AccessTokenField, RefreshTokenField, IdTokenField}) {
            const QString token = source.value(field).toString();
            if (!token.isEmpty())
                text.replace(token, u"[redacted]"_s);
        }
    }
    return text;
}

QString describeValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return u"(not a string)"_s;
}

Error oauthErrorOf(const QJsonObject &object)
{
    static const QRegularExpression errorCodePattern(u"^[a-z0-9_]{1,64}$"_s);

    const QJsonValue errorValue = object.value(u"error"_s);
    const QString rawError = errorValue.isString() ? errorValue.toString() : QString();
    const bool wellFormed = errorCodePattern.match(rawError).hasMatch();
    const QString code = wellFormed ? u"OAUTH_"_s + rawError.toUpper() : u"OAUTH_ERROR"_s;

    QString message = cleanProviderText(redactTokens(describeValue(errorValue), object),
                                        MaxProviderTextLength);
    if (message.isEmpty())
        message = u"(empty error)"_s;

    const QJsonValue description = object.value(u"error_description"_s);
    if (description.isString()) {
        const QString cleaned = cleanProviderText(redactTokens(description.toString(), object),
                                                  MaxProviderTextLength);
        if (!cleaned.isEmpty())
            message += u": "_s + cleaned;
    }
    return Error{code, message};
}

bool isVisibleAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

bool isAsciiDigits(const QString &text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// Reads an optional token field other than access_token. Absent, null and empty all mean
// "no token". Any other non-string value is an error.
Result<QString> optionalToken(const QJsonObject &object, const QString &field)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return QString();

    if (!value.isString()) {
        return Error{u"MALFORMED_TOKEN"_s,
                     u"Token response field %1 is not a string"_s.arg(field)};
    }
    const QString token = value.toString();
    if (!isVisibleAscii(token)) {
        return Error{u"MALFORMED_TOKEN"_s,
                     u"Token response field %1 contains characters outside visible ASCII"_s.arg(field)};
    }
    return token;
}

// Reads expires_in or refresh_token_expires_in: a non-negative whole JSON number or a string
// of 1 to 12 ASCII digits. Anything else is logged by field name and read as unknown.
std::optional<qint64> lifetimeOf(const QJsonObject &object, const QString &field)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;

    if (value.isDouble()) {
        const double seconds = value.toDouble();
        if (seconds >= 0 && seconds <= MaxLifetimeSeconds && std::floor(seconds) == seconds)
            return static_cast<qint64>(seconds);
    } else if (value.isString()) {
        const QString text = value.toString();
        if (!text.isEmpty() && text.size() <= MaxLifetimeDigits && isAsciiDigits(text))
            return text.toLongLong();
    }

    qCWarning(lcTokenResponse).noquote()
        << "Token response field" << field
        << "is not a non-negative whole number of seconds; treating the lifetime as unknown";
    return std::nullopt;
}

// Splits the scope member on spaces and commas, because GitHub separates granted scopes with
// commas, or reads it as an array of strings, which Twitch sends. Drops empty items, repeats
// and items that are not valid scope tokens.
std::optional<QStringList> grantedScopesOf(const QJsonObject &object)
{
    const QJsonValue value = object.value(u"scope"_s);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;

    static const QRegularExpression separators(u"[ ,]"_s);
    QStringList items;
    if (value.isString()) {
        items = value.toString().split(separators, Qt::SkipEmptyParts);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (!item.isString()) {
                qCWarning(lcTokenResponse) << "Token response field scope is an array with a "
                                              "non-string item; treating the granted scopes as unknown";
                return std::nullopt;
            }
            items.append(item.toString());
        }
    } else {
        qCWarning(lcTokenResponse)
            << "Token response field scope is neither a string nor an array; treating the "
               "granted scopes as unknown";
        return std::nullopt;
    }

    QStringList scopes;
    QSet<QString> seen;
    int invalidCount = 0;
    for (const QString &item : items) {
        if (!ScopeToken::isValid(item)) {
            ++invalidCount;
            continue;
        }
        if (seen.contains(item))
            continue;
        seen.insert(item);
        scopes.append(item);
    }

    if (invalidCount > 0) {
        qCWarning(lcTokenResponse) << "Token response field scope has" << invalidCount
                                   << "items that are not valid scope tokens; dropped them";
    }
    return scopes;
}

Error httpStatusError(int httpStatus)
{
    return Error{u"TOKEN_ENDPOINT_HTTP_%1"_s.arg(httpStatus),
                 u"Token endpoint returned HTTP %1 without an OAuth error in the body"_s.arg(httpStatus)};
}

Error unparseableError(const QString &reason)
{
    return Error{u"UNPARSEABLE_TOKEN_RESPONSE"_s, reason};
}


// Reads the tokens of a successful response from `object`, which is the whole body or, for
// Slack, its authed_user member.
Result<TokenResponse> tokensOf(const QJsonObject &object)
{
    const QJsonValue accessToken = object.value(AccessTokenField);
    if (!accessToken.isString() || accessToken.toString().isEmpty())
        return Error{u"MISSING_ACCESS_TOKEN"_s, u"Token response has no access_token"_s};
    if (!isVisibleAscii(accessToken.toString())) {
        return Error{u"MALFORMED_TOKEN"_s,
                     u"Token response field access_token contains characters outside visible ASCII"_s};
    }

    const Result<QString> refreshToken = optionalToken(object, RefreshTokenField);
    if (!refreshToken)
        return refreshToken.error();
    const Result<QString> idToken = optionalToken(object, IdTokenField);
    if (!idToken)
        return idToken.error();

    TokenResponse response;
    response.accessToken = accessToken.toString();
    response.refreshToken = refreshToken.value();
    response.idToken = idToken.value();
    response.tokenType = object.value(u"token_type"_s).toString();
    response.expiresIn = lifetimeOf(object, u"expires_in"_s);
    response.refreshTokenExpiresIn = lifetimeOf(object, u"refresh_token_expires_in"_s);
    response.grantedScopes = grantedScopesOf(object);
    return response;
}

// Slack puts the user's tokens into authed_user, next to bot fields at the top level.
Result<TokenResponse> slackUserTokensOf(const QJsonObject &object)
{
    const QJsonValue authedUser = object.value(u"authed_user"_s);
    if (!authedUser.isObject()) {
        return Error{u"MISSING_ACCESS_TOKEN"_s,
                     u"Slack token response has no authed_user object with a user token"_s};
    }
    return tokensOf(authedUser.toObject());
}

} // namespace

Result<TokenResponse> TokenResponseParser::parse(int httpStatus, const QByteArray &contentType,
                                                 const QByteArray &body)
{
    return parse(httpStatus, contentType, body, TokenResponseFormat::Standard);
}

Result<TokenResponse> TokenResponseParser::parse(int httpStatus, const QByteArray &contentType,
                                                 const QByteArray &body, TokenResponseFormat format)
{
    const bool success = httpStatus >= 200 && httpStatus <= 299;
    const QByteArray mediaType = mediaTypeOf(contentType);

    std::optional<QJsonObject> object;
    QString unparseableReason;
    switch (formatOf(mediaType, body)) {
    case BodyFormat::Json:
        object = parseJsonBody(body);
        unparseableReason = u"Token endpoint response is not a valid JSON object"_s;
        break;
    case BodyFormat::Form:
        object = parseFormBody(body);
        unparseableReason = u"Token endpoint response is not a valid form-encoded body "
                            u"(a parameter appears more than once)"_s;
        break;
    case BodyFormat::Unknown: {
        const QString shownType = mediaType.isEmpty()
            ? u"(none)"_s
            : cleanProviderText(QString::fromLatin1(mediaType), MaxMediaTypeLength);
        unparseableReason = u"Token endpoint response has media type %1; expected JSON or "
                            u"application/x-www-form-urlencoded"_s.arg(shownType);
        break;
    }
    }

    if (!object)
        return success ? unparseableError(unparseableReason) : httpStatusError(httpStatus);

    const QJsonValue errorValue = object->value(u"error"_s);
    if (!errorValue.isUndefined() && !errorValue.isNull())
        return oauthErrorOf(*object);

    if (!success)
        return httpStatusError(httpStatus);

    if (format == TokenResponseFormat::SlackUserToken)
        return slackUserTokensOf(*object);
    return tokensOf(*object);
}
