#include "api/HttpConnection.h"

#include "api/ApiReply.h"
#include "api/EventStream.h"
#include "api/HttpCounters.h"
#include "api/Responder.h"
#include "api/Router.h"

#include <QElapsedTimer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QTcpSocket>

#include <chrono>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcConnection, "securecontext.api.connection")

namespace {

// Bytes handed to the parser at a time. Reading in slices lets an oversized header block fail
// after about one slice instead of after everything the client sent.
constexpr qint64 ReadChunkBytes = 16 * 1024;

// Bound of the socket's user-space read buffer. When it is full, Qt stops reading from the
// kernel and TCP flow control slows the client down.
constexpr qint64 SocketReadBufferBytes = 64 * 1024;

// Requests read ahead of their responses. Beyond this, and while the client is not reading
// its responses, the connection stops reading requests.
constexpr std::size_t MaxRequestsInFlight = 32;

// Maximum duration of a lingering close, and of a graceful close that cannot flush its output.
// Discarding input costs little, so there is no byte limit: a client that sends a large upload
// at full speed still reads the response, and one that never stops is cut off by this timeout.
constexpr int CloseTimeoutMs = 2000;

constexpr QByteArrayView ContinueResponse = "HTTP/1.1 100 Continue\r\n\r\n";

// Rejections are what an attack produces by the thousand, so each worker thread logs at most
// one line per interval and counts the rest into the next line it logs.
constexpr qint64 RejectionLogIntervalMs = 10000;

// Returns true when a rejection may be logged now, with `suppressed` set to the number of
// rejections left out since the last logged one.
bool mayLogRejection(quint64 &suppressed)
{
    thread_local QElapsedTimer lastLogged;
    thread_local quint64 skipped = 0;
    if (lastLogged.isValid() && lastLogged.elapsed() < RejectionLogIntervalMs) {
        ++skipped;
        return false;
    }
    lastLogged.start();
    suppressed = std::exchange(skipped, 0);
    return true;
}

} // namespace

qint64 HttpConnection::steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

