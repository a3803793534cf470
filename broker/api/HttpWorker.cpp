#include "api/HttpWorker.h"

#include "api/ApiReply.h"
#include "api/EventStream.h"
#include "api/ResponseChannel.h"

#include <QLocalSocket>
#include <QLoggingCategory>
#include <QTcpSocket>

#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWorker, "securecontext.api.worker")

HttpWorker::HttpWorker(std::shared_ptr<const HttpConnection::Settings> settings,
                       std::shared_ptr<std::atomic<int>> openConnections, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_openConnections(std::move(openConnections))
    , m_channel(std::make_shared<ResponseChannel>(this, m_settings->streamLimiter))
{
}

HttpWorker::~HttpWorker()
{
    m_channel->detach();
    shutdown();
}

void HttpWorker::adoptConnection(qintptr socketDescriptor, bool overLimit, HttpConnection::Transport transport)
{
    QIODevice *socket = nullptr;
    bool adopted = false;
    if (transport == HttpConnection::Transport::LocalSocket) {
        auto *localSocket = new QLocalSocket();
        adopted = localSocket->setSocketDescriptor(socketDescriptor);
        socket = localSocket;
    } else {
        auto *tcpSocket = new QTcpSocket();
        adopted = tcpSocket->setSocketDescriptor(socketDescriptor);
        socket = tcpSocket;
    }
    if (!adopted) {
        // TODO: the descriptor stays open when Qt cannot read its addresses — close it with
        // the platform's close() or closesocket().
        qCWarning(lcWorker) << "Could not adopt an accepted socket:" << socket->errorString();
        delete socket;
        if (!overLimit)
            m_openConnections->fetch_sub(1, std::memory_order_relaxed);
        return;
    }

    // At the limit, a connection that has not finished a request header for a second gives
    // way to the new one, so slow clients cannot keep agents out for a whole header deadline.
    if (overLimit && evictStalledConnection()) {
        m_openConnections->fetch_add(1, std::memory_order_relaxed);
        overLimit = false;
    }

    const quint64 id = m_nextConnectionId++;
    auto *connection = new HttpConnection(id, socket, transport, m_settings, m_channel, m_counters, this);
    connect(connection, &HttpConnection::finished, this, &HttpWorker::removeConnection);
    m_connections.insert(id, Entry{connection, !overLimit});

    if (overLimit) {
        logRejectedConnection();
        HttpResponse response = ApiReply::error(
            503, u"TOO_MANY_CONNECTIONS"_s,
            u"The server has reached its limit of %1 open connections; retry later."_s.arg(
                m_settings->maxConnections));
        response.setHeader("Retry-After", "1");
        connection->reject(response);
        return;
    }

    connection->start();
}

bool HttpWorker::evictStalledConnection()
{
    constexpr qint64 StalledAfterMs = 1000;

    HttpConnection *oldest = nullptr;
    for (const Entry &entry : std::as_const(m_connections)) {
        if (!entry.holdsPlace || !entry.connection->isStalledBeforeFirstRequest(StalledAfterMs))
            continue;
        if (!oldest || entry.connection->id() < oldest->id())
            oldest = entry.connection;
    }
    if (!oldest)
        return false;

    // evict() emits finished(), and removeConnection() gives its place back.
    oldest->evict();
    return true;
}

// Logs at most one warning per interval, with the number of rejections since the last one,
// because a client that floods the server would otherwise flood the log as well.
void HttpWorker::logRejectedConnection()
{
    ++m_rejectedSinceLog;
    if (m_rejectLogTimer.isValid() && m_rejectLogTimer.elapsed() < RejectLogIntervalMs)
        return;

    qCWarning(lcWorker) << "Rejected" << m_rejectedSinceLog << "connection(s): limit of"
                        << m_settings->maxConnections << "open connections reached";
    m_rejectedSinceLog = 0;
    m_rejectLogTimer.start();
}

void HttpWorker::deliverResponse(quint64 connectionId, quint64 sequence, HttpResponse response)
{
    const auto entry = m_connections.constFind(connectionId);
    if (entry == m_connections.cend()) {
        qCDebug(lcWorker) << "Dropped a response for closed connection" << connectionId;
        return;
    }
    entry->connection->completeRequest(sequence, std::move(response));
}

void HttpWorker::deliverStreamStart(quint64 connectionId, quint64 sequence, HttpResponse head,
                                    std::shared_ptr<EventStream> stream)
{
    const auto entry = m_connections.constFind(connectionId);
    if (entry == m_connections.cend()) {
        stream->markClosed();
        return;
    }
    entry->connection->startStream(sequence, std::move(head), std::move(stream));
}

void HttpWorker::deliverStreamChunk(quint64 connectionId, QByteArray chunk, bool end)
{
    const auto entry = m_connections.constFind(connectionId);
    if (entry != m_connections.cend())
        entry->connection->writeStreamChunk(std::move(chunk), end);
}

void HttpWorker::removeConnection(quint64 id)
{
    const Entry entry = m_connections.take(id);
    if (!entry.connection)
        return;

    if (entry.holdsPlace)
        m_openConnections->fetch_sub(1, std::memory_order_relaxed);
    entry.connection->deleteLater();
}

void HttpWorker::shutdown()
{
    m_channel->detach();

    const QHash<quint64, Entry> entries = std::exchange(m_connections, {});
    for (const Entry &entry : entries) {
        entry.connection->disconnect(this);
        entry.connection->flushOutput();
        delete entry.connection;
        if (entry.holdsPlace)
            m_openConnections->fetch_sub(1, std::memory_order_relaxed);
    }
}

HttpStats HttpWorker::stats() const
{
    return m_counters.snapshot();
}
