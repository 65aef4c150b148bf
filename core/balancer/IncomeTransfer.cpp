#include "balancer/IncomeTransfer.h"

#include "balancer/ClaimSpreader.h"
#include "balancer/CreditSource.h"
#include "balancer/PaymentOffset.h"
#include "balancer/PlanBuilder.h"
#include "ledger/AutoAllocator.h"

#include <algorithm>
#include <span>

namespace paydesk::core {

namespace {

// Which parts of the attribution a source and a charge must share.
struct Bucket
{
    bool patient;
    bool provider;
    bool clinic;

    // A source without provider or clinic only counts where the bucket leaves them out.
    bool holds(const Attribution &source, const OpenItem &item) const
    {
        return (!patient || source.patientId == item.patientId)
            && (!provider || (source.providerId != 0 && source.providerId == item.providerId))
            && (!clinic || (source.clinicId != 0 && source.clinicId == item.clinicId));
    }
};

constexpr Bucket rigorousBuckets[] = {
    {true, true, true}, {true, true, false}, {false, true, true}, {true, false, true},
    {false, true, false}, {true, false, false}, {false, false, true}, {false, false, false},
};
constexpr Bucket wholeFamily[] = {{false, false, false}};

void move(PlanBuilder &builder, CreditSource &source, const AllocationTarget &to, const Attribution &toOwner, Money amount)
{
    const auto rule = AllocationRule::Transfer;
    if (source.kind != CreditSource::Kind::Unallocated)
        builder.allocate(source.paymentId, source.from, -amount, source.owner, rule, FamilyPlan::newTransfer);
    builder.allocate(source.paymentId, to, amount, toOwner, rule, FamilyPlan::newTransfer);
    source.available -= amount;
}

} // namespace

void IncomeTransfer::plan(PlanBuilder &builder, Order order)
{
    if (!PaymentOffset::pairAll(builder, FamilyPlan::newTransfer))
        return;

    ClaimSpreader::spread(builder);

    QList<CreditSource> sources = CreditSource::unallocated(builder) + CreditSource::unearned(builder)
        + CreditSource::overpaid(builder);
    const auto rank = [order](const CreditSource &s) {
        return order == Order::Fifo ? std::tuple(int(s.kind), s.date, s.paymentId)
                                    : std::tuple(0, s.date, s.paymentId);
    };
    std::stable_sort(sources.begin(), sources.end(),
                     [&](const CreditSource &a, const CreditSource &b) { return rank(a) < rank(b); });

    QList<OpenItem> owing = builder.owing();
    std::sort(owing.begin(), owing.end(), [](const OpenItem &a, const OpenItem &b) {
        const auto key = [](const OpenItem &i) {
            return std::tuple(i.date, i.target.kind != AllocationTarget::Kind::Charge, i.target.id);
        };
        return key(a) < key(b);
    });

    const auto buckets = order == Order::Rigorous ? std::span<const Bucket>(rigorousBuckets) : std::span<const Bucket>(wholeFamily);
    for (const Bucket &bucket : buckets) {
        for (OpenItem &item : owing) {
            for (CreditSource &source : sources) {
                if (!item.balance.isPositive())
                    break;
                if (!source.available.isPositive() || !bucket.holds(source.owner, item))
                    continue;
                const Money amount = Money::min(source.available, item.balance);
                move(builder, source, item.target, {item.patientId, item.providerId, item.clinicId}, amount);
                item.balance -= amount;
            }
        }
    }

    // What is left stays the family's, as unearned income of the one it belongs to.
    for (CreditSource &source : sources) {
        if (source.available.isPositive() && source.kind != CreditSource::Kind::Unearned)
            move(builder, source, AllocationTarget::unearned(), source.owner, source.available);
    }
}

} // namespace paydesk::core
