#pragma once

#include "ConnectRequest.h"
#include "PairingRequest.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class Broker;
class ConnectRequestPrompt;
class ConnectionsModel;
class PairingPrompt;
class ProvidersModel;
class QWidget;

// The requests that wait for the person: agents' pairing requests and connect requests. It
// opens a non-modal prompt for each new one and reopens it on request (the tray's Pending
// approvals menu, the Agents page). A prompt closed without a decision leaves its request
// pending.
class ApprovalPrompts : public QObject
{
    Q_OBJECT

public:
    struct Pending
    {
        QString id;
        QString label;
    };

    // `window` is the parent of the prompts.
    ApprovalPrompts(Broker *broker, ConnectionsModel *connections, ProvidersModel *providers, QWidget *window);

    QList<Pending> pending() const;
    // The open prompt of a request, or nullptr.
    PairingPrompt *pairingPrompt(const QString &requestId) const;
    ConnectRequestPrompt *connectPrompt(const QString &requestId) const;

public Q_SLOTS:
    // Opens or raises the prompt of a pending request.
    void showPrompt(const QString &requestId);
    void showAllPrompts();

Q_SIGNALS:
    // The pending list changed; `count` is its length.
    void pendingChanged(int count);
    // A request arrived, for a desktop notification while the window is hidden.
    void approvalArrived(const QString &title, const QString &message);
    // The person allowed a connect request; the owner shows the flow and starts it.
    void connectAllowed(const ConnectRequest &request);

private:
    void addPairing(const PairingRequest &request);
    void setPendingPairings(const QList<PairingRequest> &pending);
    void addConnectRequest(const ConnectRequest &request);
    void removeConnectRequest(const QString &requestId);

    Broker *m_broker;
    ConnectionsModel *m_connections;
    ProvidersModel *m_providers;
    QWidget *m_window;
    QList<PairingRequest> m_pairings;
    QList<ConnectRequest> m_connectRequests;
    QHash<QString, QPointer<PairingPrompt>> m_pairingPrompts;
    QHash<QString, QPointer<ConnectRequestPrompt>> m_connectPrompts;
};
