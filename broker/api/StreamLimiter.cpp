#include "api/StreamLimiter.h"

using namespace Qt::StringLiterals;

StreamLimiter::Slot::Slot(std::shared_ptr<StreamLimiter> limiter, QString owner)
    : m_limiter(std::move(limiter))
    , m_owner(std::move(owner))
{
}

StreamLimiter::Slot::~Slot()
{
    m_limiter->release(m_owner);
}

StreamLimiter::StreamLimiter(int maxStreams, int maxStreamsPerOwner)
    : m_maxStreams(maxStreams)
    , m_maxStreamsPerOwner(maxStreamsPerOwner)
{
}

Result<std::shared_ptr<StreamLimiter::Slot>> StreamLimiter::acquire(const std::shared_ptr<StreamLimiter> &limiter,
                                                                    const QString &owner)
{
    {
        QMutexLocker locker(&limiter->m_mutex);
        if (limiter->m_open >= limiter->m_maxStreams) {
            return Error{u"TOO_MANY_STREAMS"_s,
                         u"The server has reached its limit of %1 open event streams; retry later."_s.arg(
                             limiter->m_maxStreams)};
        }
        int &ownerStreams = limiter->m_openByOwner[owner];
        if (ownerStreams >= limiter->m_maxStreamsPerOwner) {
            return Error{u"TOO_MANY_STREAMS"_s,
                         u"This agent already has %1 open event streams, the maximum; close one and retry."_s.arg(
                             limiter->m_maxStreamsPerOwner)};
        }
        ++ownerStreams;
        ++limiter->m_open;
    }
    return std::make_shared<Slot>(limiter, owner);
}

int StreamLimiter::openStreams() const
{
    QMutexLocker locker(&m_mutex);
    return m_open;
}

void StreamLimiter::release(const QString &owner)
{
    QMutexLocker locker(&m_mutex);
    --m_open;
    auto it = m_openByOwner.find(owner);
    if (it != m_openByOwner.end() && --it.value() <= 0)
        m_openByOwner.erase(it);
}
