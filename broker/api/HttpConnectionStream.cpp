#include "api/HttpConnection.h"

#include "api/EventStream.h"
#include "api/HttpCounters.h"

#include <QLocalSocket>
#include <QLoggingCategory>
#include <QTcpSocket>

// The event-stream half of HttpConnection: a response whose body stays open and receives
// chunks until the stream or the client ends it.

Q_LOGGING_CATEGORY(lcStream, "securecontext.api.stream")

namespace {

// A comment line of an event stream (WHATWG HTML, section 9.2.6), which clients ignore.
constexpr QByteArrayView HeartbeatComment = ": heartbeat\n\n";

// Event stream bytes kept while the stream's header block waits behind earlier responses.
constexpr qint64 MaxStreamBacklogBytes = 256 * 1024;

} // namespace

void HttpConnection::startStream(quint64 sequence, HttpResponse head, std::shared_ptr<EventStream> stream)
{
    const bool accepting = (m_state == State::Open || m_state == State::Closing) && !m_stream;
    const bool known = !m_pending.empty() && sequence >= m_pending.front().sequence
        && sequence - m_pending.front().sequence < m_pending.size();
    if (!accepting || !known) {
        stream->markClosed();
        return;
    }

    PendingResponse &slot = m_pending[static_cast<std::size_t>(sequence - m_pending.front().sequence)];
    if (slot.response) {
        stream->markClosed();
        return;
    }
    slot.response = std::move(head);
    slot.stream = stream;
    m_stream = std::move(stream);

    process();
}

void HttpConnection::writeStreamChunk(QByteArray chunk, bool end)
{
    if (!m_stream)
        return;

    if (m_state == State::Streaming) {
        writeToStream(chunk);
        if (end && m_state == State::Streaming)
            endStream();
        return;
    }
    if (m_state != State::Open && m_state != State::Closing)
        return;

    // The header block still waits for the responses to earlier pipelined requests.
    if (m_streamBacklog.size() + chunk.size() > MaxStreamBacklogBytes) {
        qCWarning(lcStream) << "Ending the event stream of connection" << m_id
                                << "because its events wait behind unfinished responses";
        m_stream->markClosed();
        m_streamEndRequested = true;
        return;
    }
    m_streamBacklog += chunk;
    m_streamEndRequested = m_streamEndRequested || end;
}

void HttpConnection::beginStreaming(PendingResponse slot)
{
    m_socket->write(slot.response->serialize(false, HttpResponse::BodyMode::Stream));
    m_counters.responseWritten(slot.response->status, slot.forRequest, steadyNowNs() - slot.parsedAtNs);

    // Requests pipelined after the stream's request never get a response, because the
    // stream keeps the connection until it closes.
    m_state = State::Streaming;
    m_pending.clear();
    m_headerTimer.stop();
    m_idleTimer.stop();
    m_bodyTimer.stop();
    qCDebug(lcStream) << "Connection" << m_id << "streams events";

    writeToStream(std::exchange(m_streamBacklog, {}));
    if (m_state != State::Streaming)
        return;
    if (m_streamEndRequested) {
        endStream();
        return;
    }
    m_heartbeatTimer.start(m_settings->streamHeartbeatMs);
    // Reading on lets the connection notice when the client closes.
    discardInput();
}

void HttpConnection::writeToStream(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;

    // A client that stops reading must not make the server buffer events without bound.
    if (m_socket->bytesToWrite() + bytes.size() > MaxUnsentResponseBytes) {
        qCWarning(lcStream) << "Ending the event stream of connection" << m_id << "from" << m_peerName
                                << "because the client does not read its events";
        endStream();
        return;
    }
    m_socket->write(bytes);
}

void HttpConnection::endStream()
{
    m_heartbeatTimer.stop();
    if (m_stream)
        m_stream->markClosed();
    beginLingeringClose();
}

void HttpConnection::onHeartbeat()
{
    if (m_state == State::Streaming)
        writeToStream(HeartbeatComment.toByteArray());
}
