#pragma once

#include <QDialog>

class QLineEdit;

// Asks for the OAuth client id and secret of one provider. The stored secret is never
// shown; leaving the secret empty makes the client public (PKCE only).
class ProviderClientDialog : public QDialog
{
    Q_OBJECT

public:
    ProviderClientDialog(const QString &providerDisplayName, const QString &clientId, const QString &redirectUri,
                         QWidget *parent = nullptr);

    QString clientId() const;
    QString clientSecret() const;

private:
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
};
