#include "PairingPrompt.h"

#include "AgentPermissionsEditor.h"
#include "Broker.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

PairingPrompt::PairingPrompt(Broker *broker, const PairingRequest &request, const QList<ConnectionSummary> &connections,
                             QWidget *parent)
    : QDialog(parent)
    , m_broker(broker)
    , m_request(request)
    , m_code(new QLabel(request.code, this))
    , m_permissions(new AgentPermissionsEditor(this))
{
    setWindowTitle(tr("Pair agent %1").arg(request.name));
    setModal(false);

    // The name and address come from the agent: plain text only.
    auto *intro = new QLabel(tr("An agent asks to use your connections:"), this);
    auto *name = new QLabel(request.name, this);
    name->setTextFormat(Qt::PlainText);
    name->setAccessibleName(tr("Agent name"));
    QFont nameFont = name->font();
    nameFont.setBold(true);
    name->setFont(nameFont);

    m_code->setTextFormat(Qt::PlainText);
    m_code->setAccessibleName(tr("Pairing code"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setAlignment(Qt::AlignCenter);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(font().pointSizeF() * 2.5);
    codeFont.setBold(true);
    m_code->setFont(codeFont);
    auto *codeHint = new QLabel(tr("Check that the agent shows the same code. If it does not, deny the request."), this);
    codeHint->setWordWrap(true);
    codeHint->setAlignment(Qt::AlignCenter);

    auto *remote = new QLabel(request.remoteAddress, this);
    remote->setTextFormat(Qt::PlainText);
    remote->setAccessibleName(tr("Remote address"));
    auto *expires = new QLabel(QLocale().toString(request.expiresAt.toLocalTime(), QLocale::ShortFormat), this);
    expires->setAccessibleName(tr("Request expires"));
    auto *details = new QFormLayout;
    details->addRow(tr("Connecting from:"), remote);
    details->addRow(tr("Request expires:"), expires);

    m_permissions->setConnections(connections);
    m_permissions->setPermissions(request.requestedPermissions);
    m_permissions->setLimit(request.requestedPermissions);
    m_permissions->setAccessibleName(tr("Permissions to grant"));
    auto *permissionsHint = new QLabel(tr("Requested permissions. You can narrow them before allowing."), this);
    permissionsHint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *allowOnce = buttons->addButton(tr("Allow &once"), QDialogButtonBox::AcceptRole);
    allowOnce->setAccessibleName(tr("Allow once"));
    allowOnce->setToolTip(tr("The agent's key works for 24 hours"));
    QPushButton *allowAlways = buttons->addButton(tr("Allow &always"), QDialogButtonBox::AcceptRole);
    allowAlways->setAccessibleName(tr("Allow always"));
    allowAlways->setToolTip(tr("The agent's key works until you revoke it"));
    QPushButton *denyButton = buttons->addButton(tr("&Deny"), QDialogButtonBox::RejectRole);
    denyButton->setAccessibleName(tr("Deny"));
    // Deny is the default, so a stray Enter never grants access.
    denyButton->setDefault(true);
    denyButton->setFocus();
    connect(allowOnce, &QPushButton::clicked, this, [this] { allow(false); });
    connect(allowAlways, &QPushButton::clicked, this, [this] { allow(true); });
    connect(denyButton, &QPushButton::clicked, this, &PairingPrompt::deny);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(name);
    layout->addWidget(m_code);
    layout->addWidget(codeHint);
    layout->addLayout(details);
    layout->addWidget(permissionsHint);
    layout->addWidget(m_permissions);
    layout->addWidget(buttons);
}

QString PairingPrompt::codeText() const
{
    return m_code->text();
}

void PairingPrompt::allow(bool always)
{
    const AgentPermissions granted = m_permissions->permissions();
    QMetaObject::invokeMethod(m_broker, [broker = m_broker, id = m_request.requestId, granted, always] {
        broker->approvePairing(id, granted, always);
    });
    Q_EMIT decided(m_request.requestId);
    close();
}

void PairingPrompt::deny()
{
    QMetaObject::invokeMethod(m_broker, [broker = m_broker, id = m_request.requestId] { broker->denyPairing(id); });
    Q_EMIT decided(m_request.requestId);
    close();
}
