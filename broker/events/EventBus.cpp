#include "events/EventBus.h"

quint64 EventBus::subscribe(Subscriber subscriber)
{
    QMutexLocker locker(&m_mutex);
    const quint64 id = m_nextId++;
    m_subscribers.append(Entry{id, std::move(subscriber)});
    return id;
}

void EventBus::unsubscribe(quint64 id)
{
    QMutexLocker locker(&m_mutex);
    m_subscribers.removeIf([id](const Entry &entry) { return entry.id == id; });
}

void EventBus::publish(ApiEvent event) const
{
    if (!event.time.isValid())
        event.time = QDateTime::currentDateTimeUtc();

    QList<Entry> subscribers;
    {
        QMutexLocker locker(&m_mutex);
        subscribers = m_subscribers;
    }
    for (const Entry &entry : subscribers)
        entry.subscriber(event);
}

int EventBus::subscriberCount() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_subscribers.size());
}
