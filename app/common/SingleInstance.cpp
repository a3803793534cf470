#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSingleInstance, "securecontext.app.singleinstance")

namespace {

const QByteArray ActivateMessage = "activate\n";
constexpr int ConnectTimeoutMs = 1000;

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
{
    // The user's home directory makes the name per user on every platform; the hash keeps
    // the name short enough for a Unix socket path.
    const QByteArray identity = (QDir::homePath() + u'\n' + key).toUtf8();
    m_name = u"securecontext-"_s
        + QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(24));
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::activateRunningInstance()
{
    // NOTE: this waits up to a second on the GUI thread, once, before any window exists.
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (socket.waitForConnected(ConnectTimeoutMs)) {
        socket.write(ActivateMessage);
        socket.waitForBytesWritten(ConnectTimeoutMs);
        socket.disconnectFromServer();
        qCInfo(lcSingleInstance) << "Another instance is running; asked it to show its window";
        return true;
    }

    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // On Unix, a socket file left by a crashed instance blocks listen(). No server
        // accepted the connection above, so the file is stale.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            qCWarning(lcSingleInstance) << "Cannot listen on" << m_name << ":" << m_server->errorString();
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *client = m_server->nextPendingConnection()) {
            connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
            connect(client, &QLocalSocket::readyRead, this, [this, client] {
                if (client->readAll().startsWith(ActivateMessage.trimmed()))
                    Q_EMIT activationRequested();
            });
        }
    });
    return false;
}
