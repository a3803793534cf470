#pragma once

#include "api/HttpResponse.h"

#include <memory>

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

private:
    struct State;
    std::shared_ptr<State> m_state;
};
