#include "reports/Aging.h"

#include "ledger/AccountAssembler.h"
#include "ledger/FamilyAccount.h"
#include "util/Tr.h"

#include <QSet>

#include <algorithm>

namespace paydesk::core {

namespace {

// The account as it stood at the end of `asOf`: only what is dated on or before it, with
// every line worked out again from those rows by the one assembler. Allocations are left
// out: aging does not depend on them.
FamilyAccount accountAsOf(const FamilyAccount &account, const QDate &asOf)
{
    const auto counts = [&asOf](const QDate &date) { return date <= asOf; };
    AccountAssembler assembler;
    const qint64 family = account.familyId;
    assembler.addFamily(family);
    for (const ChargeLine &line : account.charges) {
        if (counts(line.charge.date))
            assembler.addCharge(family, line.charge);
    }
    for (const AdjustmentLine &line : account.adjustments) {
        if (counts(line.adjustment.date))
            assembler.addAdjustment(family, line.adjustment);
    }
    for (const PaymentLine &line : account.payments) {
        if (counts(line.payment.date))
            assembler.addPayment(family, line.payment);
    }
    QSet<qint64> claims;
    for (const Claim &claim : account.claims) {
        if (counts(claim.date)) {
            claims.insert(claim.id);
            assembler.addClaim(family, claim);
        }
    }
    for (const ClaimProcedure &procedure : account.claimProcedures) {
        if (claims.contains(procedure.claimId))
            assembler.addClaimProcedure(family, procedure);
    }
    QSet<qint64> claimPayments;
    for (const ClaimPaymentLine &line : account.claimPayments) {
        if (counts(line.payment.date)) {
            claimPayments.insert(line.payment.id);
            assembler.addClaimPayment(family, line.payment);
        }
    }
    for (const ClaimSpread &spread : account.claimSpreads) {
        if (claimPayments.contains(spread.claimPaymentId))
            assembler.addClaimSpread(family, spread);
    }
    return assembler.take().constFirst();
}

struct Item
{
    QDate date;
    Money most; // what the item can take
};

} // namespace

AgedBalance &AgedBalance::operator+=(const AgedBalance &other)
{
    for (int b = 0; b < bucketCount; ++b)
        buckets[size_t(b)] += other.buckets[size_t(b)];
    balance += other.balance;
    return *this;
}

AgedBalance::Bucket Aging::bucketOf(qint64 days)
{
    if (days <= 30)
        return AgedBalance::Days0To30;
    if (days <= 60)
        return AgedBalance::Days31To60;
    return days <= 90 ? AgedBalance::Days61To90 : AgedBalance::Over90;
}

QString Aging::bucketCode(AgedBalance::Bucket bucket)
{
    switch (bucket) {
    case AgedBalance::Days0To30:
        return QStringLiteral("0-30");
    case AgedBalance::Days31To60:
        return QStringLiteral("31-60");
    case AgedBalance::Days61To90:
        return QStringLiteral("61-90");
    case AgedBalance::Over90:
        return QStringLiteral("over_90");
    }
    return {};
}

QString Aging::bucketLabel(AgedBalance::Bucket bucket)
{
    switch (bucket) {
    case AgedBalance::Days0To30:
        return Tr::tr("0–30");
    case AgedBalance::Days31To60:
        return Tr::tr("31–60");
    case AgedBalance::Days61To90:
        return Tr::tr("61–90");
    case AgedBalance::Over90:
        return Tr::tr("Over 90");
    }
    return {};
}

AgedBalance Aging::of(const FamilyAccount &account, const QDate &asOf)
{
    const FamilyAccount then = accountAsOf(account, asOf);
    AgedBalance aged;
    aged.balance = then.balance();
    if (!aged.owes())
        return aged;

    QList<Item> items;
    items.reserve(then.charges.size() + then.adjustments.size());
    for (const ChargeLine &line : then.charges)
        items.append({line.charge.date, line.patientPortion()});
    for (const AdjustmentLine &line : then.adjustments) {
        const Adjustment &a = line.adjustment;
        // A fee voided by the as-of date asks nothing; its void is no item of its own.
        if (!a.chargeId && !a.isVoid() && a.amount.isPositive())
            items.append({a.date, a.amount + line.voided});
    }
    // Newest first: the balance is what the newest items left unpaid.
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.date > b.date; });

    Money left = aged.balance;
    int oldestHeld = -1;
    for (const Item &item : std::as_const(items)) {
        if (!left.isPositive())
            break;
        const Money taken = Money::min(left, Money::max(item.most, {}));
        if (taken.isZero())
            continue;
        const int bucket = bucketOf(item.date.daysTo(asOf));
        aged.buckets[size_t(bucket)] += taken;
        oldestHeld = std::max(oldestHeld, bucket);
        left -= taken;
    }
    if (left.isPositive())
        aged.buckets[size_t(std::max(oldestHeld, int(AgedBalance::Days0To30)))] += left;
    return aged;
}

} // namespace paydesk::core
