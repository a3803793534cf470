#include "TerminationSignals.h"

#include <QLoggingCategory>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcSignals, "securecontext.app.signals")

#ifdef Q_OS_UNIX
namespace {

int g_pipe[2] = {-1, -1};

void handleSignal(int)
{
    const char byte = 1;
    // write() is async-signal-safe. A full pipe means a wake-up is already pending.
    [[maybe_unused]] const auto written = ::write(g_pipe[1], &byte, 1);
}

} // namespace
#endif

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (::pipe(g_pipe) != 0) {
        qCWarning(lcSignals) << "Cannot create the signal pipe; SIGINT and SIGTERM will end the process abruptly";
        return;
    }
    ::fcntl(g_pipe[1], F_SETFL, O_NONBLOCK);

    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        [[maybe_unused]] const auto bytesRead = ::read(g_pipe[0], &byte, 1);
        Q_EMIT terminationRequested();
    });

    struct sigaction action = {};
    action.sa_handler = handleSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
#endif
}
