#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>

// Raw HTTP/1.1 requests to the broker on 127.0.0.1, with every header under the test's
// control (none added), and the reply's status, headers and JSON body.
class ContractHttp
{
public:
    struct Reply
    {
        int status = 0; // 0 when no response came back in time
        QHash<QByteArray, QByteArray> headers; // lower-cased names
        QByteArray body;
        QJsonObject json;
    };

    explicit ContractHttp(quint16 port) : m_port(port) {}

    QByteArray host() const;

    // Sends one request with Host 127.0.0.1:<port>, Connection: close, the given extra header
    // lines and, when `body` is not null, the body with Content-Length.
    Reply send(const QByteArray &method, const QByteArray &target, const QList<QByteArray> &headers = {},
               const QByteArray &body = QByteArray()) const;
    // Sends the bytes as they are.
    Reply sendRaw(const QByteArray &bytes) const;

    static QByteArray bearer(const QString &key);

private:
    quint16 m_port;
};
