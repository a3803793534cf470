#include "OidcServer.h"

#include <QDeadlineTimer>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

QString nodeExecutable()
{
    return QStandardPaths::findExecutable(u"node"_s);
}

} // namespace

OidcServer::~OidcServer()
{
    stop();
}

QString OidcServer::start(quint16 port, const QString &clientId, const QString &clientSecret, const QString &redirectUri)
{
    return start(port, clientId, clientSecret, redirectUri, Options());
}

QString OidcServer::start(quint16 port, const QString &clientId, const QString &clientSecret, const QString &redirectUri,
                          const Options &options)
{
    if (nodeExecutable().isEmpty())
        return u"node is not on PATH; run packaging/install-deps.sh"_s;

    QStringList arguments{u"server.mjs"_s, u"--port"_s, QString::number(port), u"--client-id"_s, clientId,
                          u"--client-secret"_s, clientSecret, u"--redirect-uri"_s, redirectUri};
    for (const QString &uri : options.extraRedirectUris)
        arguments << u"--redirect-uri"_s << uri;
    if (options.rotateRefreshTokens)
        arguments << u"--rotate-refresh-tokens"_s;
    if (options.loopbackAnyPort)
        arguments << u"--loopback-any-port"_s;
    if (options.accessTokenTtlSeconds > 0)
        arguments << u"--access-token-ttl"_s << QString::number(options.accessTokenTtlSeconds);

    m_output.clear();
    m_issuer.clear();
    m_process.setWorkingDirectory(QStringLiteral(OIDC_TEST_SERVER_DIR));
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(nodeExecutable(), arguments);
    if (!m_process.waitForStarted(10000))
        return u"cannot start node: "_s + m_process.errorString();

    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        m_output += m_process.readAllStandardOutput();
        const int ready = m_output.indexOf("READY ");
        if (ready >= 0 && m_output.indexOf('\n', ready) > 0) {
            m_issuer = QString::fromUtf8(m_output.mid(ready + 6, m_output.indexOf('\n', ready) - ready - 6)).trimmed();
            return {};
        }
        if (m_process.state() != QProcess::Running)
            break;
    }
    return u"the OIDC test server did not become ready: "_s + QString::fromUtf8(m_process.readAllStandardError());
}

void OidcServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

void OidcServer::readOutput()
{
    // The server prints a grant line about when it sends the token response, so the line can
    // still be on its way when the broker has already finished; wait briefly for it.
    m_process.waitForReadyRead(100);
    m_output += m_process.readAllStandardOutput();
    while (m_process.waitForReadyRead(20))
        m_output += m_process.readAllStandardOutput();
}

int OidcServer::grantCount(const QString &grantType)
{
    readOutput();
    const QByteArray line = QByteArray("GRANT ") + grantType.toUtf8() + '\n';
    return int(m_output.count(line));
}

int OidcServer::grantErrorCount(const QString &grantType)
{
    readOutput();
    const QByteArray prefix = QByteArray("GRANT_ERROR ") + grantType.toUtf8() + ' ';
    int count = 0;
    for (const QByteArray &line : m_output.split('\n')) {
        if (line.startsWith(prefix))
            ++count;
    }
    return count;
}

QByteArray OidcServer::authorize(const QString &authorizationUrl, const QStringList &extraArguments, QString *error)
{
    QProcess browser;
    browser.setWorkingDirectory(QStringLiteral(OIDC_TEST_SERVER_DIR));
    browser.start(nodeExecutable(), QStringList{u"authorize.mjs"_s, authorizationUrl} + extraArguments);
    if (!browser.waitForFinished(60000) || browser.exitCode() != 0) {
        *error = u"authorize.mjs failed: "_s + QString::fromUtf8(browser.readAllStandardError());
        browser.kill();
        return {};
    }
    return browser.readAllStandardOutput().trimmed();
}
