#pragma once

#include "api/HttpResponse.h"

#include <QMutex>

#include <memory>

class EventStream;
class HttpWorker;
class StreamLimiter;

// The thread-safe path from a Responder back to the worker that owns the connection. A response
// travels as a queued call to the worker's thread, where the connection is looked up by id, so a
// handler never keeps a pointer to a connection that may already be gone.
//
// The worker detaches the channel before it is destroyed. Responses posted after that are
// dropped, which makes a Responder safe to use even after the server has stopped.
class ResponseChannel
{
public:
    // `streamLimiter` counts the event streams of the whole server; it may be null, and then
    // no stream can start.
    ResponseChannel(HttpWorker *worker, std::shared_ptr<StreamLimiter> streamLimiter);

    ResponseChannel(const ResponseChannel &) = delete;
    ResponseChannel &operator=(const ResponseChannel &) = delete;

    // Queues the response for request `sequence` on connection `connectionId`. Callable from
    // any thread.
    void post(quint64 connectionId, quint64 sequence, HttpResponse response);

    // Queues the header block of an event stream as the response to request `sequence`. When
    // the connection is gone, the stream is marked closed. Callable from any thread.
    void postStreamStart(quint64 connectionId, quint64 sequence, HttpResponse head,
                         std::shared_ptr<EventStream> stream);

    // Queues bytes of the stream body on connection `connectionId`; with `end`, the stream
    // ends after them. Callable from any thread.
    void postStreamChunk(quint64 connectionId, QByteArray chunk, bool end);

    const std::shared_ptr<StreamLimiter> &streamLimiter() const { return m_streamLimiter; }

    // Stops delivery. Called on the worker's thread before the worker is destroyed.
    void detach();

private:
    // Queues `call(worker)` on the worker's thread. Returns false, without calling, once the
    // channel is detached. The mutex keeps the worker alive until the call is queued. A queued
    // call is deleted together with the worker if the worker goes first.
    template <typename Call>
    bool postToWorker(Call call);

    QMutex m_mutex;
    HttpWorker *m_worker;
    const std::shared_ptr<StreamLimiter> m_streamLimiter;
};
