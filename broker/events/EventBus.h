#pragma once

#include "events/ApiEvent.h"

#include <QList>
#include <QMutex>

#include <functional>

// Delivers ApiEvents to subscribers, such as the event streams of GET /api/events.
// Thread-safe: any thread may publish, subscribe and unsubscribe.
class EventBus
{
public:
    using Subscriber = std::function<void(const ApiEvent &)>;

    // Adds a subscriber and returns its id for unsubscribe().
    quint64 subscribe(Subscriber subscriber);

    // Removes a subscriber. A publish() that already started on another thread may still call
    // it once after this returns, so a subscriber must stay safe to call.
    void unsubscribe(quint64 id);

    // Calls every subscriber with `event` on the calling thread, without holding a lock, so a
    // subscriber may subscribe or unsubscribe. Fills an invalid time with the current UTC time.
    void publish(ApiEvent event) const;

    int subscriberCount() const;

private:
    struct Entry
    {
        quint64 id = 0;
        Subscriber subscriber;
    };

    mutable QMutex m_mutex;
    QList<Entry> m_subscribers;
    quint64 m_nextId = 1;
};
