#pragma once

#include <QString>

// The short code a person compares between the agent's output and the approval prompt, and
// types into `securecontextd --approve`. It is derived from the request id, so the database
// needs no column for it and any process can find a pending request by its code.
namespace PairingCode {

// 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 8/B, 2/Z, U/V), shown
// as XXXX-XXXX.
QString fromRequestId(const QString &requestId);

// Returns the code in its display form when `input` is one, ignoring letter case, spaces
// and dashes; an empty string otherwise.
QString normalized(const QString &input);

} // namespace PairingCode
