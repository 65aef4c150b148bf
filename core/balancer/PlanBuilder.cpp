#include "balancer/PlanBuilder.h"

#include <map>
#include <tuple>

namespace paydesk::core {

PlanBuilder::PlanBuilder(FamilyAccount account, QDate asOf) : m_account(std::move(account)), m_asOf(asOf)
{
    m_plan.familyId = m_account.familyId;
}

QList<OpenItem> PlanBuilder::owing() const
{
    QList<OpenItem> items = AutoAllocator::openItems(m_account);
    items.removeIf([this](const OpenItem &item) { return !inScope(item.date); });
    return items;
}

void PlanBuilder::allocate(qint64 paymentId, AllocationTarget target, Money amount, const Attribution &to,
                           AllocationRule rule, qint64 transferId)
{
    if (amount.isZero())
        return;
    Allocation row;
    row.paymentId = paymentId;
    row.target = target;
    row.amount = amount;
    row.patientId = to.patientId;
    row.providerId = to.providerId;
    row.clinicId = to.clinicId;
    row.rule = rule;
    row.transferId = transferId;
    m_account.apply(row);
    m_plan.allocations.append(row);
}

void PlanBuilder::reverse(const Allocation &row)
{
    Allocation mirror = row;
    mirror.id = 0;
    mirror.amount = -row.amount;
    mirror.rule = AllocationRule::Reverse;
    mirror.reversesAllocationId = row.id;
    mirror.runId = 0;
    if (row.rule == AllocationRule::Offset)
        m_plan.reversedOffsets.insert(row.id);
    m_account.apply(mirror);
    m_plan.allocations.append(mirror);
}

void PlanBuilder::spread(qint64 claimPaymentId, qint64 chargeId, Money amount)
{
    if (amount.isZero())
        return;
    ClaimSpread s;
    s.claimPaymentId = claimPaymentId;
    s.chargeId = chargeId;
    s.amount = amount;
    m_account.apply(s);
    m_plan.spreads.append(s);
}

void PlanBuilder::reverse(const ClaimSpread &spread)
{
    ClaimSpread mirror = spread;
    mirror.id = 0;
    mirror.amount = -spread.amount;
    mirror.runId = 0;
    mirror.reversesSpreadId = spread.id;
    m_account.apply(mirror);
    m_plan.spreads.append(mirror);
}

qint64 PlanBuilder::addPlaceholder(Charge charge, qint64 claimId)
{
    charge.id = m_nextPlaceholderId--;
    ChargeLine line;
    line.charge = charge;
    m_account.charges.append(line);
    m_account.claimProcedures.append({0, claimId, charge.id, {}, {}});
    m_plan.placeholders.append({charge, claimId});
    return charge.id;
}

void PlanBuilder::refuse(const QString &reason)
{
    m_plan.refusal = reason;
}

FamilyPlan PlanBuilder::finish()
{
    FamilyPlan plan = std::move(m_plan);
    if (plan.isRefused()) {
        plan.allocations.clear();
        plan.spreads.clear();
        plan.placeholders.clear();
        return plan;
    }
    using Key = std::tuple<qint64, int, qint64, qint64, qint64, qint64, int, qint64, qint64>;
    std::map<Key, qsizetype> index;
    QList<Allocation> netted;
    for (const Allocation &row : std::as_const(plan.allocations)) {
        const Key key{row.paymentId, int(row.target.kind), row.target.id, row.patientId, row.providerId,
                      row.clinicId, int(row.rule), row.transferId, row.reversesAllocationId};
        const auto [it, added] = index.try_emplace(key, netted.size());
        if (added)
            netted.append(row);
        else
            netted[it->second].amount += row.amount;
    }
    netted.removeIf([](const Allocation &row) { return row.amount.isZero(); });
    plan.allocations = std::move(netted);
    return plan;
}

} // namespace paydesk::core
