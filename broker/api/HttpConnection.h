#pragma once

#include "api/HttpRequestParser.h"
#include "api/HttpResponse.h"
#include "api/LoopbackHostPolicy.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>

class HttpCounters;
class QTcpSocket;
class ResponseChannel;
class Router;

// One client connection, living on a worker thread. It parses requests, rejects those whose
// Host header is not ours, hands the rest to the router and writes the responses in request
// order. It closes connections whose header block is not complete within the header deadline
// and keep-alive connections that stay idle too long.
//
// A server-initiated close after a final response is a lingering close: the connection shuts
// down its sending side and discards input for a short time before closing. Closing at once
// while the client is still sending (an oversized upload, a pipelined burst) makes the kernel
// send a reset, and the client may lose the response that explains the close.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
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
        QList<QByteArray> allowedOrigins;
        std::shared_ptr<const Router> router;
    };

    // Takes ownership of `socket`, which must be connected.
    HttpConnection(quint64 id, QTcpSocket *socket, std::shared_ptr<const Settings> settings,
                   std::shared_ptr<ResponseChannel> channel, HttpCounters &counters,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    quint64 id() const { return m_id; }

    // Starts reading requests.
    void start();

    // Sends `response` without reading any request, then closes. Used above the connection
    // limit.
    void reject(const HttpResponse &response);

    // Stores the response to request `sequence` and writes every response that is now due.
    // Ignores a sequence that is unknown or already has a response.
    void completeRequest(quint64 sequence, HttpResponse response);

    // Hands every response already written to the socket over to the operating system
    // without blocking, so a server that stops right after answering (the OAuth callback of
    // `securecontextd --connect`) does not lose the page it sent.
    void flushOutput();

Q_SIGNALS:
    // Emitted once, when the connection has closed. The owner deletes it afterwards.
    void finished(quint64 id);

private:
    enum class State {
        Open,      // Reading requests.
        Closing,   // No more requests read. Pending responses go out, and the last one closes.
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
    QTcpSocket *const m_socket;
    const std::shared_ptr<const Settings> m_settings;
    const std::shared_ptr<ResponseChannel> m_channel;
    HttpCounters &m_counters;
    const QHostAddress m_peerAddress;

    State m_state = State::Open;
    HttpRequestParser m_parser;
    std::deque<PendingResponse> m_pending;
    quint64 m_nextSequence = 1;

    QTimer m_headerTimer;
    QTimer m_idleTimer;
    QTimer m_closeTimer;
    quint64 m_headerTimerRequest = 0;
    QTimer m_bodyTimer;
    quint64 m_bodyTimerRequest = 0;
    bool m_sendingShutDown = false;
};
