#include "ledger/Allocation.h"

namespace paydesk::core {

QString allocationTargetCode(AllocationTarget::Kind kind)
{
    switch (kind) {
    case AllocationTarget::Kind::Charge: return QStringLiteral("charge");
    case AllocationTarget::Kind::Adjustment: return QStringLiteral("adjustment");
    case AllocationTarget::Kind::Unearned: return QStringLiteral("unearned");
    }
    return {};
}

AllocationTarget allocationTargetFromColumns(QAnyStringView code, qint64 chargeId, qint64 adjustmentId)
{
    if (code == u"charge")
        return AllocationTarget::charge(chargeId);
    if (code == u"adjustment")
        return AllocationTarget::adjustment(adjustmentId);
    return AllocationTarget::unearned();
}

QString allocationRuleCode(AllocationRule rule)
{
    switch (rule) {
    case AllocationRule::Manual: return QStringLiteral("manual");
    case AllocationRule::Auto: return QStringLiteral("auto");
    case AllocationRule::Import: return QStringLiteral("import");
    case AllocationRule::Unallocate: return QStringLiteral("unallocate");
    case AllocationRule::Void: return QStringLiteral("void");
    case AllocationRule::Transfer: return QStringLiteral("transfer");
    case AllocationRule::Recreate: return QStringLiteral("recreate");
    case AllocationRule::Offset: return QStringLiteral("offset");
    case AllocationRule::Reverse: return QStringLiteral("reverse");
    case AllocationRule::Migration: return QStringLiteral("migration");
    }
    return {};
}

AllocationRule allocationRuleFromCode(QAnyStringView code)
{
    for (AllocationRule r : {AllocationRule::Manual, AllocationRule::Auto, AllocationRule::Import,
                             AllocationRule::Unallocate, AllocationRule::Void, AllocationRule::Transfer,
                             AllocationRule::Recreate, AllocationRule::Offset, AllocationRule::Reverse,
                             AllocationRule::Migration}) {
        if (code == allocationRuleCode(r))
            return r;
    }
    return AllocationRule::Manual;
}

} // namespace paydesk::core
