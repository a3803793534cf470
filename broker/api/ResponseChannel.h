#pragma once

#include "api/HttpResponse.h"

#include <QMutex>

class HttpWorker;

// The thread-safe path from a Responder back to the worker that owns the connection. A response
// travels as a queued call to the worker's thread, where the connection is looked up by id, so a
// handler never keeps a pointer to a connection that may already be gone.
//
// The worker detaches the channel before it is destroyed. Responses posted after that are
// dropped, which makes a Responder safe to use even after the server has stopped.
class ResponseChannel
{
public:
    explicit ResponseChannel(HttpWorker *worker);

    ResponseChannel(const ResponseChannel &) = delete;
    ResponseChannel &operator=(const ResponseChannel &) = delete;

    // Queues the response for request `sequence` on connection `connectionId`. Callable from
    // any thread.
    void post(quint64 connectionId, quint64 sequence, HttpResponse response);

    // Stops delivery. Called on the worker's thread before the worker is destroyed.
    void detach();

private:
    QMutex m_mutex;
    HttpWorker *m_worker;
};
