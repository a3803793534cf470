#pragma once

#include "core/Error.h"
#include "core/Result.h"
#include "oauth/Provider.h"

#include <QDialog>
#include <QHash>

class Broker;
class ProvidersModel;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTabWidget;

// Adds a provider three ways: a preset with the user's OAuth client, discovery from an issuer
// URL, or every field by hand. The dialog stays open while the broker works and closes when
// the provider is saved. An error names the rejected field, which gets the focus.
class AddProviderDialog : public QDialog
{
    Q_OBJECT

public:
    enum Mode { PresetMode, IssuerMode, ManualMode };

    AddProviderDialog(Broker *broker, const ProvidersModel *providers, QWidget *parent = nullptr);

    void setMode(Mode mode);
    // Selects the preset named `name` on the preset tab.
    void selectPreset(const QString &name);
    // The name of the provider added or configured, once the dialog is accepted.
    QString addedProvider() const { return m_added; }
    // The error shown under the form, empty when none.
    QString errorText() const;
    // The field the last error names, or nullptr.
    QWidget *errorField() const { return m_errorField; }

    // Builds a provider from the manual tab's fields and validates it as a provider file.
    // The error's message starts with the JSON key at fault (see Provider::fromJson).
    Result<Provider> manualProvider() const;

private:
    QWidget *createPresetTab();
    QWidget *createIssuerTab();
    QWidget *createManualTab();
    QWidget *createClientGroup();
    QLineEdit *addField(class QFormLayout *form, const QString &label, const QString &accessibleName,
                        const QString &jsonKey = QString());

    void submit();
    void submitPreset();
    void submitIssuer();
    void submitManual();
    void handleProvidersAdded(const QStringList &names, const QList<Error> &problems);
    void handleProvidersChanged();
    void handleOperationFailed(const Error &error);
    void showError(const QString &message, QWidget *field);
    void setBusy(bool busy);

    Broker *m_broker;
    const ProvidersModel *m_providers;
    QTabWidget *m_tabs;
    QComboBox *m_preset = nullptr;
    QLabel *m_presetRedirect = nullptr;
    QLineEdit *m_issuer = nullptr;
    QLineEdit *m_issuerName = nullptr;
    QLineEdit *m_issuerDisplayName = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_authorizationUrl = nullptr;
    QLineEdit *m_tokenUrl = nullptr;
    QLineEdit *m_userinfoUrl = nullptr;
    QLineEdit *m_revocationUrl = nullptr;
    QLineEdit *m_scopes = nullptr;
    QCheckBox *m_pkce = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QWidget *m_errorField = nullptr;
    // JSON key of a manual field -> the field, to point at the field a validation error names.
    QHash<QString, QLineEdit *> m_fieldsByKey;
    // The provider being added or configured; empty when the dialog is idle.
    QString m_pending;
    QString m_pendingClientId;
    // True once the broker stores the client: the dialog then waits for providersChanged.
    bool m_waitingForClient = false;
    QString m_added;
};
