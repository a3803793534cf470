#include "ProviderClientDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

ProviderClientDialog::ProviderClientDialog(const QString &providerDisplayName, const QString &clientId,
                                           const QString &redirectUri, QWidget *parent)
    : QDialog(parent)
    , m_clientId(new QLineEdit(clientId, this))
    , m_clientSecret(new QLineEdit(this))
{
    setWindowTitle(tr("OAuth client for %1").arg(providerDisplayName));

    m_clientId->setAccessibleName(tr("Client id"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(tr("Stored in the keychain; leave empty for a public client"));
    m_clientSecret->setAccessibleName(tr("Client secret"));

    auto *redirect = new QLineEdit(redirectUri, this);
    redirect->setReadOnly(true);
    redirect->setAccessibleName(tr("Redirect URI"));
    auto *copyRedirect = new QPushButton(tr("Copy"), this);
    copyRedirect->setAccessibleName(tr("Copy redirect URI"));
    connect(copyRedirect, &QPushButton::clicked, this, [redirectUri] { QApplication::clipboard()->setText(redirectUri); });
    auto *redirectRow = new QHBoxLayout;
    redirectRow->addWidget(redirect, 1);
    redirectRow->addWidget(copyRedirect);

    auto *form = new QFormLayout;
    form->addRow(tr("Redirect URI to register:"), redirectRow);
    form->addRow(tr("Client id:"), m_clientId);
    form->addRow(tr("Client secret:"), m_clientSecret);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save the OAuth client"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close without saving"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateSave = [this, buttons] {
        buttons->button(QDialogButtonBox::Save)->setEnabled(!m_clientId->text().trimmed().isEmpty());
    };
    connect(m_clientId, &QLineEdit::textChanged, this, updateSave);
    updateSave();

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Register an OAuth client at %1 with the redirect URI below, then enter its "
                                "client id and secret.").arg(providerDisplayName), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QString ProviderClientDialog::clientId() const
{
    return m_clientId->text().trimmed();
}

QString ProviderClientDialog::clientSecret() const
{
    return m_clientSecret->text();
}
