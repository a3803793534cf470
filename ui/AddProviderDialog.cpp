#include "AddProviderDialog.h"

#include "Broker.h"
#include "ProvidersModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AddProviderDialog::AddProviderDialog(Broker *broker, const ProvidersModel *providers, QWidget *parent)
    : QDialog(parent)
    , m_broker(broker)
    , m_providers(providers)
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Add provider"));

    m_tabs->addTab(createPresetTab(), tr("From a &preset"));
    m_tabs->addTab(createIssuerTab(), tr("By &issuer URL"));
    m_tabs->addTab(createManualTab(), tr("By &hand"));
    m_tabs->setAccessibleName(tr("How to add the provider"));

    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Error"));
    // A status accent that reads on light and dark palettes alike.
    m_error->setStyleSheet(u"color: #c62828; font-weight: bold;"_s);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Add the provider"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close without adding"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddProviderDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(createClientGroup());
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(broker, &Broker::providersAdded, this, &AddProviderDialog::handleProvidersAdded);
    connect(broker, &Broker::providersChanged, this, &AddProviderDialog::handleProvidersChanged);
    connect(broker, &Broker::operationFailed, this, &AddProviderDialog::handleOperationFailed);
    resize(620, sizeHint().height());
}

QLineEdit *AddProviderDialog::addField(QFormLayout *form, const QString &label, const QString &accessibleName,
                                       const QString &jsonKey)
{
    auto *field = new QLineEdit(form->parentWidget());
    field->setAccessibleName(accessibleName);
    form->addRow(label, field);
    if (!jsonKey.isEmpty())
        m_fieldsByKey.insert(jsonKey, field);
    return field;
}

QWidget *AddProviderDialog::createPresetTab()
{
    auto *tab = new QWidget(this);
    auto *form = new QFormLayout(tab);
    m_preset = new QComboBox(tab);
    m_preset->setAccessibleName(tr("Preset"));
    for (const ProviderSummary &provider : m_providers->providers()) {
        if (!provider.userFile)
            m_preset->addItem(provider.displayName, provider.name);
    }
    form->addRow(tr("P&reset:"), m_preset);

    m_presetRedirect = new QLabel(tab);
    m_presetRedirect->setTextFormat(Qt::PlainText);
    m_presetRedirect->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_presetRedirect->setAccessibleName(tr("Redirect URI"));
    auto *copy = new QPushButton(tr("Cop&y"), tab);
    copy->setAccessibleName(tr("Copy redirect URI"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_presetRedirect->text()); });
    auto *redirectRow = new QHBoxLayout;
    redirectRow->addWidget(m_presetRedirect, 1);
    redirectRow->addWidget(copy);
    form->addRow(tr("Redirect URI to register:"), redirectRow);

    auto updateRedirect = [this] {
        const ProviderSummary *provider = m_providers->provider(m_preset->currentData().toString());
        m_presetRedirect->setText(provider ? provider->redirectUri : QString());
        // All tabs share the client fields, so only the preset tab fills them in.
        if (provider && m_clientId && m_tabs->currentIndex() == PresetMode)
            m_clientId->setText(provider->clientId);
    };
    connect(m_preset, &QComboBox::currentIndexChanged, this, updateRedirect);
    connect(m_tabs, &QTabWidget::currentChanged, this, updateRedirect);
    QMetaObject::invokeMethod(this, updateRedirect, Qt::QueuedConnection);

    auto *hint = new QLabel(tr("Register an OAuth client at the provider with this redirect URI, then enter its client "
                               "id and secret below."), tab);
    hint->setWordWrap(true);
    form->addRow(hint);
    return tab;
}

QWidget *AddProviderDialog::createIssuerTab()
{
    auto *tab = new QWidget(this);
    auto *form = new QFormLayout(tab);
    m_issuer = addField(form, tr("Iss&uer URL:"), tr("Issuer URL"));
    m_issuer->setPlaceholderText(u"https://login.example.com"_s);
    m_issuerName = addField(form, tr("&Name:"), tr("Issuer provider name"));
    m_issuerName->setPlaceholderText(tr("lower-case letters, digits, _ and -"));
    m_issuerDisplayName = addField(form, tr("&Display name:"), tr("Issuer provider display name"));
    auto *hint = new QLabel(tr("SecureContext reads the endpoints from the issuer's OpenID Connect or OAuth 2.0 "
                               "metadata (/.well-known/...)."), tab);
    hint->setWordWrap(true);
    form->addRow(hint);
    return tab;
}

