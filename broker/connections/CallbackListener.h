#pragma once

#include "core/Result.h"

#include <QObject>
#include <QUrlQuery>

#include <functional>

class HttpServer;
class Responder;

// The loopback listener of one authorization flow whose provider accepts any loopback port
// (RFC 8252 section 7.3). It binds an ephemeral port on 127.0.0.1, and the same port on [::1]
// when it can, never a wildcard address. It serves exactly one path,
// /oauth/<provider>/callback, with the API's Host check (loopback names with this port), on
// one worker thread with small limits.
//
// Create, listen and close it on the broker thread. The callback handler runs there too.
class CallbackListener : public QObject
{
    Q_OBJECT

public:
    // Sends the page shown in the browser. Callable later and from any thread; calls after the
    // first are ignored.
    using Respond = std::function<void(int status, const QString &title, const QString &message)>;
    // Receives the callback's query on the broker thread.
    using Handler = std::function<void(const QUrlQuery &query, const Respond &respond)>;

    explicit CallbackListener(const QString &providerName, QObject *parent = nullptr);

    // Closes the listener.
    ~CallbackListener() override;

    // Sets the function that handles callbacks. Requests that arrive before it is set, or
    // after close(), get 410.
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    // Binds a port that the system picks. Fails with the HttpServer's error (LISTEN_FAILED,
    // PORT_IN_USE) when no loopback port can be bound.
    Result<void> listen();

    // Stops accepting and closes every connection. Responses already sent are flushed first.
    // Safe to call more than once.
    void close();

    bool isListening() const;
    quint16 port() const;
    // Whether [::1] is bound besides 127.0.0.1.
    bool servesIpv6() const;

private:
    void deliver(const QUrlQuery &query, Responder responder);

    QString m_providerName;
    HttpServer *m_server;
    Handler m_handler;
};
