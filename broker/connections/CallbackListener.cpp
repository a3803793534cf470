#include "connections/CallbackListener.h"

#include "api/ApiReply.h"
#include "api/HttpRequest.h"
#include "api/HttpServer.h"
#include "api/Responder.h"
#include "api/Router.h"
#include "api/routes/CallbackPage.h"

#include <QLoggingCategory>
#include <QMetaObject>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCallbackListener, "securecontext.connections.callbacklistener")

namespace {

// A browser sends one navigation and perhaps a favicon request or a speculative connection;
// nothing else has a reason to connect.
constexpr int MaxConnections = 8;
// Large enough for a long authorization code in the query plus the cookies a browser sends to
// localhost, which other local web apps on other ports may have set.
constexpr int MaxHeaderBytes = 32 * 1024;
constexpr int HeaderTimeoutMs = 10000;
constexpr int IdleTimeoutMs = 10000;

} // namespace

CallbackListener::CallbackListener(const QString &providerName, QObject *parent)
    : QObject(parent)
    , m_providerName(providerName)
    , m_server(new HttpServer(this))
{
    // The handler runs on the server's worker thread and only queues the request onto this
    // object's thread. close() joins the worker before this object goes away, so `this` is
    // valid whenever the handler runs.
    auto router = std::make_shared<Router>();
    router->addRoute("GET", u"/oauth/%1/callback"_s.arg(providerName), [this](const HttpRequest &request, Responder responder) {
        const QUrlQuery query = request.query;
        QMetaObject::invokeMethod(this, [this, query, responder] { deliver(query, responder); }, Qt::QueuedConnection);
    });
    // Link scanners and prefetchers send HEAD; the flow waits for the browser's GET.
    router->addRoute("HEAD", u"/oauth/%1/callback"_s.arg(providerName), [](const HttpRequest &, Responder responder) {
        responder.send(CallbackPage::headReply());
    });
    m_server->setRouter(router);
}

CallbackListener::~CallbackListener()
{
    close();
}

Result<void> CallbackListener::listen()
{
    HttpServer::Options options;
    options.port = 0;
    options.workerThreads = 1;
    options.maxConnections = MaxConnections;
    options.maxHeaderBytes = MaxHeaderBytes;
    // A callback is a GET without a body.
    options.maxBodyBytes = 0;
    options.headerTimeoutMs = HeaderTimeoutMs;
    options.bodyTimeoutMs = HeaderTimeoutMs;
    options.idleTimeoutMs = IdleTimeoutMs;

    Result<void> listening = m_server->listen(options);
    if (!listening) {
        qCWarning(lcCallbackListener) << "Cannot listen for the callback of" << m_providerName << ":" << listening.error().code;
        return listening;
    }
    qCInfo(lcCallbackListener) << "Listening for the callback of" << m_providerName << "on port" << port()
                               << (servesIpv6() ? "(127.0.0.1 and [::1])" : "(127.0.0.1 only)");
    return {};
}

void CallbackListener::close()
{
    m_handler = {};
    if (!m_server->isListening())
        return;
    const quint16 closedPort = port();
    m_server->close();
    qCInfo(lcCallbackListener) << "Closed the callback listener of" << m_providerName << "on port" << closedPort;
}

bool CallbackListener::isListening() const
{
    return m_server->isListening();
}

quint16 CallbackListener::port() const
{
    return m_server->serverPort();
}

bool CallbackListener::servesIpv6() const
{
    return m_server->listenAddresses().size() > 1;
}

void CallbackListener::deliver(const QUrlQuery &query, Responder responder)
{
    // A copy, because the handler may end the flow and close() resets m_handler while the
    // handler still runs.
    const Handler handler = m_handler;
    if (!handler) {
        responder.send(ApiReply::error(410, u"FLOW_NOT_PENDING"_s, u"This sign-in is no longer waiting for a callback"_s));
        return;
    }

    handler(query, [responder](int status, const QString &title, const QString &message) {
        responder.send(CallbackPage::render(status, title, message));
    });
}
