#include "api/ApiReply.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {

QJsonObject envelope(bool success)
{
    return QJsonObject{
        {u"success"_s, success},
        {u"version"_s, QLatin1String(ApiReply::Version)},
        {u"timestamp"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
}

HttpResponse withApiHeaders(HttpResponse response)
{
    response.setHeader("X-API-Version", ApiReply::Version);
    return response;
}

} // namespace

namespace ApiReply {

HttpResponse success(const QJsonValue &data, int status)
{
    QJsonObject body = envelope(true);
    body.insert(u"data"_s, data);
    return withApiHeaders(HttpResponse::json(status, body));
}

HttpResponse error(int status, const QString &code, const QString &message,
                   const QJsonObject &details)
{
    const QJsonObject errorObject{
        {u"code"_s, code},
        {u"message"_s, message},
        {u"status_code"_s, status},
        {u"details"_s, details},
    };

    QJsonObject body = envelope(false);
    body.insert(u"error"_s, errorObject);
    return withApiHeaders(HttpResponse::json(status, body));
}

} // namespace ApiReply
