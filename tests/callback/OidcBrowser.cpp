#include "OidcBrowser.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxRequests = 20;
constexpr int RequestTimeoutMs = 15000;

struct Page
{
    int status = 0;
    QUrl location;
    QString html;
};

Page fetch(QNetworkAccessManager &network, const QUrl &url, const QByteArray &formBody)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(RequestTimeoutMs);
    QNetworkReply *reply = nullptr;
    if (formBody.isNull()) {
        reply = network.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = network.post(request, formBody);
    }

    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(RequestTimeoutMs + 1000);

    Page page;
    page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray location = reply->rawHeader("Location");
    if (!location.isEmpty())
        page.location = url.resolved(QUrl::fromEncoded(location));
    page.html = QString::fromUtf8(reply->readAll());
    reply->deleteLater();
    return page;
}

QString attributeText(QString value)
{
    return value.replace(u"&amp;"_s, u"&"_s).replace(u"&#x2F;"_s, u"/"_s).replace(u"&#39;"_s, u"'"_s);
}

QByteArray formEncode(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

} // namespace

QUrl OidcBrowser::signIn(const QUrl &authorizationUrl, const QString &login, QString *error, bool deny)
{
    QNetworkAccessManager network;
    QUrl current = authorizationUrl;
    QByteArray formBody;

    for (int request = 0; request < MaxRequests; ++request) {
        const Page page = fetch(network, current, formBody);
        formBody = QByteArray();

        if (page.status >= 300 && page.status < 400) {
            if (!page.location.isValid()) {
                *error = u"redirect without Location from "_s + current.path();
                return {};
            }
            const bool sameOrigin = page.location.host() == authorizationUrl.host() && page.location.port() == authorizationUrl.port();
            if (!sameOrigin)
                return page.location;
            current = page.location;
            continue;
        }
        if (page.status != 200) {
            *error = u"HTTP %1 from %2"_s.arg(page.status).arg(current.path());
            return {};
        }

        static const QRegularExpression promptPattern(uR"re(<input[^>]*name="prompt"[^>]*value="([^"]*)")re"_s);
        static const QRegularExpression actionPattern(uR"re(<form[^>]*action="([^"]*)")re"_s);
        static const QRegularExpression abortPattern(uR"re(href="([^"]*/abort)")re"_s);
        const QString prompt = promptPattern.match(page.html).captured(1);
        const QString action = actionPattern.match(page.html).captured(1);
        if (prompt.isEmpty() || action.isEmpty()) {
            *error = u"no login or consent form on "_s + current.path();
            return {};
        }

        if (prompt == u"consent"_s && deny) {
            const QString abort = abortPattern.match(page.html).captured(1);
            if (abort.isEmpty()) {
                *error = u"no abort link on the consent page"_s;
                return {};
            }
            current = current.resolved(QUrl(attributeText(abort)));
            continue;
        }

        current = current.resolved(QUrl(attributeText(action)));
        if (prompt == u"login"_s)
            formBody = formEncode({{u"prompt"_s, u"login"_s}, {u"login"_s, login}, {u"password"_s, u"any-password"_s}});
        else
            formBody = formEncode({{u"prompt"_s, prompt}});
    }
    *error = u"no redirect to the client after %1 requests"_s.arg(MaxRequests);
    return {};
}
