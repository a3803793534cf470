#include "api/LoopbackHostPolicy.h"

#include <QStringBuilder>

LoopbackHostPolicy::LoopbackHostPolicy(quint16 port, bool acceptIpv6Loopback)
{
    const QByteArray portSuffix = ':' + QByteArray::number(port);
    m_ipv4Host = "127.0.0.1" + portSuffix;
    m_localhostHost = "localhost" + portSuffix;
    if (acceptIpv6Loopback)
        m_ipv6Host = "[::1]" + portSuffix;
}

LoopbackHostPolicy LoopbackHostPolicy::forLocalSocket(quint16 tcpPort)
{
    LoopbackHostPolicy policy(tcpPort, true);
    policy.m_acceptWithoutPort = true;
    return policy;
}

bool LoopbackHostPolicy::acceptsWithoutPort(QByteArrayView host) const
{
    return host == "127.0.0.1" || host == "[::1]" || host.compare("localhost", Qt::CaseInsensitive) == 0;
}

bool LoopbackHostPolicy::accepts(QByteArrayView host) const
{
    if (host.isEmpty() || m_ipv4Host.isEmpty())
        return false;
    if (m_acceptWithoutPort && acceptsWithoutPort(host))
        return true;

    if (host == m_ipv4Host)
        return true;
    if (!m_ipv6Host.isEmpty() && host == m_ipv6Host)
        return true;

    // Host names are case-insensitive (RFC 3986 section 3.2.2).
    return host.size() == m_localhostHost.size()
        && qstrnicmp(host.data(), host.size(), m_localhostHost.constData(), m_localhostHost.size())
        == 0;
}
