#include "ApprovalPrompts.h"

#include "Broker.h"
#include "ConnectRequestPrompt.h"
#include "ConnectionsModel.h"
#include "PairingPrompt.h"
#include "ProvidersModel.h"

#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

ApprovalPrompts::ApprovalPrompts(Broker *broker, ConnectionsModel *connections, ProvidersModel *providers, QWidget *window)
    : QObject(window)
    , m_broker(broker)
    , m_connections(connections)
    , m_providers(providers)
    , m_window(window)
{
    connect(broker, &Broker::pairingRequested, this, &ApprovalPrompts::addPairing);
    connect(broker, &Broker::pairingsChanged, this, &ApprovalPrompts::setPendingPairings);
    connect(broker, &Broker::connectRequested, this, &ApprovalPrompts::addConnectRequest);
}

QList<ApprovalPrompts::Pending> ApprovalPrompts::pending() const
{
    QList<Pending> pending;
    for (const PairingRequest &request : m_pairings)
        pending.append({request.requestId, tr("Pair %1 (code %2)").arg(request.name, request.code)});
    for (const ConnectRequest &request : m_connectRequests) {
        const ProviderSummary *provider = m_providers->provider(request.provider);
        pending.append({request.id, tr("Connect %1 for %2").arg(provider ? provider->displayName : request.provider,
                                                                   request.agentName)});
    }
    return pending;
}

PairingPrompt *ApprovalPrompts::pairingPrompt(const QString &requestId) const
{
    return m_pairingPrompts.value(requestId).data();
}

ConnectRequestPrompt *ApprovalPrompts::connectPrompt(const QString &requestId) const
{
    return m_connectPrompts.value(requestId).data();
}

void ApprovalPrompts::showPrompt(const QString &requestId)
{
    QDialog *prompt = pairingPrompt(requestId);
    if (!prompt)
        prompt = connectPrompt(requestId);

    if (!prompt) {
        for (const PairingRequest &request : std::as_const(m_pairings)) {
            if (request.requestId != requestId)
                continue;
            auto *pairing = new PairingPrompt(m_broker, request, m_connections->connections(), m_window);
            m_pairingPrompts.insert(requestId, pairing);
            prompt = pairing;
        }
        for (const ConnectRequest &request : std::as_const(m_connectRequests)) {
            if (request.id != requestId)
                continue;
            const ProviderSummary *provider = m_providers->provider(request.provider);
            auto *connectPrompt = new ConnectRequestPrompt(m_broker, request, provider ? provider->displayName : QString(), m_window);
            connect(connectPrompt, &ConnectRequestPrompt::allowRequested, this, &ApprovalPrompts::connectAllowed);
            connect(connectPrompt, &ConnectRequestPrompt::requestEnded, this, &ApprovalPrompts::removeConnectRequest);
            m_connectPrompts.insert(requestId, connectPrompt);
            prompt = connectPrompt;
        }
    }
    if (!prompt)
        return;

    // A prompt closed without a decision is deleted, and the request stays pending.
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->show();
    prompt->raise();
    prompt->activateWindow();
}

void ApprovalPrompts::showAllPrompts()
{
    for (const Pending &request : pending())
        showPrompt(request.id);
}

void ApprovalPrompts::addPairing(const PairingRequest &request)
{
    bool known = false;
    for (const PairingRequest &pending : std::as_const(m_pairings))
        known = known || pending.requestId == request.requestId;
    if (!known)
        m_pairings.append(request);
    Q_EMIT pendingChanged(int(pending().size()));
    Q_EMIT approvalArrived(tr("%1 asks to pair").arg(request.name),
                           tr("Check the pairing code %1 and allow or deny the agent.").arg(request.code));
    showPrompt(request.requestId);
}

void ApprovalPrompts::setPendingPairings(const QList<PairingRequest> &pending)
{
    // Requests decided elsewhere (another prompt, the command line) or lapsed lose their prompt.
    for (const PairingRequest &request : std::as_const(m_pairings)) {
        const bool stillPending = std::any_of(pending.cbegin(), pending.cend(), [&request](const PairingRequest &other) {
            return other.requestId == request.requestId;
        });
        if (stillPending)
            continue;
        if (const QPointer<PairingPrompt> prompt = m_pairingPrompts.take(request.requestId))
            prompt->close();
    }
    m_pairings = pending;
    Q_EMIT pendingChanged(int(this->pending().size()));
}

void ApprovalPrompts::addConnectRequest(const ConnectRequest &request)
{
    if (request.status != u"pending_approval"_s)
        return;
    m_connectRequests.append(request);
    Q_EMIT pendingChanged(int(pending().size()));
    const ProviderSummary *provider = m_providers->provider(request.provider);
    Q_EMIT approvalArrived(tr("%1 asks to connect %2").arg(request.agentName, provider ? provider->displayName : request.provider),
                           tr("Allow or deny the agent's request in SecureContext."));
    showPrompt(request.id);
}

void ApprovalPrompts::removeConnectRequest(const QString &requestId)
{
    m_connectRequests.removeIf([&requestId](const ConnectRequest &request) { return request.id == requestId; });
    m_connectPrompts.remove(requestId);
    Q_EMIT pendingChanged(int(pending().size()));
}
