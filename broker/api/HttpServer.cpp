#include "api/HttpServer.h"

#include "api/HttpConnection.h"
#include "api/HttpListener.h"
#include "api/HttpWorker.h"
#include "api/LocalSocketListener.h"
#include "api/Router.h"
#include "api/StreamLimiter.h"

#include <QLoggingCategory>
#include <QThread>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServer, "securecontext.api.server")

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
    , m_openConnections(std::make_shared<std::atomic<int>>(0))
{
}

HttpServer::~HttpServer()
{
    close();
}

void HttpServer::setRouter(std::shared_ptr<const Router> router)
{
    if (isListening()) {
        qCWarning(lcServer) << "Ignored setRouter() while listening; call it before listen()";
        return;
    }
    m_router = std::move(router);
}

Result<void> HttpServer::validate(const Options &options) const
{
    QStringList problems;
    if (options.workerThreads < 1)
        problems.append(u"workerThreads must be at least 1"_s);
    if (options.maxConnections < 1)
        problems.append(u"maxConnections must be at least 1"_s);
    if (options.maxHeaderBytes < 1024)
        problems.append(u"maxHeaderBytes must be at least 1024"_s);
    if (options.maxBodyBytes < 0)
        problems.append(u"maxBodyBytes must not be negative"_s);
    if (options.headerTimeoutMs < 1 || options.idleTimeoutMs < 1 || options.streamHeartbeatMs < 1)
        problems.append(u"timeouts must be at least 1 ms"_s);
    if (options.maxStreams < 0 || options.maxStreamsPerAgent < 0)
        problems.append(u"stream limits must not be negative"_s);

    if (problems.isEmpty())
        return {};
    return Error{u"INVALID_OPTIONS"_s,
                 u"Invalid HTTP server options: %1."_s.arg(problems.join(u"; "_s))};
}

Result<void> HttpServer::listen(const Options &options)
{
    if (isListening()) {
        return Error{u"ALREADY_LISTENING"_s,
                     u"The API server already listens on port %1."_s.arg(serverPort())};
    }
    if (Result<void> valid = validate(options); !valid)
        return valid;

    auto dispatch = [this](qintptr descriptor) { dispatchConnection(descriptor, false); };

    m_ipv4Listener = new HttpListener(dispatch, this);
    if (!m_ipv4Listener->listen(QHostAddress::LocalHost, options.port)) {
        const bool inUse = m_ipv4Listener->serverError() == QAbstractSocket::AddressInUseError;
        const QString reason = m_ipv4Listener->errorString();
        delete m_ipv4Listener;
        m_ipv4Listener = nullptr;

        if (inUse) {
            return Error{u"PORT_IN_USE"_s,
                         u"Port %1 on 127.0.0.1 is already in use by another program; stop it "
                         "or configure another API port."_s.arg(options.port)};
        }
        return Error{u"LISTEN_FAILED"_s,
                     u"Could not listen on 127.0.0.1 port %1: %2."_s.arg(options.port).arg(reason)};
    }
    const quint16 port = m_ipv4Listener->serverPort();

    // IPv6 is best effort when the machine has no ::1. But if another program listens on our
    // port on ::1, an agent whose "localhost" resolves to ::1 would send it session ids, so
    // that is an error like a taken IPv4 port.
    m_ipv6Listener = new HttpListener(dispatch, this);
    if (!m_ipv6Listener->listen(QHostAddress::LocalHostIPv6, port)) {
        const bool taken = m_ipv6Listener->serverError() == QAbstractSocket::AddressInUseError;
        const QString reason = m_ipv6Listener->errorString();
        delete m_ipv6Listener;
        m_ipv6Listener = nullptr;
        if (taken) {
            delete m_ipv4Listener;
            m_ipv4Listener = nullptr;
            // A port the system picked may be free on 127.0.0.1 only by chance; pick again.
            if (options.port == 0 && m_freePortAttempts++ < 8)
                return listen(options);
            return Error{u"PORT_IN_USE"_s,
                         u"Port %1 on [::1] is already in use by another program. Stop that program or choose "
                         "another port with --port or the api/port setting."_s.arg(port)};
        }
        qCInfo(lcServer) << "Serving IPv4 only; could not listen on [::1] port" << port << ":" << reason;
    }

    if (!options.localSocketPath.isEmpty()) {
        if (Result<void> local = listenLocal(options.localSocketPath); !local) {
            closeListeners();
            return local;
        }
    }

    m_options = options;
    m_freePortAttempts = 0;

    auto settings = std::make_shared<HttpConnection::Settings>();
    settings->limits = HttpRequestParser::Limits{options.maxHeaderBytes, options.maxBodyBytes};
    settings->headerTimeoutMs = options.headerTimeoutMs;
    settings->idleTimeoutMs = options.idleTimeoutMs;
    settings->bodyTimeoutMs = options.bodyTimeoutMs;
    settings->maxConnections = options.maxConnections;
    settings->port = port;
    settings->hostPolicy = LoopbackHostPolicy(port, m_ipv6Listener != nullptr);
    settings->localSocketHostPolicy = LoopbackHostPolicy::forLocalSocket(port);
    settings->allowedOrigins = options.allowedOrigins;
    settings->router = m_router ? m_router : std::make_shared<const Router>();
    settings->streamHeartbeatMs = options.streamHeartbeatMs;
    m_streamLimiter = std::make_shared<StreamLimiter>(options.maxStreams, options.maxStreamsPerAgent);
    settings->streamLimiter = m_streamLimiter;

    {
        QMutexLocker locker(&m_workersMutex);
        for (int i = 0; i < options.workerThreads; ++i) {
            Worker entry;
            entry.thread = new QThread();
            entry.thread->setObjectName(u"securecontext-api-%1"_s.arg(i + 1));
            entry.worker = new HttpWorker(settings, m_openConnections);
            entry.worker->moveToThread(entry.thread);
            entry.thread->start();
            m_workers.push_back(entry);
        }
    }

    qCInfo(lcServer) << "API listening on" << listenAddresses() << "port" << port << "with"
                     << options.workerThreads << "worker threads";
    if (m_localListener)
        qCInfo(lcServer) << "API listening on the local socket" << localSocketPath();
    return {};
}

