// Drives the pairing and connect-request prompts against a real broker: an agent pairs and
// asks to connect over real HTTP on loopback, and the person answers in the prompt.

#include "AgentPermissionsEditor.h"
#include "ApprovalPrompts.h"
#include "Broker.h"
#include "BrokerFixture.h"
#include "ChildNamed.h"
#include "ConnectRequestPrompt.h"
#include "MainWindow.h"
#include "PairingPrompt.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString errorCode(const BrokerFixture::HttpResult &result)
{
    return result.json.value(u"error"_s).toObject().value(u"code"_s).toString();
}

QJsonObject data(const BrokerFixture::HttpResult &result)
{
    return result.json.value(u"data"_s).toObject();
}

} // namespace

class PairingPromptTest : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void openUrl(const QUrl &url) { m_openedUrls.append(url); }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void allowOnceGivesWorkingKey();
    void narrowedPermissionsAreGranted();
    void denyAnswers403();
    void connectRequestDenied();

private:
    struct Pairing
    {
        QString requestId;
        QString code;
        QByteArray pairingToken;
    };
    Pairing pair(const QString &name, const QJsonObject &permissions);
    BrokerFixture::HttpResult poll(const Pairing &pairing);
    // Polls until the request is no longer pending. A key is returned only once, so the
    // caller checks the returned reply instead of polling again.
    BrokerFixture::HttpResult pollUntilDecided(const Pairing &pairing);
    PairingPrompt *waitForPrompt(const QString &requestId);
    // Pairs an agent that the prompt allows always and returns its key.
    QByteArray pairedKey(const QString &name);

    BrokerFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
    QList<QUrl> m_openedUrls;
};

void PairingPromptTest::initTestCase()
{
    QDesktopServices::setUrlHandler(u"http"_s, this, "openUrl");
    m_fixture.setBeforeStart([this](Broker *broker) {
        m_window = std::make_unique<MainWindow>(broker);
        m_window->show();
    });
    const QString started = m_fixture.start(OidcServer::Options(), RefreshPolicy());
    QVERIFY2(started.isEmpty(), qPrintable(started));
}

void PairingPromptTest::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"http"_s);
    m_fixture.stopBroker();
    m_window.reset();
}

PairingPromptTest::Pairing PairingPromptTest::pair(const QString &name, const QJsonObject &permissions)
{
    const BrokerFixture::HttpResult paired = BrokerFixture::postJson(
        m_fixture.apiUrl(u"/api/agents/pair"_s), QJsonObject{{u"name"_s, name}, {u"permissions"_s, permissions}});
    if (paired.status != 202)
        return {};
    return Pairing{data(paired).value(u"request_id"_s).toString(), data(paired).value(u"pairing_code"_s).toString(),
                   data(paired).value(u"pairing_token"_s).toString().toLatin1()};
}

BrokerFixture::HttpResult PairingPromptTest::poll(const Pairing &pairing)
{
    return BrokerFixture::get(m_fixture.apiUrl(u"/api/agents/pair/"_s + pairing.requestId), pairing.pairingToken);
}

BrokerFixture::HttpResult PairingPromptTest::pollUntilDecided(const Pairing &pairing)
{
    BrokerFixture::HttpResult result = poll(pairing);
    // Bounded: 100 polls 100 ms apart.
    for (int attempt = 0; attempt < 100 && result.status == 202; ++attempt) {
        QTest::qWait(100);
        result = poll(pairing);
    }
    return result;
}

PairingPrompt *PairingPromptTest::waitForPrompt(const QString &requestId)
{
    // Bounded: 100 waits of 100 ms.
    for (int attempt = 0; attempt < 100 && !m_window->approvals()->pairingPrompt(requestId); ++attempt)
        QTest::qWait(100);
    return m_window->approvals()->pairingPrompt(requestId);
}

QByteArray PairingPromptTest::pairedKey(const QString &name)
{
    const Pairing pairing = pair(name, QJsonObject{{u"connections"_s, QJsonArray{u"*"_s}}, {u"token_read"_s, true}});
    PairingPrompt *prompt = waitForPrompt(pairing.requestId);
    if (!prompt)
        return {};
    childNamed<QPushButton>(prompt, u"Allow always"_s)->click();
    const BrokerFixture::HttpResult claimed = pollUntilDecided(pairing);
    return data(claimed).value(u"agent_key"_s).toString().toLatin1();
}

