#include "store/SecretStore.h"

#include "core/Random.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSecretStore, "securecontext.store.secretstore")

namespace {

const QString CanaryKey = u"probe/canary"_s;

Error mapJobError(const QKeychain::Job &job, const QString &key)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return Error{SecretStore::NotFound, u"No keychain entry named "_s + key};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error{SecretStore::AccessDenied,
                     u"The keychain denied access to "_s + key + u"; unlock the keychain or allow SecureContext to use it"_s};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return Error{SecretStore::Unavailable,
                 u"No usable keychain (%1). On Linux, install and start a Secret Service provider such as "
                 "gnome-keyring (Debian/Ubuntu: apt install gnome-keyring libsecret-1-0) or KWallet, and unlock it; "
                 "SecureContext keeps no secret in plain text"_s.arg(job.errorString())};
}

// Runs one QtKeychain job with a deadline, so that a keychain that never answers (a
// prompt left open, a hung daemon) still ends every request. The callback runs once.
template <typename Job, typename Callback>
void runJob(QObject *context, Job *job, int timeoutMs, Callback onFinished)
{
    auto done = std::make_shared<bool>(false);

    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [timer, done, onFinished, key = job->key()] {
        timer->deleteLater();
        if (*done)
            return;
        *done = true;
        qCWarning(lcSecretStore) << "Keychain job for" << key << "timed out";
        onFinished(nullptr, Error{SecretStore::TimedOut, u"The keychain timed out on "_s + key + u"; unlock it or close its prompt, then try again"_s});
    });

    QObject::connect(job, &QKeychain::Job::finished, context, [timer, done, onFinished](QKeychain::Job *finished) {
        timer->stop();
        timer->deleteLater();
        if (*done)
            return;
        *done = true;
        onFinished(static_cast<Job *>(finished), Error{});
    });

    job->setAutoDelete(true);
    timer->start(timeoutMs);
    job->start();
}

} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

void SecretStore::read(const QString &key, ReadCallback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    runJob(this, job, m_timeoutMs, [key, callback](QKeychain::ReadPasswordJob *finished, const Error &timeout) {
        if (!finished) {
            callback(timeout);
            return;
        }
        const Error error = mapJobError(*finished, key);
        if (!error.code.isEmpty()) {
            if (error.code != NotFound)
                qCWarning(lcSecretStore) << "Reading" << key << "failed:" << error.code << finished->errorString();
            callback(error);
            return;
        }
        const QString value = finished->textData();
        if (value.isEmpty()) {
            callback(Error{NotFound, u"The keychain entry "_s + key + u" is empty"_s});
            return;
        }
        callback(value);
    });
}

void SecretStore::write(const QString &key, const QString &value, WriteCallback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(value);
    // The size goes into every error, because some keychains reject large secrets (Windows
    // Credential Manager before QtKeychain 0.15: 2560 bytes), and the user needs it to tell why.
    const qsizetype size = value.toUtf8().size();
    runJob(this, job, m_timeoutMs, [key, size, callback](QKeychain::WritePasswordJob *finished, const Error &timeout) {
        Error error = finished ? mapJobError(*finished, key) : timeout;
        if (error.code.isEmpty()) {
            callback(Result<void>());
            return;
        }
        qCWarning(lcSecretStore) << "Writing" << size << "bytes to" << key << "failed:" << error.code
                                 << (finished ? finished->errorString() : QString());
        error.message += u" (while writing a secret of %1 bytes)"_s.arg(size);
        callback(error);
    });
}

void SecretStore::remove(const QString &key, WriteCallback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    runJob(this, job, m_timeoutMs, [key, callback](QKeychain::DeletePasswordJob *finished, const Error &timeout) {
        if (!finished) {
            callback(timeout);
            return;
        }
        const Error error = mapJobError(*finished, key);
        if (!error.code.isEmpty() && error.code != NotFound) {
            qCWarning(lcSecretStore) << "Deleting" << key << "failed:" << error.code << finished->errorString();
            callback(error);
            return;
        }
        callback(Result<void>());
    });
}

void SecretStore::probe(WriteCallback callback)
{
    const QString canary = QString::fromLatin1(Random::base64Url(16));
    QPointer<SecretStore> self(this);

    write(CanaryKey, canary, [self, canary, callback](const Result<void> &written) {
        if (!self)
            return;
        if (!written) {
            callback(written.error());
            return;
        }
        self->read(CanaryKey, [canary, callback](const Result<QString> &readBack) {
            if (!readBack) {
                // A locked collection reads as "not found" right after a successful write.
                const Error &error = readBack.error();
                callback(error.code == NotFound
                             ? Error{Unavailable, u"The keychain accepted a write but returned nothing on read-back; it may be locked. Unlock it and restart SecureContext"_s}
                             : error);
                return;
            }
            if (readBack.value() != canary) {
                callback(Error{Unavailable, u"The keychain returned a different value than was written"_s});
                return;
            }
            callback(Result<void>());
        });
    });
}
