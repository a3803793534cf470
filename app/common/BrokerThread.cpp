#include "BrokerThread.h"

#include "Broker.h"

#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

BrokerThread::BrokerThread(const BrokerOptions &options)
    : m_broker(new Broker(options))
{
    m_thread.setObjectName(u"broker"_s);
    m_broker->moveToThread(&m_thread);
    // The broker is deleted on its own thread, after its event loop ends.
    QObject::connect(&m_thread, &QThread::finished, m_broker, &QObject::deleteLater);
    // OpenSSL keeps random generator state per thread and frees it only when told that the
    // thread ends; finished() is emitted on the ending thread itself.
    QObject::connect(&m_thread, &QThread::finished, &m_thread, [] { OPENSSL_thread_stop(); }, Qt::DirectConnection);
}

BrokerThread::~BrokerThread()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_broker, &Broker::stop, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_broker;
    }
}

void BrokerThread::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_broker, &Broker::start, Qt::QueuedConnection);
}
