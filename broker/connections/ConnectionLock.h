#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QLockFile;
class QTimer;

// A per-connection lock file in the data directory, so that broker processes sharing one data
// directory refresh or disconnect a connection one at a time. QLockFile::lock() would block the
// broker thread, so acquire() polls tryLock(0) on a timer until the lock is free or the wait
// times out. The lock is released by release() or the destructor. Broker thread only.
class ConnectionLock : public QObject
{
    Q_OBJECT

public:
    using AcquiredCallback = std::function<void(const Result<void> &)>;

    // An empty `directory` makes a lock that is acquired at once and guards nothing, for a
    // broker without a data directory.
    ConnectionLock(const QString &directory, const QString &connectionId, int staleLockMs, QObject *parent = nullptr);
    ~ConnectionLock() override;

    // Calls `acquired` once: with success when this process holds the lock, or with
    // CONNECTION_LOCK_TIMEOUT after `waitMs`, or CONNECTION_LOCK_FAILED when the lock file
    // cannot be created at all.
    void acquire(int waitMs, int pollIntervalMs, AcquiredCallback acquired);
    void release();
    bool isLocked() const;

    static QString filePath(const QString &directory, const QString &connectionId);

private:
    void poll();
    void finish(const Result<void> &result);

    QString m_path;
    std::unique_ptr<QLockFile> m_lockFile;
    QTimer *m_pollTimer;
    qint64 m_deadlineMs = 0;
    AcquiredCallback m_acquired;
};
