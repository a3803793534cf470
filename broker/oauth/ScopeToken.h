#pragma once

#include <QStringView>

namespace ScopeToken {

// Checks the scope-token syntax of RFC 6749 appendix A.4: one or more characters from
// %x21 / %x23-5B / %x5D-7E, which excludes spaces, quotes, backslashes and non-ASCII.
bool isValid(QStringView token);

} // namespace ScopeToken
