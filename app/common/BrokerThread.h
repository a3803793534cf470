#pragma once

#include "BrokerOptions.h"

#include <QThread>

class Broker;

// Runs a Broker on a thread of its own, so that no network or keychain call ever runs on
// the main thread. The destructor stops the broker and joins the thread.
class BrokerThread
{
public:
    explicit BrokerThread(const BrokerOptions &options);
    ~BrokerThread();

    BrokerThread(const BrokerThread &) = delete;
    BrokerThread &operator=(const BrokerThread &) = delete;

    // Valid until the BrokerThread is destroyed; use it only for connects and queued calls.
    Broker *broker() const { return m_broker; }

    // Starts the thread and queues Broker::start() on it.
    void start();

private:
    QThread m_thread;
    Broker *m_broker;
};