QWidget *AddProviderDialog::createManualTab()
{
    auto *tab = new QWidget(this);
    auto *form = new QFormLayout(tab);
    m_name = addField(form, tr("&Name:"), tr("Name"), u"name"_s);
    m_name->setPlaceholderText(tr("lower-case letters, digits, _ and -"));
    m_displayName = addField(form, tr("&Display name:"), tr("Display name"), u"display_name"_s);
    m_authorizationUrl = addField(form, tr("Authori&zation URL:"), tr("Authorization URL"), u"authorization_url"_s);
    m_tokenUrl = addField(form, tr("&Token URL:"), tr("Token URL"), u"token_url"_s);
    m_userinfoUrl = addField(form, tr("&Userinfo URL:"), tr("Userinfo URL"), u"userinfo_url"_s);
    m_userinfoUrl->setPlaceholderText(tr("optional"));
    m_revocationUrl = addField(form, tr("Re&vocation URL:"), tr("Revocation URL"), u"revocation_url"_s);
    m_revocationUrl->setPlaceholderText(tr("optional"));
    m_scopes = addField(form, tr("Scop&es:"), tr("Scopes"), u"scopes"_s);
    m_scopes->setPlaceholderText(tr("separated by spaces"));
    m_pkce = new QCheckBox(tr("Use P&KCE (S256)"), tab);
    m_pkce->setChecked(true);
    m_pkce->setAccessibleName(tr("Use PKCE"));
    form->addRow(QString(), m_pkce);
    return tab;
}

