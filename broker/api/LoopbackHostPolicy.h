#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Decides which Host header values the local API accepts. A web page that an attacker serves
// under their own DNS name can make the victim's browser send requests to 127.0.0.1 once the
// name resolves there (DNS rebinding). Those requests still carry the attacker's name in Host,
// so accepting only the loopback names with our exact port stops them:
//
//   127.0.0.1:<port>, localhost:<port> (any letter case), and [::1]:<port> when IPv6 is served.
//
// Everything else is rejected, including "localhost." (trailing dot), other 127/8 addresses,
// another port and a missing port.
class LoopbackHostPolicy
{
public:
    // A policy that accepts nothing.
    LoopbackHostPolicy() = default;

    LoopbackHostPolicy(quint16 port, bool acceptIpv6Loopback);

    // The policy of the local socket: the three loopback names without a port, as clients
    // such as `curl --unix-socket` send them, or with the TCP port `tcpPort`. No browser can
    // open a local socket, so DNS rebinding does not reach it. The check still rejects a
    // request that a local proxy forwards with a foreign Host.
    static LoopbackHostPolicy forLocalSocket(quint16 tcpPort);

    bool accepts(QByteArrayView host) const;

private:
    bool acceptsWithoutPort(QByteArrayView host) const;

    bool m_acceptWithoutPort = false;
    QByteArray m_ipv4Host;
    QByteArray m_localhostHost;
    QByteArray m_ipv6Host;
};
