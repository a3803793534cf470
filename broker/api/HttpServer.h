#pragma once

#include "api/HttpStats.h"
#include "core/Result.h"

#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

class HttpListener;
class HttpWorker;
class LocalSocketListener;
class QThread;
class Router;
class StreamLimiter;

// The HTTP/1.1 server of the local API. It listens on 127.0.0.1, and on [::1] when IPv6 is
// available, never on a wildcard address, and optionally on a user-only local socket. Requests
// on the local socket go through the same parser, limits, workers and router. The thread that calls listen() only accepts
// connections. It hands each accepted socket descriptor to one of N worker threads in turn,
// and that worker owns the connection from then on: parsing, routing, handlers and writes run
// there.
//
// Use it from one thread (the one that owns it), except stats(), which any thread may call.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // 0 picks a free port; serverPort() returns it.
        quint16 port = 0;
        int workerThreads = 2;
        // Maximum number of open connections. Further connections get 503 TOO_MANY_CONNECTIONS.
        int maxConnections = 512;
        // Maximum size in bytes of the request line plus header fields. Larger ones get 431.
        int maxHeaderBytes = 16 * 1024;
        // Maximum size in bytes of a request body after chunked decoding. Larger ones get 413.
        qint64 maxBodyBytes = 1024 * 1024;
        // Time from the first byte of a request until its header block must be complete. A new
        // connection must also send its first byte within this time.
        int headerTimeoutMs = 10000;
        // Time from the end of a request's header block until its body must be complete, so
        // a client that trickles a body cannot hold a connection slot for ever.
        int bodyTimeoutMs = 30000;
        // Time a keep-alive connection may wait for its next request.
        int idleTimeoutMs = 60000;
        // Browser origins (e.g. "http://127.0.0.1:3000") whose requests are served. A request
        // with any other Origin header gets 403, so a web page cannot use the API through the
        // user's browser. Empty by default.
        QList<QByteArray> allowedOrigins;
        // Path of the local socket (a pipe name on Windows), or empty for none. See
        // LocalSocketListener::listenAt() for what happens at an existing path.
        QString localSocketPath;
        // Maximum number of open event streams, in total and per agent. Further streams are
        // refused with TOO_MANY_STREAMS, which handlers send as 429.
        int maxStreams = 64;
        int maxStreamsPerAgent = 8;
        // Interval of the comment line that keeps an idle event stream alive.
        int streamHeartbeatMs = 15000;
    };

    using Stats = HttpStats;

    explicit HttpServer(QObject *parent = nullptr);

    // Stops the server and joins the worker threads.
    ~HttpServer() override;

    // Sets the route table. Call it before listen(). A server without a router responds with
    // 404 to every request.
    void setRouter(std::shared_ptr<const Router> router);

    // Binds 127.0.0.1 and starts the workers. Fails with PORT_IN_USE when the port is taken,
    // LISTEN_FAILED for other bind errors, ALREADY_LISTENING, or INVALID_OPTIONS. Also binds
    // [::1] on the same port when it can. Without it, the server runs on IPv4 alone. With a
    // localSocketPath, also listens there and fails with the errors of
    // LocalSocketListener::listenAt() (SOCKET_IN_USE when another broker serves it).
    Result<void> listen(const Options &options);

    // Stops accepting, closes every connection and joins the worker threads. Responses sent
    // after this are dropped. A handler that blocks its worker thread until this thread does
    // something makes close() wait forever.
    void close();

    bool isListening() const;
    quint16 serverPort() const;

    // The addresses bound: 127.0.0.1, and ::1 when IPv6 is available.
    QList<QHostAddress> listenAddresses() const;

    // The full path (or pipe name) of the local socket, or empty when there is none.
    QString localSocketPath() const;

    // Event streams open now. Any thread.
    int openStreams() const;

    // Counters summed over the workers, including those of earlier listen() runs. Any thread.
    Stats stats() const;

private:
    int m_freePortAttempts = 0;
    void dispatchConnection(qintptr socketDescriptor, bool localSocket);
    Result<void> validate(const Options &options) const;
    Result<void> listenLocal(const QString &path);
    void closeListeners();

    struct Worker
    {
        QThread *thread = nullptr;
        HttpWorker *worker = nullptr;
    };

    std::shared_ptr<const Router> m_router;
    Options m_options;
    HttpListener *m_ipv4Listener = nullptr;
    HttpListener *m_ipv6Listener = nullptr;
    LocalSocketListener *m_localListener = nullptr;
    std::shared_ptr<StreamLimiter> m_streamLimiter;
    std::shared_ptr<std::atomic<int>> m_openConnections;
    std::size_t m_nextWorker = 0;

    mutable QMutex m_workersMutex;
    std::vector<Worker> m_workers;
    Stats m_stoppedWorkersStats;
};
