#include "ContractHttp.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QTcpSocket>

QByteArray ContractHttp::host() const
{
    return "127.0.0.1:" + QByteArray::number(m_port);
}

QByteArray ContractHttp::bearer(const QString &key)
{
    return "Authorization: Bearer " + key.toLatin1();
}

ContractHttp::Reply ContractHttp::send(const QByteArray &method, const QByteArray &target, const QList<QByteArray> &headers,
                                       const QByteArray &body) const
{
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: " + host() + "\r\nConnection: close\r\n";
    for (const QByteArray &header : headers)
        request += header + "\r\n";
    if (!body.isNull())
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;
    return sendRaw(request);
}

ContractHttp::Reply ContractHttp::sendRaw(const QByteArray &bytes) const
{
    Reply reply;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    if (!socket.waitForConnected(5000))
        return reply;
    socket.write(bytes);

    // The server closes after the response because of Connection: close or an error.
    QByteArray received;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        received += socket.readAll();
    }
    received += socket.readAll();

    const qsizetype headerEnd = received.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return reply;
    const QList<QByteArray> lines = received.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 2)
        return reply;
    reply.status = statusLine.at(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            reply.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    reply.body = received.mid(headerEnd + 4);
    reply.json = QJsonDocument::fromJson(reply.body).object();
    return reply;
}
