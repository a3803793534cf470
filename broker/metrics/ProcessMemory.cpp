#include "metrics/ProcessMemory.h"

#include <QFile>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace ProcessMemory {

qint64 residentBytes()
{
#ifdef Q_OS_LINUX
    // /proc/self/statm contains sizes in pages: total program size, then resident set size.
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readLine(128).simplified().split(' ');
    if (fields.size() < 2)
        return 0;
    bool ok = false;
    const qint64 pages = fields.at(1).toLongLong(&ok);
    const long pageSize = sysconf(_SC_PAGESIZE);
    if (!ok || pageSize <= 0)
        return 0;
    return pages * pageSize;
#else
    // TODO: no resident set size on Windows and macOS yet — on Windows read
    // PROCESS_MEMORY_COUNTERS::WorkingSetSize from GetProcessMemoryInfo(GetCurrentProcess(), ...)
    // (psapi.h, link psapi), on macOS mach_task_basic_info::resident_size from
    // task_info(mach_task_self(), MACH_TASK_BASIC_INFO, ...).
    return 0;
#endif
}

} // namespace ProcessMemory
