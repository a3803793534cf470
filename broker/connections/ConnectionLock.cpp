#include "connections/ConnectionLock.h"

#include <QDateTime>
#include <QDir>
#include <QLockFile>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcConnectionLock, "securecontext.connections.lock")

ConnectionLock::ConnectionLock(const QString &directory, const QString &connectionId, int staleLockMs, QObject *parent)
    : QObject(parent)
    , m_pollTimer(new QTimer(this))
{
    if (!directory.isEmpty()) {
        QDir().mkpath(directory);
        m_path = filePath(directory, connectionId);
        m_lockFile = std::make_unique<QLockFile>(m_path);
        m_lockFile->setStaleLockTime(staleLockMs);
    }
    connect(m_pollTimer, &QTimer::timeout, this, &ConnectionLock::poll);
}

ConnectionLock::~ConnectionLock()
{
    release();
}

QString ConnectionLock::filePath(const QString &directory, const QString &connectionId)
{
    return QDir(directory).filePath(u"connection-"_s + connectionId + u".lock"_s);
}

void ConnectionLock::acquire(int waitMs, int pollIntervalMs, AcquiredCallback acquired)
{
    m_acquired = std::move(acquired);
    if (!m_lockFile) {
        finish(Result<void>());
        return;
    }

    m_deadlineMs = QDateTime::currentMSecsSinceEpoch() + waitMs;
    m_pollTimer->setInterval(pollIntervalMs);
    poll();
}

void ConnectionLock::poll()
{
    // tryLock(0) creates the file or reads the holder's PID once; it does not wait.
    if (m_lockFile->tryLock(0)) {
        finish(Result<void>());
        return;
    }

    if (m_lockFile->error() != QLockFile::LockFailedError) {
        qCWarning(lcConnectionLock) << "Cannot create the lock file" << m_path << "error" << int(m_lockFile->error());
        finish(Error{u"CONNECTION_LOCK_FAILED"_s,
                     u"Cannot create the lock file %1; check that the data directory is writable"_s.arg(m_path)});
        return;
    }
    if (QDateTime::currentMSecsSinceEpoch() >= m_deadlineMs) {
        qint64 holder = 0;
        QString host;
        QString application;
        m_lockFile->getLockInfo(&holder, &host, &application);
        qCWarning(lcConnectionLock) << "Timed out waiting for the lock" << m_path << "held by process" << holder;
        finish(Error{u"CONNECTION_LOCK_TIMEOUT"_s,
                     u"Another SecureContext process (PID %1) is still refreshing this connection; try again"_s.arg(holder)});
        return;
    }
    if (!m_pollTimer->isActive())
        m_pollTimer->start();
}

void ConnectionLock::finish(const Result<void> &result)
{
    m_pollTimer->stop();
    AcquiredCallback acquired = std::move(m_acquired);
    m_acquired = nullptr;
    if (acquired)
        acquired(result);
}

void ConnectionLock::release()
{
    m_pollTimer->stop();
    if (m_lockFile && m_lockFile->isLocked())
        m_lockFile->unlock();
}

bool ConnectionLock::isLocked() const
{
    return !m_lockFile || m_lockFile->isLocked();
}
