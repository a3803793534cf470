#include "AboutDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

#include <openssl/crypto.h>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

QString keychainVersion()
{
    // QtKeychain 0.13.2's header defines QTKEYCHAIN_VERSION as 0x000100, which does not match
    // the release, so the version CMake found wins when the build passes it.
#if defined(SECURECONTEXT_QTKEYCHAIN_VERSION)
    return QStringLiteral(SECURECONTEXT_QTKEYCHAIN_VERSION);
#elif defined(QTKEYCHAIN_VERSION)
    return u"%1.%2.%3"_s.arg((QTKEYCHAIN_VERSION >> 16) & 0xff).arg((QTKEYCHAIN_VERSION >> 8) & 0xff).arg(QTKEYCHAIN_VERSION & 0xff);
#else
    return AboutDialog::tr("unknown");
#endif
}

QString escapedLines(const QStringList &lines)
{
    QStringList escaped;
    for (const QString &line : lines)
        escaped.append(line.toHtmlEscaped());
    return escaped.join(u"<br>"_s);
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About SecureContext"));

    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setText(tr("<h2>SecureContext %1</h2><p>Connect your accounts once and give local AI agents short-lived "
                     "access to them.</p>")
                      .arg(QCoreApplication::applicationVersion().toHtmlEscaped())
                  + u"<p>"_s + escapedLines(componentVersions()) + u"</p>"_s);
    text->setAccessibleName(tr("About SecureContext"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
}

QStringList AboutDialog::componentVersions()
{
    return {
        tr("SecureContext %1").arg(QCoreApplication::applicationVersion()),
        tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
        tr("QtKeychain %1").arg(keychainVersion()),
        QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)),
    };
}