Result<void> HttpServer::listenLocal(const QString &path)
{
    m_localListener = new LocalSocketListener([this](qintptr descriptor) { dispatchConnection(descriptor, true); }, this);
    Result<void> listening = m_localListener->listenAt(path);
    if (!listening) {
        delete m_localListener;
        m_localListener = nullptr;
    }
    return listening;
}

void HttpServer::closeListeners()
{
    delete m_ipv4Listener;
    m_ipv4Listener = nullptr;
    delete m_ipv6Listener;
    m_ipv6Listener = nullptr;
    // QLocalServer removes its socket file when it closes.
    delete m_localListener;
    m_localListener = nullptr;
}

void HttpServer::dispatchConnection(qintptr socketDescriptor, bool localSocket)
{
    // Reserve a place before handing the socket over, so that a burst of connections cannot
    // pass the limit while workers are still adopting earlier ones.
    const int openBefore = m_openConnections->fetch_add(1, std::memory_order_relaxed);
    const bool overLimit = openBefore >= m_options.maxConnections;
    if (overLimit)
        m_openConnections->fetch_sub(1, std::memory_order_relaxed);

    HttpWorker *worker = m_workers[m_nextWorker].worker;
    m_nextWorker = (m_nextWorker + 1) % m_workers.size();

    const auto transport = localSocket ? HttpConnection::Transport::LocalSocket : HttpConnection::Transport::Tcp;
    QMetaObject::invokeMethod(
        worker, [worker, socketDescriptor, overLimit, transport] {
            worker->adoptConnection(socketDescriptor, overLimit, transport);
        },
        Qt::QueuedConnection);
}

void HttpServer::close()
{
    if (!isListening())
        return;

    // Stop accepting first, so that no adoption is queued behind the shutdown call below.
    closeListeners();

    // The shutdown call quits the thread itself: a quit() from here could end the event loop
    // before earlier queued adoptions ran, leaking their descriptors.
    for (const Worker &entry : m_workers) {
        HttpWorker *worker = entry.worker;
        QMetaObject::invokeMethod(
            worker, [worker] {
                worker->shutdown();
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
    }

    QMutexLocker locker(&m_workersMutex);
    for (const Worker &entry : m_workers) {
        entry.thread->wait();

        Stats final = entry.worker->stats();
        final.openConnections = 0;
        m_stoppedWorkersStats += final;

        // The thread has finished, so deleting its objects from here is safe.
        delete entry.worker;
        delete entry.thread;
    }
    m_workers.clear();
    m_nextWorker = 0;

    qCInfo(lcServer) << "API server stopped";
}

bool HttpServer::isListening() const
{
    return m_ipv4Listener != nullptr;
}

quint16 HttpServer::serverPort() const
{
    return m_ipv4Listener ? m_ipv4Listener->serverPort() : 0;
}

QString HttpServer::localSocketPath() const
{
    return m_localListener ? m_localListener->fullServerName() : QString();
}

int HttpServer::openStreams() const
{
    return m_streamLimiter ? m_streamLimiter->openStreams() : 0;
}

QList<QHostAddress> HttpServer::listenAddresses() const
{
    QList<QHostAddress> addresses;
    if (m_ipv4Listener)
        addresses.append(m_ipv4Listener->serverAddress());
    if (m_ipv6Listener)
        addresses.append(m_ipv6Listener->serverAddress());
    return addresses;
}

HttpServer::Stats HttpServer::stats() const
{
    QMutexLocker locker(&m_workersMutex);
    Stats total = m_stoppedWorkersStats;
    for (const Worker &entry : m_workers)
        total += entry.worker->stats();
    return total;
}
