#include "audit/AuditFilter.h"

using namespace Qt::StringLiterals;

Result<void> AuditFilter::validate() const
{
    if (limit < 1 || limit > MaxLimit)
        return Error{u"INVALID_AUDIT_FILTER"_s, u"limit must be from 1 to %1, not %2"_s.arg(MaxLimit).arg(limit)};
    if (offset < 0)
        return Error{u"INVALID_AUDIT_FILTER"_s, u"offset must not be negative, not %1"_s.arg(offset)};
    if (beforeId < 0)
        return Error{u"INVALID_AUDIT_FILTER"_s, u"before must not be negative, not %1"_s.arg(beforeId)};
    if (since.isValid() && until.isValid() && since > until)
        return Error{u"INVALID_AUDIT_FILTER"_s, u"since must not be later than until"_s};
    return {};
}
