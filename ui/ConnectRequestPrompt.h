#pragma once

#include "ConnectRequest.h"

#include <QDialog>

class Broker;

// Non-modal prompt for an agent's request to connect an account: the agent, the provider,
// the scopes and the session lifetime it asks for. Deny goes to the broker as a queued
// call. Allow is left to the owner, which shows the flow's progress before it starts the
// flow. The prompt closes itself when the request expires.
class ConnectRequestPrompt : public QDialog
{
    Q_OBJECT

public:
    // `providerDisplayName` is the provider's name for people, or empty to show its id.
    ConnectRequestPrompt(Broker *broker, const ConnectRequest &request, const QString &providerDisplayName,
                         QWidget *parent = nullptr);

    const ConnectRequest &request() const { return m_request; }

Q_SIGNALS:
    void allowRequested(const ConnectRequest &request);
    // The person allowed or denied the request, or it expired; the prompt closes.
    void requestEnded(const QString &requestId);

private:
    Broker *m_broker;
    ConnectRequest m_request;
};
