#include "oauth/ScopeToken.h"

namespace ScopeToken {

bool isValid(QStringView token)
{
    if (token.isEmpty())
        return false;

    for (const QChar c : token) {
        const char16_t u = c.unicode();
        if (u < 0x21 || u > 0x7e || u == u'"' || u == u'\\')
            return false;
    }
    return true;
}

} // namespace ScopeToken
