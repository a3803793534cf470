#pragma once

#include <QtGlobal>

// The memory use of this process, for the dashboard and GET /metrics.
namespace ProcessMemory {

// Returns the resident set size in bytes, or 0 where it cannot be read.
qint64 residentBytes();

} // namespace ProcessMemory