void PairingPromptTest::allowOnceGivesWorkingKey()
{
    const QJsonObject requested{{u"connections"_s, QJsonArray{u"*"_s}}, {u"token_read"_s, true}};
    const Pairing pairing = pair(u"Mail summarizer"_s, requested);
    QVERIFY(!pairing.requestId.isEmpty());

    PairingPrompt *prompt = waitForPrompt(pairing.requestId);
    QVERIFY(prompt);
    QVERIFY(prompt->isVisible());
    QCOMPARE(prompt->codeText(), pairing.code);
    QCOMPARE(childNamed<QLabel>(prompt, u"Pairing code"_s)->text(), pairing.code);
    QCOMPARE(childNamed<QLabel>(prompt, u"Agent name"_s)->text(), u"Mail summarizer"_s);
    QCOMPARE(childNamed<QLabel>(prompt, u"Remote address"_s)->text(), u"127.0.0.1"_s);
    QVERIFY(childNamed<QCheckBox>(prompt, u"Read access tokens"_s)->isChecked());
    // Deny is the default button, so Enter never grants access.
    QVERIFY(childNamed<QPushButton>(prompt, u"Deny"_s)->isDefault());
    // The navigation entry counts the request.
    QTRY_VERIFY(m_window->findChild<QListWidget *>()->item(MainWindow::AgentsPageIndex)->text().contains(u"(1)"_s));

    QCOMPARE(poll(pairing).status, 202);
    childNamed<QPushButton>(prompt, u"Allow once"_s)->click();
    QTRY_VERIFY(!m_window->approvals()->pairingPrompt(pairing.requestId));

    const BrokerFixture::HttpResult claimed = pollUntilDecided(pairing);
    QCOMPARE(claimed.status, 200);
    const QByteArray key = data(claimed).value(u"agent_key"_s).toString().toLatin1();
    QVERIFY(key.startsWith("scak_"));
    // Allow once: the key expires in 24 hours.
    const QDateTime expires = QDateTime::fromString(data(claimed).value(u"expires_at"_s).toString(), Qt::ISODate);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 24 * 3600) < 120);

    const BrokerFixture::HttpResult me = BrokerFixture::get(m_fixture.apiUrl(u"/api/agents/me"_s), key);
    QCOMPARE(me.status, 200);
    QCOMPARE(data(me).value(u"name"_s).toString(), u"Mail summarizer"_s);
    QTRY_COMPARE(m_window->findChild<QListWidget *>()->item(MainWindow::AgentsPageIndex)->text(), u"Agents"_s);
}

void PairingPromptTest::narrowedPermissionsAreGranted()
{
    const QJsonObject requested{{u"connections"_s, QJsonArray{u"*"_s}}, {u"token_read"_s, true}, {u"admin"_s, true}};
    const Pairing pairing = pair(u"Greedy"_s, requested);
    PairingPrompt *prompt = waitForPrompt(pairing.requestId);
    QVERIFY(prompt);

    // The person drops admin before allowing.
    QCheckBox *admin = childNamed<QCheckBox>(prompt, u"Admin"_s);
    QVERIFY(admin->isChecked());
    admin->setChecked(false);
    childNamed<QPushButton>(prompt, u"Allow always"_s)->click();

    const BrokerFixture::HttpResult claimed = pollUntilDecided(pairing);
    QCOMPARE(claimed.status, 200);
    const QJsonObject permissions = data(claimed).value(u"permissions"_s).toObject();
    QCOMPARE(permissions.value(u"admin"_s).toBool(), false);
    QCOMPARE(permissions.value(u"token_read"_s).toBool(), true);
    QVERIFY(data(claimed).value(u"expires_at"_s).isNull());
}

void PairingPromptTest::denyAnswers403()
{
    const Pairing pairing = pair(u"Unwanted"_s, QJsonObject{{u"token_read"_s, true}});
    PairingPrompt *prompt = waitForPrompt(pairing.requestId);
    QVERIFY(prompt);

    childNamed<QPushButton>(prompt, u"Deny"_s)->click();
    const BrokerFixture::HttpResult denied = pollUntilDecided(pairing);
    QCOMPARE(denied.status, 403);
    QCOMPARE(errorCode(denied), u"PAIRING_DENIED"_s);
    QVERIFY(!denied.body.contains("scak_"));
}

void PairingPromptTest::connectRequestDenied()
{
    const QByteArray key = pairedKey(u"Calendar helper"_s);
    QVERIFY(key.startsWith("scak_"));

    const BrokerFixture::HttpResult submitted = BrokerFixture::postJson(
        m_fixture.apiUrl(u"/api/agent/auth"_s), QJsonObject{{u"provider"_s, BrokerFixture::ProviderName}}, key);
    QCOMPARE(submitted.status, 202);
    const QString requestId = data(submitted).value(u"request_id"_s).toString();

    QTRY_VERIFY_WITH_TIMEOUT(m_window->approvals()->connectPrompt(requestId), 10000);
    ConnectRequestPrompt *prompt = m_window->approvals()->connectPrompt(requestId);
    QCOMPARE(prompt->request().agentName, u"Calendar helper"_s);
    QVERIFY(prompt->isVisible());
    QVERIFY(childNamed<QPushButton>(prompt, u"Deny"_s)->isDefault());

    childNamed<QPushButton>(prompt, u"Deny"_s)->click();
    QTRY_VERIFY(!m_window->approvals()->connectPrompt(requestId));
    BrokerFixture::HttpResult polled;
    QTRY_COMPARE_WITH_TIMEOUT(data(polled = BrokerFixture::get(m_fixture.apiUrl(u"/api/agent/auth/"_s + requestId), key))
                                  .value(u"status"_s).toString(),
                              u"denied"_s, 10000);
    QCOMPARE(polled.status, 200);
    QVERIFY(m_window->approvals()->pending().isEmpty());
    // No flow was started, so no browser was opened.
    QVERIFY(m_openedUrls.isEmpty());
}

QTEST_MAIN(PairingPromptTest)
#include "tst_pairingprompt.moc"
