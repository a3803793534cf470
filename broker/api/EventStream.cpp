#include "api/EventStream.h"

#include "api/ResponseChannel.h"

EventStream::EventStream(std::shared_ptr<ResponseChannel> channel, quint64 connectionId,
                         std::shared_ptr<StreamLimiter::Slot> slot)
    : m_channel(std::move(channel))
    , m_connectionId(connectionId)
    , m_slot(std::move(slot))
{
}

QByteArray EventStream::format(const QByteArray &event, const QByteArray &data)
{
    QByteArray out;
    out.reserve(event.size() + data.size() + 32);
    if (!event.isEmpty())
        out += "event: " + event + '\n';

    // A CR, LF or CRLF ends a line in an event stream (WHATWG HTML, section 9.2.6), so each
    // line of the data becomes its own data field and the client joins them with LF.
    QByteArray normalized = data;
    normalized.replace("\r\n", "\n");
    normalized.replace('\r', '\n');
    for (const QByteArray &line : normalized.split('\n'))
        out += "data: " + line + '\n';
    out += '\n';
    return out;
}

bool EventStream::send(const QByteArray &event, const QByteArray &data)
{
    if (m_closed.load(std::memory_order_acquire))
        return false;
    if (event.contains('\n') || event.contains('\r'))
        return false;

    m_channel->postStreamChunk(m_connectionId, format(event, data), false);
    return true;
}

void EventStream::close()
{
    if (m_closed.load(std::memory_order_acquire))
        return;
    m_channel->postStreamChunk(m_connectionId, {}, true);
    markClosed();
}

bool EventStream::isClosed() const
{
    return m_closed.load(std::memory_order_acquire);
}

void EventStream::onClosed(std::function<void()> handler)
{
    {
        QMutexLocker locker(&m_mutex);
        if (!m_closed.load(std::memory_order_acquire)) {
            m_closedHandlers.append(std::move(handler));
            return;
        }
    }
    handler();
}

void EventStream::markClosed()
{
    QList<std::function<void()>> handlers;
    std::shared_ptr<StreamLimiter::Slot> slot;
    {
        QMutexLocker locker(&m_mutex);
        if (m_closed.exchange(true, std::memory_order_acq_rel))
            return;
        handlers = std::exchange(m_closedHandlers, {});
        slot = std::move(m_slot);
    }

    // The handlers run without the lock, so one may call back into this stream.
    for (const std::function<void()> &handler : handlers)
        handler();
}
