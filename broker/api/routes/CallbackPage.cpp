#include "api/routes/CallbackPage.h"

#include <QFile>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCallbackPage, "securecontext.api.callbackpage")

namespace {

QString pageTemplate()
{
    static const QString text = [] {
        QFile file(u":/pages/callback.html"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcCallbackPage) << "The callback page template is missing from the resources";
            return u"<!DOCTYPE html><title>{{TITLE}}</title><h1>{{TITLE}}</h1><p>{{MESSAGE}}</p>"_s;
        }
        return QString::fromUtf8(file.readAll());
    }();
    return text;
}

} // namespace

namespace CallbackPage {

HttpResponse render(int status, const QString &title, const QString &message)
{
    QString page = pageTemplate();
    page.replace(u"{{TITLE}}"_s, title.toHtmlEscaped());
    page.replace(u"{{MESSAGE}}"_s, message.toHtmlEscaped());

    HttpResponse response = HttpResponse::html(status, page.toUtf8());
    // The page's own inline style is all it loads: no script, frame or outside resource.
    response.setHeader(QByteArrayLiteral("Content-Security-Policy"),
                       QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"));
    // The callback URL carried the authorization code; no link on the page may leak it.
    response.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    return response;
}

HttpResponse headReply()
{
    return render(200, QString(), QString());
}

} // namespace CallbackPage
