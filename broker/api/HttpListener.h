#pragma once

#include <QTcpServer>

#include <functional>

// A listening socket that passes each accepted descriptor on instead of creating a QTcpSocket
// in the listening thread, so the socket can be created on the worker thread that serves it.
class HttpListener : public QTcpServer
{
    Q_OBJECT

public:
    using DescriptorHandler = std::function<void(qintptr socketDescriptor)>;

    explicit HttpListener(DescriptorHandler handler, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    DescriptorHandler m_handler;
};