HttpConnection::HttpConnection(quint64 id, QIODevice *socket, Transport transport,
                               std::shared_ptr<const Settings> settings,
                               std::shared_ptr<ResponseChannel> channel, HttpCounters &counters,
                               QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_socket(socket)
    , m_tcpSocket(transport == Transport::Tcp ? qobject_cast<QTcpSocket *>(socket) : nullptr)
    , m_localSocket(transport == Transport::LocalSocket ? qobject_cast<QLocalSocket *>(socket) : nullptr)
    , m_settings(std::move(settings))
    , m_channel(std::move(channel))
    , m_counters(counters)
    , m_peerAddress(m_tcpSocket ? m_tcpSocket->peerAddress() : QHostAddress())
    , m_peerName(m_tcpSocket ? m_peerAddress.toString() : u"local socket"_s)
    , m_parser(m_settings->limits)
{
    m_age.start();
    Q_ASSERT(m_tcpSocket || m_localSocket);
    m_socket->setParent(this);

    if (m_tcpSocket) {
        m_tcpSocket->setReadBufferSize(SocketReadBufferBytes);
        // Responses are small and complete when written, so Nagle's algorithm would only add delay.
        m_tcpSocket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(m_tcpSocket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    } else {
        m_localSocket->setReadBufferSize(SocketReadBufferBytes);
        connect(m_localSocket, &QLocalSocket::disconnected, this, &HttpConnection::finish);
    }

    m_headerTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    m_bodyTimer.setSingleShot(true);
    m_closeTimer.setSingleShot(true);

    connect(m_socket, &QIODevice::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QIODevice::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(&m_headerTimer, &QTimer::timeout, this, &HttpConnection::onHeaderTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpConnection::onIdleTimeout);
    connect(&m_bodyTimer, &QTimer::timeout, this, &HttpConnection::onBodyTimeout);
    connect(&m_closeTimer, &QTimer::timeout, this, &HttpConnection::onCloseTimeout);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &HttpConnection::onHeartbeat);

    m_counters.connectionOpened();
}

HttpConnection::~HttpConnection()
{
    // Delete the socket here, while this object is still whole, so that no signal it emits on
    // the way out reaches a half-destroyed connection.
    m_socket->disconnect(this);
    delete m_socket;
    m_counters.connectionClosed();

    if (m_stream)
        m_stream->markClosed();
}

void HttpConnection::start()
{
    qCDebug(lcConnection) << "Connection" << m_id << "opened from" << m_peerName;
    process();
}

void HttpConnection::reject(const HttpResponse &response)
{
    PendingResponse slot;
    slot.sequence = m_nextSequence++;
    slot.keepAlive = false;
    slot.closeAfter = true;
    slot.forRequest = false;
    slot.response = response;
    m_pending.push_back(std::move(slot));

    m_state = State::Closing;
    writeDueResponses();
}

void HttpConnection::completeRequest(quint64 sequence, HttpResponse response)
{
    if (m_state == State::Lingering || m_state == State::Finished)
        return;
    if (m_pending.empty() || sequence < m_pending.front().sequence)
        return;

    const quint64 index = sequence - m_pending.front().sequence;
    if (index >= m_pending.size())
        return;

    PendingResponse &slot = m_pending[static_cast<std::size_t>(index)];
    if (slot.response)
        return;
    slot.response = std::move(response);

    process();
}

void HttpConnection::process()
{
    if (m_state == State::Open)
        readRequests();
    writeDueResponses();
    sendContinueIfExpected();
    updateTimers();
}

bool HttpConnection::canReadMoreInput() const
{
    return m_state == State::Open && m_pending.size() < MaxRequestsInFlight
        && m_socket->bytesToWrite() < MaxUnsentResponseBytes;
}

void HttpConnection::readRequests()
{
    while (canReadMoreInput()) {
        const QByteArray chunk = m_socket->read(ReadChunkBytes);
        if (chunk.isEmpty())
            break;

        m_parser.feed(chunk);
        takeParsedRequests();
    }
}

void HttpConnection::takeParsedRequests()
{
    // A request that closes the connection ends reading, and requests parsed after it in the
    // same read are dropped.
    while (m_state == State::Open && m_parser.hasRequest())
        handleRequest(m_parser.takeRequest());

    if (m_state == State::Open && m_parser.hasFailed())
        handleParseFailure();
}

void HttpConnection::handleRequest(HttpRequest request)
{
    PendingResponse slot;
    slot.sequence = m_nextSequence++;
    slot.keepAlive = request.keepAlive;
    slot.head = request.method == "HEAD";
    slot.parsedAtNs = steadyNowNs();
    m_pending.push_back(std::move(slot));

    if (!request.keepAlive)
        m_state = State::Closing;

    request.peerAddress = m_peerAddress;
    request.viaLocalSocket = m_localSocket != nullptr;

    // The Host check comes before routing so that no handler ever receives a rebound request.
    if (!request.headers.contains("host")) {
        respondWithError(400, u"MISSING_HOST_HEADER"_s,
                         m_localSocket ? u"The request has no Host header. Send Host: localhost."_s
                                       : u"The request has no Host header. Send Host: 127.0.0.1:%1."_s.arg(m_settings->port));
        return;
    }
    if (!hostPolicy().accepts(request.header("host"))) {
        if (quint64 suppressed = 0; mayLogRejection(suppressed)) {
            qCInfo(lcConnection) << "Rejected a request with a foreign Host header on connection" << m_id
                                 << "from" << m_peerName << "and" << suppressed << "other rejections before it";
        }
        respondWithError(421, u"MISDIRECTED_REQUEST"_s,
                         m_localSocket
                             ? u"On the local socket this server only serves requests with Host localhost."_s
                             : u"This server only serves requests with Host 127.0.0.1:%1 or localhost:%1."_s.arg(m_settings->port));
        return;
    }

    // Browsers send Origin on cross-origin requests, including CORS preflights; agents do
    // not. No CORS header is ever sent, so even an allowed origin cannot read a reply unless
    // the operator adds it here on purpose.
    if (request.headers.contains("origin") && !m_settings->allowedOrigins.contains(request.header("origin"))) {
        if (quint64 suppressed = 0; mayLogRejection(suppressed)) {
            qCInfo(lcConnection) << "Rejected a browser request from a foreign origin on connection" << m_id
                                 << "and" << suppressed << "other rejections before it";
        }
        respondWithError(403, u"ORIGIN_NOT_ALLOWED"_s,
                         u"Requests from web pages are not accepted. Agents send no Origin header."_s);
        return;
    }

    const quint64 sequence = m_pending.back().sequence;
    m_settings->router->dispatch(std::move(request), Responder(m_channel, m_id, sequence));
}

const LoopbackHostPolicy &HttpConnection::hostPolicy() const
{
    return m_localSocket ? m_settings->localSocketHostPolicy : m_settings->hostPolicy;
}

// Responds to the newest request with an error and closes the connection after it, because
// a client that got the Host wrong has no business sending more requests on this connection.
void HttpConnection::respondWithError(int status, const QString &code, const QString &message)
{
    PendingResponse &slot = m_pending.back();
    slot.closeAfter = true;
    slot.response = ApiReply::error(status, code, message);
    m_state = State::Closing;
}

void HttpConnection::handleParseFailure()
{
    const HttpRequestParser::Failure &failure = m_parser.failure();
    if (quint64 suppressed = 0; mayLogRejection(suppressed)) {
        qCInfo(lcConnection) << "Rejected unparsable input on connection" << m_id << "from" << m_peerName
                             << "with" << failure.status << failure.error.code << "and" << suppressed
                             << "other rejections before it";
    }

    PendingResponse slot;
    slot.sequence = m_nextSequence++;
    slot.keepAlive = false;
    slot.closeAfter = true;
    slot.forRequest = false;
    slot.response = ApiReply::error(failure.status, failure.error.code, failure.error.message);
    m_pending.push_back(std::move(slot));

    m_state = State::Closing;
}

// Sends the interim 100 response only when no earlier response is outstanding, because it
// must not land in the middle of the responses to pipelined requests. Otherwise the client
// sends its body after its own wait (RFC 9110 section 10.1.1).
void HttpConnection::sendContinueIfExpected()
{
    if (m_state != State::Open || !m_pending.empty())
        return;
    if (m_parser.takeContinueRequest())
        m_socket->write(ContinueResponse.data(), ContinueResponse.size());
}

void HttpConnection::writeDueResponses()
{
    while ((m_state == State::Open || m_state == State::Closing) && !m_pending.empty()
           && m_pending.front().response) {
        PendingResponse slot = std::move(m_pending.front());
        m_pending.pop_front();

        if (slot.stream) {
            beginStreaming(std::move(slot));
            return;
        }

        const bool last = !slot.keepAlive || slot.closeAfter
            || (m_state == State::Closing && m_pending.empty());
        const auto bodyMode =
            slot.head ? HttpResponse::BodyMode::Omit : HttpResponse::BodyMode::Include;

        m_socket->write(slot.response->serialize(!last, bodyMode));
        m_counters.responseWritten(slot.response->status, slot.forRequest, steadyNowNs() - slot.parsedAtNs);

        if (last) {
            beginLingeringClose();
            return;
        }
    }
}

void HttpConnection::updateTimers()
{
    if (m_state != State::Open) {
        m_headerTimer.stop();
        m_idleTimer.stop();
        m_bodyTimer.stop();
        return;
    }

    // The deadline runs from the first byte of each request, so it restarts when a new
    // request begins even if the previous one was still being read when it was armed.
    if (m_parser.isReadingHeaders()) {
        if (!m_headerTimer.isActive() || m_headerTimerRequest != m_parser.requestsStarted()) {
            m_headerTimerRequest = m_parser.requestsStarted();
            m_headerTimer.start(m_settings->headerTimeoutMs);
        }
    } else {
        m_headerTimer.stop();
    }

    // The body deadline does not restart with each read, unlike the idle timeout, so a
    // body sent one byte at a time still ends within bodyTimeoutMs.
    if (m_parser.isReadingBody()) {
        if (!m_bodyTimer.isActive() || m_bodyTimerRequest != m_parser.requestsStarted()) {
            m_bodyTimerRequest = m_parser.requestsStarted();
            m_bodyTimer.start(m_settings->bodyTimeoutMs);
        }
    } else {
        m_bodyTimer.stop();
    }

    // Idle means the server owes nothing and waits for the client; each read restarts it.
    // Before its first request a connection gets no more than the header timeout, so silent
    // connections cannot hold the connection limit for the whole idle timeout.
    if (m_pending.empty()) {
        const bool awaitingFirstRequest = m_parser.requestsStarted() == 0;
        m_idleTimer.start(awaitingFirstRequest
                              ? qMin(m_settings->headerTimeoutMs, m_settings->idleTimeoutMs)
                              : m_settings->idleTimeoutMs);
    } else {
        m_idleTimer.stop();
    }
}

void HttpConnection::beginLingeringClose()
{
    m_state = State::Lingering;
    m_heartbeatTimer.stop();
    m_headerTimer.stop();
    m_idleTimer.stop();
    m_bodyTimer.stop();
    m_closeTimer.start(CloseTimeoutMs);

    if (m_socket->bytesToWrite() == 0)
        shutdownSending();
    discardInput();
}

// Sends FIN after the queued output, so the client reads the final response and then the end
// of the stream, while this side keeps reading. QAbstractSocket has no half-close,
// so this uses the socket API directly.
void HttpConnection::shutdownSending()
{
    if (m_sendingShutDown || m_state == State::Finished)
        return;
    m_sendingShutDown = true;

#ifdef Q_OS_WIN
    // A named pipe has no half-close; disconnecting sends the queued output first.
    if (m_localSocket) {
        m_localSocket->disconnectFromServer();
        return;
    }
#endif

    const qintptr descriptor = socketDescriptor();
    if (descriptor == -1) {
        finish();
        return;
    }
#ifdef Q_OS_WIN
    ::shutdown(static_cast<SOCKET>(descriptor), SD_SEND);
#else
    ::shutdown(static_cast<int>(descriptor), SHUT_WR);
#endif
}

void HttpConnection::discardInput()
{
    const qint64 available = m_socket->bytesAvailable();
    if (available <= 0)
        return;

    m_socket->skip(available);
}

bool HttpConnection::isStalledBeforeFirstRequest(qint64 minAgeMs) const
{
    return m_state == State::Open && m_nextSequence == 1 && m_age.elapsed() >= minAgeMs;
}

void HttpConnection::evict()
{
    qCDebug(lcConnection) << "Connection" << m_id << "evicted: no complete request after" << m_age.elapsed() << "ms";
    abortConnection();
}

void HttpConnection::abortConnection()
{
    abortSocket();
    finish();
}

qintptr HttpConnection::socketDescriptor() const
{
    return m_tcpSocket ? m_tcpSocket->socketDescriptor() : m_localSocket->socketDescriptor();
}

void HttpConnection::abortSocket()
{
    if (m_tcpSocket)
        m_tcpSocket->abort();
    else
        m_localSocket->abort();
}

void HttpConnection::disconnectSocket()
{
    if (m_tcpSocket)
        m_tcpSocket->disconnectFromHost();
    else
        m_localSocket->disconnectFromServer();
}

void HttpConnection::finish()
{
    if (m_state == State::Finished)
        return;

    m_state = State::Finished;
    m_headerTimer.stop();
    m_idleTimer.stop();
    m_bodyTimer.stop();
    m_closeTimer.stop();
    m_heartbeatTimer.stop();
    if (m_stream)
        m_stream->markClosed();
    qCDebug(lcConnection) << "Connection" << m_id << "closed";
    Q_EMIT finished(m_id);
}

void HttpConnection::onReadyRead()
{
    switch (m_state) {
    case State::Open:
        process();
        return;
    case State::Streaming:
    case State::Lingering:
        discardInput();
        return;
    case State::Closing:
    case State::Finished:
        // Input stays in the bounded socket buffer; no more requests are read.
        return;
    }
}

void HttpConnection::onBytesWritten()
{
    if (m_socket->bytesToWrite() > 0)
        return;

    if (m_state == State::Lingering)
        shutdownSending();
    else if (m_state == State::Open)
        process();
}

void HttpConnection::onBodyTimeout()
{
    if (quint64 suppressed = 0; mayLogRejection(suppressed)) {
        qCInfo(lcConnection) << "Closing connection" << m_id << "from" << m_peerName
                             << ": request body not complete within" << m_settings->bodyTimeoutMs << "ms;"
                             << suppressed << "other rejections before it";
    }

    if (m_pending.empty()) {
        abortConnection();
        return;
    }
    m_state = State::Closing;
    updateTimers();
}

void HttpConnection::onHeaderTimeout()
{
    if (quint64 suppressed = 0; mayLogRejection(suppressed)) {
        qCInfo(lcConnection) << "Closing connection" << m_id << "from" << m_peerName
                             << ": request header block not complete within" << m_settings->headerTimeoutMs
                             << "ms;" << suppressed << "other rejections before it";
    }

    if (m_pending.empty()) {
        abortConnection();
        return;
    }

    // Earlier requests still get their responses; the last of them closes the connection.
    m_state = State::Closing;
    updateTimers();
}

void HttpConnection::onIdleTimeout()
{
    qCDebug(lcConnection) << "Closing idle connection" << m_id;
    m_state = State::Closing;
    m_closeTimer.start(CloseTimeoutMs);
    disconnectSocket();
}

void HttpConnection::onCloseTimeout()
{
    qCDebug(lcConnection) << "Connection" << m_id << "did not close in time; aborting";
    abortConnection();
}

void HttpConnection::flushOutput()
{
    if (m_tcpSocket)
        m_tcpSocket->flush();
    else
        m_localSocket->flush();
}
