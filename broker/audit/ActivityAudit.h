#pragma once

#include <QObject>

class AuditLog;
class ConnectionManager;
class FlowController;
class TokenCache;

// Records what the broker does on its own thread as audit events: flows started and finished,
// the grants they store, sessions created, and connections removed. The API routes record the
// requests of agents themselves. Lives on the broker thread.
class ActivityAudit : public QObject
{
    Q_OBJECT

public:
    ActivityAudit(FlowController &flows, ConnectionManager &connections, const TokenCache &cache, AuditLog &audit,
                  QObject *parent = nullptr);
};
