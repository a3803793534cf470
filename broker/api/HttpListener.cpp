#include "api/HttpListener.h"

HttpListener::HttpListener(DescriptorHandler handler, QObject *parent)
    : QTcpServer(parent)
    , m_handler(std::move(handler))
{
}

void HttpListener::incomingConnection(qintptr socketDescriptor)
{
    m_handler(socketDescriptor);
}
