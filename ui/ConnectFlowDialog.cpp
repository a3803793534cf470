#include "ConnectFlowDialog.h"

#include "FlowErrorText.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConnectFlowDialog::ConnectFlowDialog(const QString &providerName, const QString &providerDisplayName, QWidget *parent)
    : QDialog(parent)
    , m_providerName(providerName)
    , m_providerDisplayName(providerDisplayName)
    , m_message(new QLabel(this))
    , m_remaining(new QLabel(this))
    , m_link(new QLineEdit(this))
    , m_copyLink(new QPushButton(tr("Copy &link"), this))
    , m_openBrowser(new QPushButton(tr("&Open browser"), this))
    , m_retry(new QPushButton(tr("&Try again"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_countdown(new QTimer(this))
{
    setWindowTitle(tr("Connect %1").arg(providerDisplayName));
    setModal(false);
    setAttribute(Qt::WA_DeleteOnClose);

    const QString stepTexts[3] = {tr("Sign in and allow access in your browser"), tr("Exchange the authorization code"),
                                  tr("Store the tokens in the keychain")};
    auto *steps = new QVBoxLayout;
    for (int i = 0; i < 3; ++i) {
        m_steps[i] = new QLabel(this);
        m_steps[i]->setTextFormat(Qt::PlainText);
        m_steps[i]->setProperty("stepText", stepTexts[i]);
        steps->addWidget(m_steps[i]);
    }

    // The message can contain a provider's error text: plain text, never markup.
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Connection progress"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_remaining->setTextFormat(Qt::PlainText);
    m_remaining->setAccessibleName(tr("Time left to sign in"));

    m_link->setReadOnly(true);
    m_link->setAccessibleName(tr("Sign-in link"));
    m_link->hide();

    m_copyLink->setAccessibleName(tr("Copy the sign-in link"));
    m_copyLink->setToolTip(tr("Copy the link to open it in a browser of your choice"));
    connect(m_copyLink, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_url.toString(QUrl::FullyEncoded));
        m_link->show();
    });
    m_openBrowser->setAccessibleName(tr("Open the sign-in link in the browser"));
    connect(m_openBrowser, &QPushButton::clicked, this, [this] {
        if (!QDesktopServices::openUrl(m_url))
            m_link->show();
    });
    m_retry->setAccessibleName(tr("Start the sign-in again"));
    connect(m_retry, &QPushButton::clicked, this, [this] {
        Q_EMIT retryRequested(m_providerName);
        close();
    });
    m_cancel->setAccessibleName(tr("Cancel the sign-in"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        Q_EMIT cancelRequested(m_flowId);
    });
    m_close->setAccessibleName(tr("Close this window"));
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);

    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &ConnectFlowDialog::updateRemaining);

    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_link, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyLink);
    buttons->addWidget(m_openBrowser);
    buttons->addStretch();
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(steps);
    layout->addSpacing(8);
    layout->addWidget(m_message);
    layout->addWidget(m_remaining);
    layout->addLayout(linkRow);
    layout->addStretch();
    layout->addLayout(buttons);

    setStage(Stage::Starting);
    resize(520, sizeHint().height());
}

ConnectFlowDialog::~ConnectFlowDialog()
{
    Q_EMIT closing();
}

QString ConnectFlowDialog::message() const
{
    return m_message->text();
}

QString ConnectFlowDialog::remainingText() const
{
    return m_countdown->isActive() ? m_remaining->text() : QString();
}

void ConnectFlowDialog::showStarted(const QString &flowId, const QUrl &authorizationUrl, const QDateTime &expiresAt,
                                    bool browserOpened)
{
    m_flowId = flowId;
    m_url = authorizationUrl;
    m_expiresAt = expiresAt;
    m_link->setText(authorizationUrl.toString(QUrl::FullyEncoded));
    m_link->setVisible(!browserOpened);
    setStage(Stage::WaitingForBrowser);
    if (!browserOpened) {
        m_message->setText(tr("No browser opened. Copy the link below, open it in your browser and sign in to %1.")
                               .arg(m_providerDisplayName));
    }
}

void ConnectFlowDialog::showExchangingCode()
{
    setStage(Stage::ExchangingCode);
}

void ConnectFlowDialog::showFinished(const Error &error)
{
    if (error.code.isEmpty()) {
        setStage(Stage::Connected);
        return;
    }
    setStage(Stage::Failed);
    m_message->setText(FlowErrorText::explain(error));
}

void ConnectFlowDialog::setStage(Stage stage)
{
    // A failure marks the step that was running when it happened.
    const int failedStep = m_stage == Stage::ExchangingCode ? 1 : 0;
    m_stage = stage;
    const bool running = stage == Stage::Starting || stage == Stage::WaitingForBrowser || stage == Stage::ExchangingCode;

    // Each step shows whether it is done, running, failed or still to come. The marks are
    // text, so they read the same in every palette and to a screen reader.
    int current = 0;
    if (stage == Stage::ExchangingCode)
        current = 1;
    else if (stage == Stage::Connected)
        current = 3;
    for (int i = 0; i < 3; ++i) {
        const QString text = m_steps[i]->property("stepText").toString();
        QString mark = u"○ "_s;
        if (i < current)
            mark = u"✓ "_s;
        else if (i == current && running)
            mark = u"▶ "_s;
        else if (stage == Stage::Failed && i == failedStep)
            mark = u"✗ "_s;
        m_steps[i]->setText(mark + text);
    }

    switch (stage) {
    case Stage::Starting:
        m_message->setText(tr("Starting the sign-in…"));
        break;
    case Stage::WaitingForBrowser:
        m_message->setText(tr("Waiting for you to sign in to %1 in your browser…").arg(m_providerDisplayName));
        break;
    case Stage::ExchangingCode:
        m_message->setText(tr("Exchanging the authorization code for tokens…"));
        break;
    case Stage::Connected:
        m_message->setText(tr("Connected to %1. Agents can now use this connection.").arg(m_providerDisplayName));
        break;
    case Stage::Failed:
        break;
    }

    m_copyLink->setEnabled(m_url.isValid());
    m_copyLink->setVisible(running);
    m_openBrowser->setEnabled(m_url.isValid());
    m_openBrowser->setVisible(running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running && !m_flowId.isEmpty());
    m_retry->setVisible(stage == Stage::Failed);
    m_close->setVisible(!running);
    if (!running) {
        m_link->hide();
        m_close->setDefault(true);
    }

    if (running && m_expiresAt.isValid()) {
        m_countdown->start();
        updateRemaining();
    } else {
        m_countdown->stop();
        m_remaining->hide();
    }
}

void ConnectFlowDialog::updateRemaining()
{
    const qint64 seconds = qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_expiresAt));
    m_remaining->setText(tr("The sign-in link expires in %1:%2.", "minutes:seconds")
                             .arg(seconds / 60)
                             .arg(seconds % 60, 2, 10, QChar(u'0')));
    m_remaining->show();
}
