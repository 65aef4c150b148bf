#include "ledger/AccountAssembler.h"

namespace paydesk::core {

void AccountAssembler::addFamily(qint64 familyId, const ExpectedRows &expected)
{
    m_familyIndex.insert(familyId, m_accounts.size());
    m_lastFamilyId = 0; // no family has id 0: the next lookup asks the index
    FamilyAccount account;
    account.familyId = familyId;
    account.members.reserve(expected.members);
    account.charges.reserve(expected.charges);
    account.adjustments.reserve(expected.adjustments);
    account.payments.reserve(expected.payments);
    account.allocations.reserve(expected.allocations);
    m_accounts.append(std::move(account));
}

void AccountAssembler::reserve(const ExpectedRows &expected)
{
    m_charges.reserve(expected.charges);
    m_adjustments.reserve(expected.adjustments);
    m_payments.reserve(expected.payments);
}

FamilyAccount *AccountAssembler::account(qint64 familyId)
{
    // Rows come family by family: the last family found is nearly always the next one's.
    if (familyId != m_lastFamilyId) {
        m_lastFamilyId = familyId;
        m_lastIndex = m_familyIndex.value(familyId, -1);
    }
    return m_lastIndex < 0 ? nullptr : &m_accounts[m_lastIndex];
}

ChargeLine *AccountAssembler::chargeLine(qint64 chargeId)
{
    const auto it = m_charges.constFind(chargeId);
    return it == m_charges.cend() ? nullptr : &m_accounts[it->first].charges[it->second];
}

void AccountAssembler::addMember(qint64 familyId, const Patient &patient)
{
    if (FamilyAccount *a = account(familyId))
        a->members.append(patient);
}

void AccountAssembler::addCharge(qint64 familyId, const Charge &charge)
{
    FamilyAccount *a = account(familyId);
    if (!a)
        return;
    m_charges.insert(charge.id, {m_lastIndex, a->charges.size()});
    ChargeLine line;
    line.charge = charge;
    a->charges.append(std::move(line));
}

void AccountAssembler::addAdjustment(qint64 familyId, const Adjustment &adjustment)
{
    FamilyAccount *a = account(familyId);
    if (!a)
        return;
    if (ChargeLine *charge = chargeLine(adjustment.chargeId))
        charge->adjusted += adjustment.amount;
    m_adjustments.insert(adjustment.id, {m_lastIndex, a->adjustments.size()});
    AdjustmentLine line;
    line.adjustment = adjustment;
    a->adjustments.append(std::move(line));
}

void AccountAssembler::addPayment(qint64 familyId, const Payment &payment)
{
    FamilyAccount *a = account(familyId);
    if (!a)
        return;
    m_payments.insert(payment.id, {m_lastIndex, a->payments.size()});
    PaymentLine line;
    line.payment = payment;
    a->payments.append(std::move(line));
}

void AccountAssembler::addAllocation(qint64 familyId, const Allocation &allocation)
{
    FamilyAccount *a = account(familyId);
    if (!a)
        return;
    if (const auto it = m_payments.constFind(allocation.paymentId); it != m_payments.cend())
        m_accounts[it->first].payments[it->second].allocated += allocation.amount;
    if (allocation.target.kind == AllocationTarget::Kind::Charge) {
        if (ChargeLine *charge = chargeLine(allocation.target.id))
            charge->allocated += allocation.amount;
    } else if (allocation.target.kind == AllocationTarget::Kind::Adjustment) {
        if (const auto it = m_adjustments.constFind(allocation.target.id); it != m_adjustments.cend())
            m_accounts[it->first].adjustments[it->second].allocated += allocation.amount;
    }
    a->allocations.append(allocation);
}

void AccountAssembler::addClaim(qint64 familyId, const Claim &claim)
{
    if (FamilyAccount *a = account(familyId))
        a->claims.append(claim);
}

void AccountAssembler::addClaimProcedure(qint64 familyId, const ClaimProcedure &procedure)
{
    FamilyAccount *a = account(familyId);
    if (!a)
        return;
    if (ChargeLine *charge = chargeLine(procedure.chargeId)) {
        charge->insurancePaid += procedure.insurancePaid;
        charge->writtenOff += procedure.writeOff;
    }
    a->claimProcedures.append(procedure);
}

void AccountAssembler::addClaimPayment(qint64 familyId, const ClaimPayment &payment)
{
    FamilyAccount *a = account(familyId);
    if (!a)
        return;
    m_claimPayments.insert(payment.id, {m_lastIndex, a->claimPayments.size()});
    ClaimPaymentLine line;
    line.payment = payment;
    a->claimPayments.append(std::move(line));
}

void AccountAssembler::addClaimSpread(qint64 familyId, const ClaimSpread &spread)
{
    FamilyAccount *a = account(familyId);
    if (!a)
        return;
    if (const auto it = m_claimPayments.constFind(spread.claimPaymentId); it != m_claimPayments.cend())
        m_accounts[it->first].claimPayments[it->second].spread += spread.amount;
    if (ChargeLine *charge = chargeLine(spread.chargeId))
        charge->insurancePaid += spread.amount;
    a->claimSpreads.append(spread);
}

QList<FamilyAccount> AccountAssembler::take(const QHash<qint64, QString> &providerCodes,
                                            const QHash<qint64, QString> &clinicCodes)
{
    for (FamilyAccount &account : m_accounts) {
        // Voids are linked once every row is in: a void need not come after what it voids
        // in date order (a clock set back, an import).
        for (const AdjustmentLine &line : std::as_const(account.adjustments)) {
            const Adjustment &a = line.adjustment;
            if (!a.isVoid())
                continue;
            if (a.reversesAdjustmentId) {
                if (const auto it = m_adjustments.constFind(a.reversesAdjustmentId); it != m_adjustments.cend()) {
                    AdjustmentLine &original = m_accounts[it->first].adjustments[it->second];
                    original.voidedById = a.id;
                    original.voided += a.amount;
                }
            } else if (ChargeLine *charge = chargeLine(a.chargeId)) {
                charge->voidedById = a.id;
            }
        }
        for (const PaymentLine &line : std::as_const(account.payments)) {
            const auto related = m_payments.constFind(line.payment.relatedPaymentId);
            if (related == m_payments.cend())
                continue;
            PaymentLine &original = m_accounts[related->first].payments[related->second];
            if (line.payment.kind == Payment::Kind::Void)
                original.reversedById = line.payment.id;
            else if (line.payment.kind == Payment::Kind::Refund)
                original.refunded += line.payment.amount;
        }
        account.providerCodes = providerCodes;
        account.clinicCodes = clinicCodes;
    }
    m_familyIndex.clear();
    m_lastFamilyId = 0;
    m_lastIndex = -1;
    m_charges.clear();
    m_adjustments.clear();
    m_payments.clear();
    m_claimPayments.clear();
    return std::exchange(m_accounts, {});
}

} // namespace paydesk::core
