#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

// A scriptable token endpoint on 127.0.0.1 for the failures that no conformant OAuth server
// produces on demand: a 503 with an HTML body from a proxy, a TCP reset after the request, no
// response at all, an error body with HTTP 200. Each request takes the next step of the script;
// a request beyond the script gets a 500, so a test that sends too many requests fails. A
// request without `Accept: application/json` gets a 406 and leaves the script as it is.
class FakeTokenEndpoint : public QObject
{
    Q_OBJECT

public:
    enum class Action {
        Respond, // send status, content type and body, then close
        Reset,   // read the request, then reset the connection (RST)
        Silent,  // read the request and never respond
        Hold,    // keep the request until respondToHeld()
    };

    struct Step
    {
        Action action = Action::Respond;
        int status = 200;
        QByteArray contentType;
        QByteArray body;
    };

    explicit FakeTokenEndpoint(QObject *parent = nullptr);

    bool listen();
    QByteArray tokenUrl() const;

    void append(const Step &step) { m_script.append(step); }
    void clearScript() { m_script.clear(); }
    static Step json(int status, const QByteArray &body);

    int requestCount() const { return int(m_refreshTokens.size()); }
    // The refresh_token form field of each request, in order.
    QList<QByteArray> refreshTokens() const { return m_refreshTokens; }
    // The Authorization header and the form body of each request, in order.
    QList<QByteArray> authorizations() const { return m_authorizations; }
    QList<QByteArray> bodies() const { return m_bodies; }
    // The Accept header of each request, in order; empty when a request had none.
    QList<QByteArray> acceptHeaders() const { return m_acceptHeaders; }
    int heldCount() const { return int(m_held.size()); }
    // Responds to the oldest held request.
    void respondToHeld(const Step &step);

private:
    void handleConnection();
    void handleData(QTcpSocket *socket);
    void run(QTcpSocket *socket, const Step &step);

    QTcpServer m_server;
    QList<Step> m_script;
    QList<QByteArray> m_refreshTokens;
    QList<QByteArray> m_authorizations;
    QList<QByteArray> m_bodies;
    QList<QByteArray> m_acceptHeaders;
    QList<QTcpSocket *> m_held;
};
