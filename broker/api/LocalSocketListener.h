#pragma once

#include "core/Result.h"

#include <QLocalServer>

#include <functional>

// The local socket of the API: a Unix domain socket that only the user can open, or on
// Windows a named pipe with the same access. Like HttpListener, it passes each accepted
// descriptor on, so the worker thread that serves the connection creates its QLocalSocket.
class LocalSocketListener : public QLocalServer
{
    Q_OBJECT

public:
    using DescriptorHandler = std::function<void(qintptr socketDescriptor)>;

    explicit LocalSocketListener(DescriptorHandler handler, QObject *parent = nullptr);

    // The default socket: $XDG_RUNTIME_DIR/securecontext/api.sock, or api.sock in `dataDir`
    // when there is no runtime directory. On Windows the pipe securecontext-<user name>.
    static QString defaultPath(const QString &dataDir);

    // Listens at `path` with QLocalServer::UserAccessOption. Creates a missing parent directory
    // with permissions 0700. A socket file left by a crashed run is removed, but only after a
    // connection attempt shows that no server accepts connections on it. Fails with SOCKET_IN_USE when a
    // server answers (another broker runs), SOCKET_PATH_TAKEN when the path is something other
    // than a socket, and SOCKET_FAILED for other errors.
    Result<void> listenAt(const QString &path);

protected:
    void incomingConnection(quintptr socketDescriptor) override;

private:
    Result<void> prepareDirectory(const QString &path) const;
    Result<void> removeStaleSocket(const QString &path) const;

    DescriptorHandler m_handler;
};
