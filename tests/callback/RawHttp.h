#pragma once

#include <QByteArray>
#include <QHostAddress>

// Raw HTTP/1.1 over QTcpSocket, for requests a browser library would not send: any Host
// header, any path, or no HTTP at all.
class RawHttp
{
public:
    struct Reply
    {
        // 0 when nothing parseable came back before the connection closed or the time ran out.
        int status = 0;
        QByteArray body;
    };

    // Sends `bytes` as they are and reads one response (up to Connection: close or
    // Content-Length).
    static Reply exchange(const QHostAddress &address, quint16 port, const QByteArray &bytes);

    // Sends GET `target` with this Host header value and Connection: close.
    static Reply get(const QHostAddress &address, quint16 port, const QByteArray &host, const QByteArray &target);

    // Whether a connection to the port on this address is refused.
    static bool connectionRefused(const QHostAddress &address, quint16 port);

    // Whether this machine can bind [::1].
    static bool hasIpv6Loopback();
};
