#pragma once

#include "api/HttpConnection.h"
#include "api/HttpCounters.h"
#include "api/HttpResponse.h"
#include "api/HttpStats.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>

class EventStream;
class ResponseChannel;

// The owner of the connections of one worker thread. The server moves it to its thread and
// calls adoptConnection(), deliverResponse() and shutdown() there through queued calls. Only
// stats() may be called from other threads.
class HttpWorker : public QObject
{
    Q_OBJECT

public:
    // `openConnections` is the server-wide count that enforces maxConnections. The worker
    // releases a connection's place in it when the connection closes.
    HttpWorker(std::shared_ptr<const HttpConnection::Settings> settings,
               std::shared_ptr<std::atomic<int>> openConnections, QObject *parent = nullptr);
    ~HttpWorker() override;

    // Creates the socket for an accepted descriptor on this thread: a QTcpSocket, or a
    // QLocalSocket for the local socket. With `overLimit` the connection gets 503
    // TOO_MANY_CONNECTIONS and is closed, and does not count toward the limit.
    void adoptConnection(qintptr socketDescriptor, bool overLimit,
                         HttpConnection::Transport transport = HttpConnection::Transport::Tcp);

    // Passes a handler's response to its connection, or drops it if the connection has closed.
    void deliverResponse(quint64 connectionId, quint64 sequence, HttpResponse response);

    // Pass an event stream's start and body to its connection. A stream whose connection has
    // closed is marked closed, and its chunks are dropped.
    void deliverStreamStart(quint64 connectionId, quint64 sequence, HttpResponse head,
                            std::shared_ptr<EventStream> stream);
    void deliverStreamChunk(quint64 connectionId, QByteArray chunk, bool end);

    // Closes every connection and stops response delivery. The last call before the thread ends.
    void shutdown();

    HttpStats stats() const;

private:
    struct Entry
    {
        HttpConnection *connection = nullptr;
        bool holdsPlace = false;
    };

    void removeConnection(quint64 id);
    void logRejectedConnection();
    // Closes the oldest connection of this worker that has sent no complete request for a
    // while, and returns whether there was one.
    bool evictStalledConnection();

    static constexpr qint64 RejectLogIntervalMs = 10000;

    const std::shared_ptr<const HttpConnection::Settings> m_settings;
    const std::shared_ptr<std::atomic<int>> m_openConnections;
    const std::shared_ptr<ResponseChannel> m_channel;
    HttpCounters m_counters;
    QHash<quint64, Entry> m_connections;
    quint64 m_nextConnectionId = 1;
    QElapsedTimer m_rejectLogTimer;
    int m_rejectedSinceLog = 0;
};
