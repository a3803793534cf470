#include "RawHttp.h"

#include <QDeadlineTimer>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

constexpr int TimeoutMs = 10000;

int parseStatus(const QByteArray &response)
{
    // "HTTP/1.1 200 OK"
    if (!response.startsWith("HTTP/1.1 ") || response.size() < 12)
        return 0;
    return response.mid(9, 3).toInt();
}

} // namespace

RawHttp::Reply RawHttp::exchange(const QHostAddress &address, quint16 port, const QByteArray &bytes)
{
    QTcpSocket socket;
    socket.connectToHost(address, port);
    if (!socket.waitForConnected(TimeoutMs))
        return {};
    socket.write(bytes);
    socket.waitForBytesWritten(TimeoutMs);

    QByteArray response;
    const QDeadlineTimer deadline(TimeoutMs);
    while (!deadline.hasExpired()) {
        const int headerEnd = response.indexOf("\r\n\r\n");
        if (headerEnd >= 0) {
            const QByteArray head = response.left(headerEnd).toLower();
            const int lengthAt = head.indexOf("\r\ncontent-length:");
            if (lengthAt >= 0) {
                const int lineEnd = head.indexOf("\r\n", lengthAt + 2);
                const int length = head.mid(lengthAt + 17, lineEnd < 0 ? -1 : lineEnd - lengthAt - 17).trimmed().toInt();
                if (response.size() >= headerEnd + 4 + length)
                    break;
            }
        }
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
        socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        response += socket.readAll();
    }

    Reply reply;
    reply.status = parseStatus(response);
    const int headerEnd = response.indexOf("\r\n\r\n");
    if (headerEnd >= 0)
        reply.body = response.mid(headerEnd + 4);
    return reply;
}

RawHttp::Reply RawHttp::get(const QHostAddress &address, quint16 port, const QByteArray &host, const QByteArray &target)
{
    return exchange(address, port, "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
}

bool RawHttp::connectionRefused(const QHostAddress &address, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(address, port);
    if (socket.waitForConnected(TimeoutMs)) {
        socket.abort();
        return false;
    }
    return socket.error() == QAbstractSocket::ConnectionRefusedError;
}

bool RawHttp::hasIpv6Loopback()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHostIPv6, 0);
}
