#include "RawHttpClient.h"

#include <QLocalSocket>
#include <QTcpSocket>
#include <QTest>

QByteArray RawHttpClient::Response::header(const QByteArray &name) const
{
    for (const QByteArray &line : headers.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

RawHttpClient::RawHttpClient() = default;

RawHttpClient::~RawHttpClient() = default;

bool RawHttpClient::connectLocal(const QString &path, int timeoutMs)
{
    auto socket = std::make_unique<QLocalSocket>();
    QLocalSocket *raw = socket.get();
    QObject::connect(raw, &QLocalSocket::disconnected, raw, [this] { m_closed = true; });
    raw->connectToServer(path);
    m_socket = std::move(socket);
    return QTest::qWaitFor([raw] { return raw->state() == QLocalSocket::ConnectedState; }, timeoutMs);
}

bool RawHttpClient::connectTcp(quint16 port, int timeoutMs)
{
    auto socket = std::make_unique<QTcpSocket>();
    QTcpSocket *raw = socket.get();
    QObject::connect(raw, &QTcpSocket::disconnected, raw, [this] { m_closed = true; });
    raw->connectToHost(QHostAddress::LocalHost, port);
    m_socket = std::move(socket);
    return QTest::qWaitFor([raw] { return raw->state() == QAbstractSocket::ConnectedState; }, timeoutMs);
}

void RawHttpClient::write(const QByteArray &bytes)
{
    m_socket->write(bytes);
}

void RawHttpClient::readAvailable()
{
    if (m_socket)
        m_buffer += m_socket->readAll();
}

std::optional<RawHttpClient::Response> RawHttpClient::takeResponse(bool headOnly)
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return std::nullopt;

    Response response;
    const qsizetype statusEnd = m_buffer.indexOf("\r\n");
    const QList<QByteArray> statusLine = m_buffer.left(statusEnd).split(' ');
    response.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
    response.headers = m_buffer.mid(statusEnd + 2, headerEnd - statusEnd - 2);

    const qsizetype bodyStart = headerEnd + 4;
    if (headOnly) {
        m_buffer.remove(0, bodyStart);
        return response;
    }

    const qsizetype length = response.header("Content-Length").toLongLong();
    if (m_buffer.size() - bodyStart < length)
        return std::nullopt;
    response.body = m_buffer.mid(bodyStart, length);
    m_buffer.remove(0, bodyStart + length);
    return response;
}

std::optional<RawHttpClient::Response> RawHttpClient::readResponse(int timeoutMs)
{
    std::optional<Response> response;
    const bool done = QTest::qWaitFor([&] {
        readAvailable();
        response = takeResponse(false);
        return response.has_value();
    }, timeoutMs);
    Q_UNUSED(done);
    return response;
}

std::optional<RawHttpClient::Response> RawHttpClient::readHead(int timeoutMs)
{
    std::optional<Response> response;
    const bool done = QTest::qWaitFor([&] {
        readAvailable();
        response = takeResponse(true);
        return response.has_value();
    }, timeoutMs);
    Q_UNUSED(done);
    return response;
}

std::optional<QByteArray> RawHttpClient::readUntil(const QByteArray &marker, int timeoutMs)
{
    std::optional<QByteArray> text;
    const bool done = QTest::qWaitFor([&] {
        readAvailable();
        const qsizetype at = m_buffer.indexOf(marker);
        if (at < 0)
            return false;
        text = m_buffer.left(at + marker.size());
        m_buffer.remove(0, at + marker.size());
        return true;
    }, timeoutMs);
    Q_UNUSED(done);
    return text;
}

bool RawHttpClient::waitForClosed(int timeoutMs)
{
    return QTest::qWaitFor([this] {
        readAvailable();
        return m_closed;
    }, timeoutMs);
}

void RawHttpClient::close()
{
    if (auto *local = qobject_cast<QLocalSocket *>(m_socket.get()))
        local->abort();
    else if (auto *tcp = qobject_cast<QTcpSocket *>(m_socket.get()))
        tcp->abort();
}

bool RawHttpClient::isConnected() const
{
    return m_socket && !m_closed;
}

QByteArray RawHttpClient::get(const QByteArray &path, const QByteArray &host, const QByteArray &extraHeaders)
{
    return "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + extraHeaders + "\r\n";
}
