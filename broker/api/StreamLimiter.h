#pragma once

#include "core/Result.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>

// Counts the open event streams of one server, in total and per owner (an agent id), so that
// streams, which hold a connection for as long as the client wants, cannot use up the
// connection limit. Thread-safe.
class StreamLimiter
{
public:
    // One open stream. Destroying it frees its place.
    class Slot
    {
    public:
        Slot(std::shared_ptr<StreamLimiter> limiter, QString owner);
        ~Slot();

        Slot(const Slot &) = delete;
        Slot &operator=(const Slot &) = delete;

    private:
        const std::shared_ptr<StreamLimiter> m_limiter;
        const QString m_owner;
    };

    StreamLimiter(int maxStreams, int maxStreamsPerOwner);

    // Takes a place for a stream of `owner`. Fails with TOO_MANY_STREAMS when the server or
    // the owner has reached its limit.
    static Result<std::shared_ptr<Slot>> acquire(const std::shared_ptr<StreamLimiter> &limiter, const QString &owner);

    int openStreams() const;

private:
    void release(const QString &owner);

    const int m_maxStreams;
    const int m_maxStreamsPerOwner;
    mutable QMutex m_mutex;
    int m_open = 0;
    QHash<QString, int> m_openByOwner;
};
