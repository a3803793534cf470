#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <memory>
#include <optional>

// An HTTP/1.1 client at the byte level for tests of the server: it writes exactly the bytes a
// test gives it, over TCP or the local socket, and reads responses and event streams back.
// Every wait runs the event loop, so a server on the test's thread keeps accepting, and ends
// after the given time.
class RawHttpClient
{
public:
    struct Response
    {
        int status = 0;
        // The header block without the status line, as sent.
        QByteArray headers;
        QByteArray body;

        // The value of the header field `name` (any letter case), or an empty array.
        QByteArray header(const QByteArray &name) const;
    };

    RawHttpClient();
    ~RawHttpClient();

    bool connectLocal(const QString &path, int timeoutMs = 5000);
    bool connectTcp(quint16 port, int timeoutMs = 5000);

    void write(const QByteArray &bytes);

    // Reads one response with a Content-Length body.
    std::optional<Response> readResponse(int timeoutMs = 5000);
    // Reads the status line and header block of a response whose body follows later.
    std::optional<Response> readHead(int timeoutMs = 5000);
    // Reads until `marker` arrives and returns everything up to and including it.
    std::optional<QByteArray> readUntil(const QByteArray &marker, int timeoutMs = 5000);
    // Waits for the server to close the connection, reading what arrives in the meantime.
    bool waitForClosed(int timeoutMs = 5000);
    // Bytes received and not yet returned.
    QByteArray buffered() const { return m_buffer; }

    void close();
    bool isConnected() const;

    // A GET request with Host `host`, plus `extraHeaders` (each ending in CRLF).
    static QByteArray get(const QByteArray &path, const QByteArray &host = "localhost",
                          const QByteArray &extraHeaders = {});

private:
    void readAvailable();
    std::optional<Response> takeResponse(bool headOnly);

    std::unique_ptr<QIODevice> m_socket;
    QByteArray m_buffer;
    bool m_closed = false;
};
