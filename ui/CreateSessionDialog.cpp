#include "CreateSessionDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Longer names are cut in the tables and the audit trail gains nothing from them.
constexpr int MaxAgentNameLength = 100;

} // namespace

const QList<qint64> &CreateSessionDialog::lifetimeChoices()
{
    static const QList<qint64> choices = {3600, 8 * 3600, 24 * 3600, 7 * 24 * 3600, 30 * 24 * 3600, 0};
    return choices;
}

CreateSessionDialog::CreateSessionDialog(const QString &connectionId, const QString &connectionName,
                                         const QStringList &grantedScopes, QWidget *parent)
    : QDialog(parent)
    , m_connectionId(connectionId)
    , m_grantedScopes(grantedScopes)
    , m_stages(new QStackedWidget(this))
    , m_agentName(new QLineEdit(this))
    , m_lifetime(new QComboBox(this))
    , m_exposeRefreshToken(new QCheckBox(tr("Let the agent see the &refresh token"), this))
    , m_refreshTokenWarning(new QLabel(this))
    , m_error(new QLabel(this))
    , m_sessionId(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("New session of %1").arg(connectionName));

    // The form.
    auto *form = new QWidget(m_stages);
    auto *intro = new QLabel(tr("A session lets one agent read this connection's access token with its session id."), form);
    intro->setWordWrap(true);

    m_agentName->setAccessibleName(tr("Agent name"));
    m_agentName->setMaxLength(MaxAgentNameLength);
    m_agentName->setPlaceholderText(tr("for example: mail summarizer"));
    connect(m_agentName, &QLineEdit::textChanged, this, &CreateSessionDialog::updateCreateButton);

    m_lifetime->setAccessibleName(tr("Session lifetime"));
    m_lifetime->addItem(tr("1 hour"), lifetimeChoices().at(0));
    m_lifetime->addItem(tr("8 hours"), lifetimeChoices().at(1));
    m_lifetime->addItem(tr("1 day"), lifetimeChoices().at(2));
    m_lifetime->addItem(tr("7 days"), lifetimeChoices().at(3));
    m_lifetime->addItem(tr("30 days"), lifetimeChoices().at(4));
    m_lifetime->addItem(tr("No expiry"), lifetimeChoices().at(5));
    m_lifetime->setCurrentIndex(2);

    auto *scopesBox = new QGroupBox(tr("Scopes"), form);
    scopesBox->setAccessibleName(tr("Scopes of the session"));
    auto *scopesLayout = new QVBoxLayout(scopesBox);
    for (const QString &scope : grantedScopes) {
        // Scope names come from the provider, so the check box shows them as plain text.
        auto *check = new QCheckBox(scope, scopesBox);
        check->setChecked(true);
        check->setAccessibleName(tr("Scope %1").arg(scope));
        connect(check, &QCheckBox::toggled, this, &CreateSessionDialog::updateCreateButton);
        scopesLayout->addWidget(check);
        m_scopes.append(check);
    }
    if (grantedScopes.isEmpty())
        scopesLayout->addWidget(new QLabel(tr("The provider did not list the granted scopes; the session gets all of them."), scopesBox));

    m_exposeRefreshToken->setAccessibleName(tr("Let the agent see the refresh token"));
    m_refreshTokenWarning->setText(tr("With the refresh token the agent can get new access tokens on its own, "
                                      "without SecureContext and after the session ends, until you disconnect the account."));
    m_refreshTokenWarning->setWordWrap(true);
    m_refreshTokenWarning->setAccessibleName(tr("Refresh token warning"));
    m_refreshTokenWarning->setStyleSheet(u"color: #c62828;"_s);
    m_refreshTokenWarning->setVisible(false);
    connect(m_exposeRefreshToken, &QCheckBox::toggled, m_refreshTokenWarning, &QWidget::setVisible);

    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Error"));
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->hide();

    auto *fields = new QFormLayout;
    fields->addRow(tr("&Agent name:"), m_agentName);
    fields->addRow(tr("&Lifetime:"), m_lifetime);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(intro);
    formLayout->addLayout(fields);
    formLayout->addWidget(scopesBox);
    formLayout->addWidget(m_exposeRefreshToken);
    formLayout->addWidget(m_refreshTokenWarning);
    formLayout->addWidget(m_error);
    formLayout->addStretch();
    m_stages->addWidget(form);

    // The created session's id, shown once.
    auto *created = new QWidget(m_stages);
    auto *createdText = new QLabel(tr("The session is ready. Give this id to the agent now: SecureContext shows it only "
                                      "once. The agent reads the access token with GET /api/tokens/<session id>."),
                                   created);
    createdText->setWordWrap(true);
    m_sessionId->setReadOnly(true);
    m_sessionId->setAccessibleName(tr("New session id"));
    auto *copy = new QPushButton(tr("&Copy"), created);
    copy->setAccessibleName(tr("Copy the session id"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_sessionId->text()); });
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_sessionId, 1);
    idRow->addWidget(copy);
    auto *createdLayout = new QVBoxLayout(created);
    createdLayout->setContentsMargins(0, 0, 0, 0);
    createdLayout->addWidget(createdText);
    createdLayout->addLayout(idRow);
    createdLayout->addStretch();
    m_stages->addWidget(created);

    m_create = m_buttons->addButton(tr("C&reate"), QDialogButtonBox::AcceptRole);
    m_create->setAccessibleName(tr("Create the session"));
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_create, &QPushButton::clicked, this, &CreateSessionDialog::requestCreate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stages);
    layout->addWidget(m_buttons);
    updateCreateButton();
    resize(480, sizeHint().height());
}

SessionOptions CreateSessionDialog::options() const
{
    SessionOptions options;
    options.agentName = m_agentName->text().trimmed();
    options.lifetimeSeconds = m_lifetime->currentData().toLongLong();
    QStringList scopes;
    for (int i = 0; i < m_scopes.size(); ++i) {
        if (m_scopes.at(i)->isChecked())
            scopes.append(m_grantedScopes.at(i));
    }
    // Every granted scope is the default, which also follows the connection's later grants.
    if (scopes.size() < m_grantedScopes.size())
        options.scopes = scopes;
    options.exposeRefreshToken = m_exposeRefreshToken->isChecked();
    return options;
}

QString CreateSessionDialog::sessionId() const
{
    return m_sessionId->text();
}

void CreateSessionDialog::updateCreateButton()
{
    if (!m_create)
        return;
    const bool anyScope = m_scopes.isEmpty()
        || std::any_of(m_scopes.cbegin(), m_scopes.cend(), [](const QCheckBox *check) { return check->isChecked(); });
    m_create->setEnabled(!m_waiting && anyScope && !m_agentName->text().trimmed().isEmpty());
}

void CreateSessionDialog::requestCreate()
{
    m_waiting = true;
    m_error->hide();
    m_stages->widget(0)->setEnabled(false);
    updateCreateButton();
    Q_EMIT createRequested(m_connectionId, options());
}

void CreateSessionDialog::showCreated(const QString &sessionId)
{
    m_waiting = false;
    m_sessionId->setText(sessionId);
    m_stages->setCurrentIndex(1);
    m_buttons->clear();
    m_create = nullptr;
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close"));
    close->setDefault(true);
    m_sessionId->setFocus();
    m_sessionId->selectAll();
}

void CreateSessionDialog::showFailed(const QString &message)
{
    if (!m_create)
        return;
    m_waiting = false;
    m_error->setText(message);
    m_error->show();
    m_stages->widget(0)->setEnabled(true);
    updateCreateButton();
}
