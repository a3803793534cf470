#include "api/LocalSocketListener.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QLoggingCategory>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLocalSocket, "securecontext.api.localsocket")

namespace {

// How long the check for a live server at an existing socket waits. A server on the same
// machine accepts within microseconds, so only a hung broker takes this long.
constexpr int LiveServerProbeMs = 1000;

} // namespace

LocalSocketListener::LocalSocketListener(DescriptorHandler handler, QObject *parent)
    : QLocalServer(parent)
    , m_handler(std::move(handler))
{
    setSocketOptions(QLocalServer::UserAccessOption);
}

QString LocalSocketListener::defaultPath(const QString &dataDir)
{
#ifdef Q_OS_WIN
    Q_UNUSED(dataDir);
    QString user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = u"user"_s;
    return u"securecontext-"_s + user;
#else
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtimeDir.isEmpty() && QFileInfo(runtimeDir).isDir())
        return QDir(runtimeDir).filePath(u"securecontext/api.sock"_s);
    return QDir(dataDir).filePath(u"api.sock"_s);
#endif
}

Result<void> LocalSocketListener::listenAt(const QString &path)
{
    if (path.isEmpty())
        return Error{u"SOCKET_FAILED"_s, u"The local socket path is empty; pass --socket PATH or --no-socket."_s};

    if (Result<void> prepared = prepareDirectory(path); !prepared)
        return prepared;
    if (Result<void> removed = removeStaleSocket(path); !removed)
        return removed;

    if (!listen(path)) {
        if (serverError() == QAbstractSocket::AddressInUseError) {
            return Error{u"SOCKET_IN_USE"_s,
                         u"The local socket %1 is in use; another SecureContext broker may be running. Stop it "
                         "or choose another path with --socket."_s.arg(path)};
        }
        return Error{u"SOCKET_FAILED"_s, u"Could not listen on the local socket %1: %2."_s.arg(path, errorString())};
    }
    return {};
}

Result<void> LocalSocketListener::prepareDirectory(const QString &path) const
{
#ifdef Q_OS_WIN
    Q_UNUSED(path);
    return {};
#else
    const QString directory = QFileInfo(path).absolutePath();
    if (QFileInfo(directory).isDir())
        return {};

    // Only directories created here are restricted: a directory the operator chose keeps
    // its permissions, and the socket itself is user-only either way.
    if (!QDir().mkpath(directory)
        || !QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        return Error{u"SOCKET_FAILED"_s, u"Could not create the directory %1 for the local socket."_s.arg(directory)};
    }
    return {};
#endif
}

Result<void> LocalSocketListener::removeStaleSocket(const QString &path) const
{
#ifdef Q_OS_WIN
    // Named pipes disappear with the process that owns them; nothing is left to remove.
    Q_UNUSED(path);
    return {};
#else
    struct stat status{};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return {};
    if (!S_ISSOCK(status.st_mode)) {
        return Error{u"SOCKET_PATH_TAKEN"_s,
                     u"%1 exists and is not a socket; remove it or choose another path with --socket."_s.arg(path)};
    }

    QLocalSocket probe;
    probe.connectToServer(path);
    // A blocking wait without an event loop: connecting to a Unix domain socket completes or
    // fails at once unless the listening process is hung.
    const bool live = probe.waitForConnected(LiveServerProbeMs);
    const QLocalSocket::LocalSocketError probeError = probe.error();
    probe.abort();
    if (live) {
        return Error{u"SOCKET_IN_USE"_s,
                     u"Another SecureContext broker already serves the local socket %1. Stop it or choose another "
                     "path with --socket."_s.arg(path)};
    }
    // Only a refused connection proves that nobody listens. A timeout may be a busy server
    // whose backlog is full, and its socket must stay.
    if (probeError != QLocalSocket::ConnectionRefusedError && probeError != QLocalSocket::ServerNotFoundError) {
        return Error{u"SOCKET_IN_USE"_s,
                     u"The local socket %1 exists and did not answer a connection attempt (%2). Stop the process "
                     "that owns it or choose another path with --socket."_s.arg(path, probe.errorString())};
    }

    qCInfo(lcLocalSocket) << "Removing the stale local socket" << path << "left by an earlier run";
    if (!QLocalServer::removeServer(path))
        return Error{u"SOCKET_FAILED"_s, u"Could not remove the stale local socket %1."_s.arg(path)};
    return {};
#endif
}

void LocalSocketListener::incomingConnection(quintptr socketDescriptor)
{
    m_handler(static_cast<qintptr>(socketDescriptor));
}
