#pragma once

#include "ConnectionSummary.h"
#include "PairingRequest.h"

#include <QDialog>

class AgentPermissionsEditor;
class Broker;
class QLabel;
class QPushButton;

// Non-modal prompt for one pairing request: the agent's name, the pairing code in large
// type for the person to compare with the agent's, the requested permissions (which the
// person may narrow) and the remote address. Allow once, Allow always and Deny go to the
// broker as queued calls; closing the prompt leaves the request pending.
class PairingPrompt : public QDialog
{
    Q_OBJECT

public:
    PairingPrompt(Broker *broker, const PairingRequest &request, const QList<ConnectionSummary> &connections,
                  QWidget *parent = nullptr);

    const PairingRequest &request() const { return m_request; }
    QString codeText() const;
    AgentPermissionsEditor *permissionsEditor() const { return m_permissions; }

Q_SIGNALS:
    // The person allowed or denied the request; the prompt closes.
    void decided(const QString &requestId);

private:
    void allow(bool always);
    void deny();

    Broker *m_broker;
    PairingRequest m_request;
    QLabel *m_code;
    AgentPermissionsEditor *m_permissions;
};
