#pragma once

#include "api/HttpResponse.h"
#include "core/Result.h"

#include <QString>

#include <memory>

class EventStream;
class ResponseChannel;

// A cheap, copyable handle that a route handler uses to respond to one request. All copies share
// one state, so exactly one response is sent:
//
// - send() may be called from any thread, at once or later. Calls after the first are ignored.
// - If the connection has closed in the meantime, the response is dropped.
// - If the last copy is destroyed without a call to send(), the client gets a 500
//   INTERNAL_ERROR response, so a forgetful handler cannot stall the connection.
//
// Responses to pipelined requests are written in request order, whichever handler finishes
// first.
class Responder
{
public:
    // A handle that is not bound to any request; send() does nothing.
    Responder() = default;

    Responder(std::shared_ptr<ResponseChannel> channel, quint64 connectionId, quint64 sequence);

    void send(HttpResponse response) const;

    // Responds with the header block `head` (status and content headers, typically
    // `Content-Type: text/event-stream`) and keeps the connection open for the events the
    // returned stream sends later. The connection serves no further requests: requests the
    // client pipelined after this one get no response, and the stream ends with the connection.
    // Fails, without responding, with TOO_MANY_STREAMS when the server or `owner` (an agent id)
    // has reached its stream limit, and with ALREADY_RESPONDED after send() or another
    // startStream().
    Result<std::shared_ptr<EventStream>> startStream(HttpResponse head, const QString &owner) const;

private:
    struct State;
    std::shared_ptr<State> m_state;
};