QWidget *AddProviderDialog::createClientGroup()
{
    auto *group = new QGroupBox(tr("OAuth client"), this);
    auto *form = new QFormLayout(group);
    m_clientId = addField(form, tr("&Client id:"), tr("Client id"), u"client_id"_s);
    m_clientSecret = addField(form, tr("Client &secret:"), tr("Client secret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(tr("Stored in the keychain; leave empty for a public client"));
    return group;
}

void AddProviderDialog::setMode(Mode mode)
{
    m_tabs->setCurrentIndex(mode);
}

void AddProviderDialog::selectPreset(const QString &name)
{
    const int index = m_preset->findData(name);
    if (index >= 0)
        m_preset->setCurrentIndex(index);
}

QString AddProviderDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

Result<Provider> AddProviderDialog::manualProvider() const
{
    QJsonObject json{
        {u"name"_s, m_name->text().trimmed()},
        {u"display_name"_s, m_displayName->text().trimmed()},
        {u"authorization_url"_s, m_authorizationUrl->text().trimmed()},
        {u"token_url"_s, m_tokenUrl->text().trimmed()},
        {u"pkce"_s, m_pkce->isChecked()},
    };
    // Optional keys are left out when empty, because Provider::fromJson rejects an empty URL.
    if (!m_userinfoUrl->text().trimmed().isEmpty())
        json.insert(u"userinfo_url"_s, m_userinfoUrl->text().trimmed());
    if (!m_revocationUrl->text().trimmed().isEmpty())
        json.insert(u"revocation_url"_s, m_revocationUrl->text().trimmed());
    if (!m_clientId->text().trimmed().isEmpty())
        json.insert(u"client_id"_s, m_clientId->text().trimmed());
    QJsonArray scopes;
    for (const QString &scope : m_scopes->text().split(u' ', Qt::SkipEmptyParts))
        scopes.append(scope);
    json.insert(u"scopes"_s, scopes);

    return Provider::fromJson(json, ProviderSource::UserFile);
}

void AddProviderDialog::submit()
{
    m_error->hide();
    m_errorField = nullptr;
    m_waitingForClient = false;
    switch (m_tabs->currentIndex()) {
    case PresetMode:
        submitPreset();
        break;
    case IssuerMode:
        submitIssuer();
        break;
    default:
        submitManual();
        break;
    }
}

void AddProviderDialog::submitPreset()
{
    const QString name = m_preset->currentData().toString();
    if (name.isEmpty()) {
        showError(tr("Preset: choose a provider."), m_preset);
        return;
    }
    if (m_clientId->text().trimmed().isEmpty()) {
        showError(tr("Client id: enter the client id that the provider issued for SecureContext."), m_clientId);
        return;
    }

    m_pending = name;
    m_pendingClientId = m_clientId->text().trimmed();
    m_waitingForClient = true;
    setBusy(true);
    QMetaObject::invokeMethod(m_broker, [broker = m_broker, name, id = m_pendingClientId,
                                         secret = m_clientSecret->text()] { broker->configureProvider(name, id, secret); });
}

void AddProviderDialog::submitIssuer()
{
    const QUrl issuer(m_issuer->text().trimmed(), QUrl::StrictMode);
    if (!issuer.isValid() || issuer.host().isEmpty()
        || (issuer.scheme() != u"https"_s && !(issuer.scheme() == u"http"_s && Provider::isLoopbackHost(issuer.host())))) {
        showError(tr("Issuer URL: enter an https:// URL (http:// only on this computer)."), m_issuer);
        return;
    }
    const QString name = m_issuerName->text().trimmed();
    if (name.isEmpty()) {
        showError(tr("Name: enter a short name of lower-case letters, digits, _ and -."), m_issuerName);
        return;
    }
    QString displayName = m_issuerDisplayName->text().trimmed();
    if (displayName.isEmpty())
        displayName = name;

    m_pending = name;
    setBusy(true);
    QMetaObject::invokeMethod(m_broker, [broker = m_broker, issuer = m_issuer->text().trimmed(), name, displayName] {
        broker->addProviderFromIssuer(issuer, name, displayName);
    });
}

void AddProviderDialog::submitManual()
{
    const Result<Provider> provider = manualProvider();
    if (!provider) {
        // Provider::fromJson starts its message with the JSON key ("token_url: must use
        // https"). The dialog shows the field's label in its place and focuses the field.
        const QString message = provider.error().message;
        const QString key = message.section(u':', 0, 0).trimmed();
        QLineEdit *field = m_fieldsByKey.value(key);
        const QString detail = message.section(u':', 1).trimmed();
        if (field)
            showError(tr("%1: %2", "field name: English reason").arg(field->accessibleName(), detail), field);
        else
            showError(message, nullptr);
        return;
    }

    m_pending = provider.value().name;
    setBusy(true);
    QMetaObject::invokeMethod(m_broker, [broker = m_broker, added = provider.value()] { broker->addProvider(added); });
}

void AddProviderDialog::handleProvidersAdded(const QStringList &names, const QList<Error> &problems)
{
    if (m_pending.isEmpty() || m_waitingForClient)
        return;
    if (!names.contains(m_pending)) {
        setBusy(false);
        const Error error = problems.value(0);
        QWidget *field = m_tabs->currentIndex() == IssuerMode ? m_issuer : nullptr;
        if (error.code == u"PROVIDER_EXISTS"_s)
            field = m_tabs->currentIndex() == IssuerMode ? m_issuerName : m_name;
        showError(error.message, field);
        m_pending.clear();
        return;
    }

    // The provider file exists now. Its client goes through configureProvider like a
    // preset's, so the secret is written to the keychain and never to the file.
    if (m_clientId->text().trimmed().isEmpty() && m_clientSecret->text().isEmpty()) {
        m_added = m_pending;
        m_pending.clear();
        accept();
        return;
    }
    m_pendingClientId = m_clientId->text().trimmed();
    m_waitingForClient = true;
    QMetaObject::invokeMethod(m_broker, [broker = m_broker, name = m_pending, id = m_pendingClientId,
                                         secret = m_clientSecret->text()] { broker->configureProvider(name, id, secret); });
}

void AddProviderDialog::handleProvidersChanged()
{
    if (m_pending.isEmpty() || !m_waitingForClient)
        return;
    const ProviderSummary *provider = m_providers->provider(m_pending);
    if (provider && provider->clientId == m_pendingClientId) {
        m_added = m_pending;
        m_pending.clear();
        accept();
    }
}

void AddProviderDialog::handleOperationFailed(const Error &error)
{
    if (m_pending.isEmpty())
        return;
    setBusy(false);
    m_waitingForClient = false;
    m_pending.clear();
    showError(error.message, m_clientId);
}

void AddProviderDialog::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->show();
    m_errorField = field;
    if (field) {
        field->setAccessibleDescription(message);
        field->setFocus();
    }
}

void AddProviderDialog::setBusy(bool busy)
{
    m_tabs->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setText(busy ? tr("Saving…") : tr("&Add"));
}
