#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

// Keeps one GUI per user and data directory. The first instance listens on a local socket.
// A later one connects, sends a request to show the window, and exits.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // `key` separates instances, for example by data directory.
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Returns true when another instance accepted the connection and the request to show
    // its window; this instance should then exit. Otherwise starts listening and returns false.
    bool activateRunningInstance();

    // The socket name: per user, so two users of one machine never meet.
    QString serverName() const { return m_name; }

Q_SIGNALS:
    // A later instance asked this one to bring its window forward.
    void activationRequested();

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};
