#pragma once

#include "api/HttpRequestParser.h"
#include "api/HttpResponse.h"
#include "api/LoopbackHostPolicy.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>

class EventStream;
class HttpCounters;
class QIODevice;
class QLocalSocket;
class QTcpSocket;
class ResponseChannel;
class Router;
class StreamLimiter;

// One client connection, living on a worker thread. It parses requests, rejects those whose
// Host header is not ours, hands the rest to the router and writes the responses in request
// order. It closes connections whose header block is not complete within the header deadline
// and keep-alive connections that stay idle too long.
//
// A server-initiated close after a final response is a lingering close: the connection shuts
// down its sending side and discards input for a short time before closing. Closing at once
// while the client is still sending (an oversized upload, a pipelined burst) makes the kernel
// send a reset, and the client may lose the response that explains the close.
//
// A response started with Responder::startStream() turns the connection into an event stream:
// the header block goes out without Content-Length, and later chunks follow as the handler
// sends them. A comment line keeps it alive every streamHeartbeatMs. The body ends when the
// connection closes, and no further requests are served on it.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    enum class Transport {
        Tcp,
        LocalSocket, // a QLocalSocket: Unix domain socket or Windows named pipe
    };

    // Settings shared by every connection of one server. Immutable while the server listens.
    struct Settings
    {
        HttpRequestParser::Limits limits;
        int headerTimeoutMs = 10000;
        int idleTimeoutMs = 60000;
        int bodyTimeoutMs = 30000;
        int maxConnections = 512;
        quint16 port = 0;
        LoopbackHostPolicy hostPolicy;
        // The Host values accepted on the local socket.
        LoopbackHostPolicy localSocketHostPolicy;
        QList<QByteArray> allowedOrigins;
        std::shared_ptr<const Router> router;
        // Interval of the comment line sent on idle event streams, so that the client and
        // anything in between see a live connection and a vanished client is noticed.
        int streamHeartbeatMs = 15000;
        std::shared_ptr<StreamLimiter> streamLimiter;
    };

    // Takes ownership of `socket`, which must be connected: a QTcpSocket for Transport::Tcp,
    // a QLocalSocket for Transport::LocalSocket.
    HttpConnection(quint64 id, QIODevice *socket, Transport transport, std::shared_ptr<const Settings> settings,
                   std::shared_ptr<ResponseChannel> channel, HttpCounters &counters,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    quint64 id() const { return m_id; }

    // Starts reading requests.
    void start();

    // Sends `response` without reading any request, then closes. Used above the connection
    // limit.
    void reject(const HttpResponse &response);

    // True when the connection has been open for `minAgeMs` and has not yet sent a complete
    // request header: what a slowloris attack holds open.
    bool isStalledBeforeFirstRequest(qint64 minAgeMs) const;

    // Closes the connection at once, without a response, to free its place.
    void evict();

    // Stores the response to request `sequence` and writes every response that is now due.
    // Ignores a sequence that is unknown or already has a response.
    void completeRequest(quint64 sequence, HttpResponse response);

    // Stores `head` as the response to request `sequence` and turns the connection into an
    // event stream once that response is due. Marks `stream` closed when the request is
    // unknown, already has a response, or the connection is closing.
    void startStream(quint64 sequence, HttpResponse head, std::shared_ptr<EventStream> stream);

    // Writes event stream bytes, or keeps them until the stream's header block is written.
    // With `end`, the stream closes after them.
    void writeStreamChunk(QByteArray chunk, bool end);

    // Hands every response already written to the socket over to the operating system
    // without blocking, so a server that stops right after answering (the OAuth callback of
    // `securecontextd --connect`) does not lose the page it sent.
    void flushOutput();

Q_SIGNALS:
    // Emitted once, when the connection has closed. The owner deletes it afterwards.
    void finished(quint64 id);

private:
    // Response bytes the client has not read yet, beyond which the connection stops reading
    // requests and an event stream ends.
    static constexpr qint64 MaxUnsentResponseBytes = 1024 * 1024;

    // Nanoseconds on the steady clock, for request latencies.
    static qint64 steadyNowNs();

    enum class State {
        Open,      // Reading requests.
        Closing,   // No more requests read. Pending responses go out, and the last one closes.
        Streaming, // Event stream header written. Chunks go out as they come; input is discarded.
        Lingering, // Final response written. Input is discarded until the client closes.
        Finished,
    };

    struct PendingResponse
    {
        quint64 sequence = 0;
        bool keepAlive = true;
        bool head = false;
        bool closeAfter = false;
        bool forRequest = true;
        // steady_clock time in nanoseconds when the request was parsed, for the latency histogram.
        qint64 parsedAtNs = 0;
        std::optional<HttpResponse> response;
        // Set when `response` is the header block of an event stream.
        std::shared_ptr<EventStream> stream;
    };

    void process();
    void readRequests();
    void takeParsedRequests();
    void handleRequest(HttpRequest request);
    void respondWithError(int status, const QString &code, const QString &message);
    void handleParseFailure();
    void sendContinueIfExpected();
    void writeDueResponses();
    void updateTimers();
    bool canReadMoreInput() const;
    const LoopbackHostPolicy &hostPolicy() const;

    void beginStreaming(PendingResponse slot);
    void writeToStream(const QByteArray &bytes);
    void endStream();
    void onHeartbeat();

    qintptr socketDescriptor() const;
    void abortSocket();
    void disconnectSocket();

    void beginLingeringClose();
    void shutdownSending();
    void discardInput();
    void abortConnection();
    void finish();

    void onReadyRead();
    void onBytesWritten();
    void onHeaderTimeout();
    void onIdleTimeout();
    void onBodyTimeout();
    void onCloseTimeout();

    const quint64 m_id;
    QIODevice *const m_socket;
    // The same object as m_socket, for the calls QIODevice lacks; exactly one is set.
    QTcpSocket *const m_tcpSocket;
    QLocalSocket *const m_localSocket;
    const std::shared_ptr<const Settings> m_settings;
    const std::shared_ptr<ResponseChannel> m_channel;
    HttpCounters &m_counters;
    // Empty for the local socket.
    const QHostAddress m_peerAddress;
    // The peer for log lines: an address or "local socket".
    const QString m_peerName;

    State m_state = State::Open;
    HttpRequestParser m_parser;
    std::deque<PendingResponse> m_pending;
    quint64 m_nextSequence = 1;
    QElapsedTimer m_age;

    QTimer m_headerTimer;
    QTimer m_idleTimer;
    QTimer m_closeTimer;
    quint64 m_headerTimerRequest = 0;
    QTimer m_bodyTimer;
    quint64 m_bodyTimerRequest = 0;
    bool m_sendingShutDown = false;

    // The connection's event stream, from startStream() until the connection is deleted.
    std::shared_ptr<EventStream> m_stream;
    // Chunks that arrived before the stream's header block was due, and whether the handler
    // already ended the stream.
    QByteArray m_streamBacklog;
    bool m_streamEndRequested = false;
    QTimer m_heartbeatTimer;
};
