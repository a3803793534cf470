#include "FakeTokenEndpoint.h"

#include <QTcpSocket>
#include <QUrlQuery>

#include <sys/socket.h>

FakeTokenEndpoint::FakeTokenEndpoint(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeTokenEndpoint::handleConnection);
}

bool FakeTokenEndpoint::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QByteArray FakeTokenEndpoint::tokenUrl() const
{
    return "http://127.0.0.1:" + QByteArray::number(m_server.serverPort()) + "/token";
}

FakeTokenEndpoint::Step FakeTokenEndpoint::json(int status, const QByteArray &body)
{
    return Step{Action::Respond, status, "application/json", body};
}

void FakeTokenEndpoint::handleConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handleData(socket); });
    }
}

void FakeTokenEndpoint::handleData(QTcpSocket *socket)
{
    // The request is small: wait for the header block and the whole body.
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    qsizetype contentLength = 0;
    QByteArray authorization;
    QByteArray accept;
    for (const QByteArray &line : buffer.left(headerEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            contentLength = line.mid(15).trimmed().toLongLong();
        if (line.toLower().startsWith("authorization:"))
            authorization = line.mid(14).trimmed();
        if (line.toLower().startsWith("accept:"))
            accept = line.mid(7).trimmed();
    }
    if (buffer.size() < headerEnd + 4 + contentLength)
        return;

    const QByteArray body = buffer.mid(headerEnd + 4, contentLength);
    const QUrlQuery form(QString::fromLatin1(body));
    m_refreshTokens.append(form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded).toUtf8());
    m_authorizations.append(authorization);
    m_bodies.append(body);
    m_acceptHeaders.append(accept);
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);

    // Every token request of the broker sends `Accept: application/json`, because GitHub
    // responds form-encoded otherwise. A request without it fails here, whatever the script.
    if (!accept.toLower().contains("application/json")) {
        run(socket, json(406, R"({"error":"invalid_request","error_description":"Accept: application/json is missing"})"));
        return;
    }
    const Step step = m_script.isEmpty() ? json(500, R"({"error":"server_error","error_description":"script exhausted"})")
                                         : m_script.takeFirst();
    run(socket, step);
}

void FakeTokenEndpoint::run(QTcpSocket *socket, const Step &step)
{
    switch (step.action) {
    case Action::Respond: {
        const QByteArray response = "HTTP/1.1 " + QByteArray::number(step.status) + " Scripted\r\nContent-Type: "
            + step.contentType + "\r\nContent-Length: " + QByteArray::number(step.body.size())
            + "\r\nConnection: close\r\n\r\n" + step.body;
        socket->write(response);
        socket->disconnectFromHost();
        return;
    }
    case Action::Reset: {
        // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        struct linger option = {1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option, sizeof option);
        socket->abort();
        return;
    }
    case Action::Silent:
        return;
    case Action::Hold:
        m_held.append(socket);
        return;
    }
}

void FakeTokenEndpoint::respondToHeld(const Step &step)
{
    if (m_held.isEmpty())
        return;
    run(m_held.takeFirst(), step);
}
