#include "api/ResponseChannel.h"

#include "api/EventStream.h"
#include "api/HttpWorker.h"

#include <QMetaObject>

ResponseChannel::ResponseChannel(HttpWorker *worker, std::shared_ptr<StreamLimiter> streamLimiter)
    : m_worker(worker)
    , m_streamLimiter(std::move(streamLimiter))
{
}

template <typename Call>
bool ResponseChannel::postToWorker(Call call)
{
    QMutexLocker locker(&m_mutex);
    if (!m_worker)
        return false;

    HttpWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, call = std::move(call)]() mutable { call(worker); }, Qt::QueuedConnection);
    return true;
}

void ResponseChannel::post(quint64 connectionId, quint64 sequence, HttpResponse response)
{
    postToWorker([connectionId, sequence, response = std::move(response)](HttpWorker *worker) mutable {
        worker->deliverResponse(connectionId, sequence, std::move(response));
    });
}

void ResponseChannel::postStreamStart(quint64 connectionId, quint64 sequence, HttpResponse head,
                                      std::shared_ptr<EventStream> stream)
{
    const bool posted = postToWorker([connectionId, sequence, head = std::move(head), stream](HttpWorker *worker) mutable {
        worker->deliverStreamStart(connectionId, sequence, std::move(head), std::move(stream));
    });
    if (!posted)
        stream->markClosed();
}

void ResponseChannel::postStreamChunk(quint64 connectionId, QByteArray chunk, bool end)
{
    postToWorker([connectionId, chunk = std::move(chunk), end](HttpWorker *worker) mutable {
        worker->deliverStreamChunk(connectionId, std::move(chunk), end);
    });
}

void ResponseChannel::detach()
{
    QMutexLocker locker(&m_mutex);
    m_worker = nullptr;
}
