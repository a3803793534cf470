#pragma once

#include "api/StreamLimiter.h"

#include <QByteArray>
#include <QList>
#include <QMutex>

#include <atomic>
#include <functional>
#include <memory>

class ResponseChannel;

// The handle through which a route handler writes server-sent events (text/event-stream) to a
// connection that Responder::startStream() kept open. Thread-safe: send() and close() may be
// called from any thread, and each call travels to the connection's worker as a queued call.
//
// The stream ends once: when the handler calls close(), when the client goes away, when the
// connection cannot keep up with the events, or when the server stops. The handlers given to
// onClosed() then run once, on the thread that ended the stream, and the stream's place in the
// StreamLimiter is freed.
class EventStream
{
public:
    EventStream(std::shared_ptr<ResponseChannel> channel, quint64 connectionId,
                std::shared_ptr<StreamLimiter::Slot> slot);

    EventStream(const EventStream &) = delete;
    EventStream &operator=(const EventStream &) = delete;

    // Sends one event with the `event:` field `event` and the `data:` field `data`; a line
    // break in `data` starts another data line. Returns false, sending nothing, when the
    // stream has ended or `event` contains a line break.
    bool send(const QByteArray &event, const QByteArray &data);

    // Ends the stream after the events already sent. Later send() calls return false.
    void close();

    bool isClosed() const;

    // Calls `handler` once when the stream ends, at once when it already has.
    void onClosed(std::function<void()> handler);

    // Marks the stream as ended without writing anything. Called by the connection when it
    // closes; also safe from any other thread.
    void markClosed();

    // Formats one event as the text/event-stream lines that send() writes.
    static QByteArray format(const QByteArray &event, const QByteArray &data);

private:
    const std::shared_ptr<ResponseChannel> m_channel;
    const quint64 m_connectionId;
    std::atomic<bool> m_closed{false};

    mutable QMutex m_mutex;
    std::shared_ptr<StreamLimiter::Slot> m_slot;
    QList<std::function<void()>> m_closedHandlers;
};
