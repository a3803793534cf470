#include "api/Responder.h"

#include "api/ApiReply.h"
#include "api/EventStream.h"
#include "api/ResponseChannel.h"
#include "api/StreamLimiter.h"

#include <QLoggingCategory>

#include <atomic>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcResponder, "securecontext.api.responder")

struct Responder::State
{
    State(std::shared_ptr<ResponseChannel> responseChannel, quint64 connection, quint64 request)
        : channel(std::move(responseChannel))
        , connectionId(connection)
        , sequence(request)
    {
    }

    ~State()
    {
        if (sent.load(std::memory_order_acquire))
            return;

        qCWarning(lcResponder) << "Handler finished without a response; connection"
                               << connectionId << "request" << sequence;
        channel->post(connectionId, sequence,
                      ApiReply::error(500, u"INTERNAL_ERROR"_s,
                                      u"The request handler finished without a response."_s));
    }

    State(const State &) = delete;
    State &operator=(const State &) = delete;

    const std::shared_ptr<ResponseChannel> channel;
    const quint64 connectionId;
    const quint64 sequence;
    std::atomic<bool> sent{false};
};

Responder::Responder(std::shared_ptr<ResponseChannel> channel, quint64 connectionId,
                     quint64 sequence)
    : m_state(std::make_shared<State>(std::move(channel), connectionId, sequence))
{
}

void Responder::send(HttpResponse response) const
{
    if (!m_state)
        return;
    if (m_state->sent.exchange(true, std::memory_order_acq_rel))
        return;

    m_state->channel->post(m_state->connectionId, m_state->sequence, std::move(response));
}

Result<std::shared_ptr<EventStream>> Responder::startStream(HttpResponse head, const QString &owner) const
{
    const Error alreadyResponded{u"ALREADY_RESPONDED"_s, u"The request already has a response."_s};
    if (!m_state || m_state->sent.load(std::memory_order_acquire))
        return alreadyResponded;

    const std::shared_ptr<StreamLimiter> &limiter = m_state->channel->streamLimiter();
    if (!limiter)
        return Error{u"TOO_MANY_STREAMS"_s, u"This server serves no event streams."_s};
    Result<std::shared_ptr<StreamLimiter::Slot>> slot = StreamLimiter::acquire(limiter, owner);
    if (!slot)
        return slot.error();

    // Another copy of this Responder may have answered since the check above.
    if (m_state->sent.exchange(true, std::memory_order_acq_rel))
        return alreadyResponded;

    auto stream = std::make_shared<EventStream>(m_state->channel, m_state->connectionId, std::move(slot.value()));
    m_state->channel->postStreamStart(m_state->connectionId, m_state->sequence, std::move(head), stream);
    return stream;
}
