#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

#include <functional>

// Asynchronous access to the OS keychain through QtKeychain: Windows Credential Manager,
// macOS Keychain, Secret Service or KWallet on Linux. Every QtKeychain error is mapped to
// ours here and nowhere else. Lives on the broker thread; callbacks run on that thread.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(const Result<QString> &)>;
    using WriteCallback = std::function<void(const Result<void> &)>;

    // Error codes of this class.
    static inline const QString NotFound = QStringLiteral("KEYCHAIN_ENTRY_NOT_FOUND");
    static inline const QString Unavailable = QStringLiteral("KEYCHAIN_UNAVAILABLE");
    static inline const QString AccessDenied = QStringLiteral("KEYCHAIN_ACCESS_DENIED");
    static inline const QString TimedOut = QStringLiteral("KEYCHAIN_TIMEOUT");

    explicit SecretStore(const QString &service, QObject *parent = nullptr);

    // Reads a secret. An empty stored value counts as not found, because some backends
    // (KWallet) return an empty secret with no error for a missing entry.
    void read(const QString &key, ReadCallback callback);
    // Writes a secret as UTF-8 text. An error message names the size of the secret.
    void write(const QString &key, const QString &value, WriteCallback callback);
    // Deletes a secret; deleting a missing entry succeeds.
    void remove(const QString &key, WriteCallback callback);

    // Writes and reads back a canary entry. A keychain that fails this cannot keep tokens:
    // locked Secret Service collections answer reads with "not found", so a write alone or
    // a read alone cannot tell.
    void probe(WriteCallback callback);

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

private:
    QString m_service;
    int m_timeoutMs = 30000;
};
