#include "api/ResponseChannel.h"

#include "api/HttpWorker.h"

#include <QMetaObject>

ResponseChannel::ResponseChannel(HttpWorker *worker)
    : m_worker(worker)
{
}

void ResponseChannel::post(quint64 connectionId, quint64 sequence, HttpResponse response)
{
    // Holding the mutex while posting keeps the worker alive until the event is queued. Once
    // queued, the event is deleted together with the worker if the worker goes first.
    QMutexLocker locker(&m_mutex);
    if (!m_worker)
        return;

    HttpWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, connectionId, sequence, response = std::move(response)]() mutable {
            worker->deliverResponse(connectionId, sequence, std::move(response));
        },
        Qt::QueuedConnection);
}

void ResponseChannel::detach()
{
    QMutexLocker locker(&m_mutex);
    m_worker = nullptr;
}
