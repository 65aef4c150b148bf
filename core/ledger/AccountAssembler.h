#pragma once

#include "ledger/FamilyAccount.h"

namespace paydesk::core {

// How many rows of each kind are coming to an AccountAssembler, when the reader knows:
// room is made for them at once.
struct ExpectedRows
{
    qsizetype members = 0;
    qsizetype charges = 0;
    qsizetype adjustments = 0;
    qsizetype payments = 0;
    qsizetype allocations = 0;
};

// Builds family accounts from their rows and works out what each row holds or owes: a
// charge's adjustments, insurance and allocations, a stand-alone adjustment's allocations, a
// payment's allocations, void and refunds, a claim payment's spreads, and which void
// voided a charge or an adjustment (a stand-alone adjustment's balance counts its void).
// The one place that does, for every way the rows are read (a few families by indexed
// queries, a whole practice by table scans), so both give the same accounts.
//
// Families are added first. Then each table's rows come in the order FamilyAccount keeps
// them, a table at a time and parents first: members, charges, adjustments, payments,
// allocations, claims, claim procedures, claim payments, claim spreads. A row of a family
// that was not added is skipped.
class AccountAssembler
{
public:
    void addFamily(qint64 familyId, const ExpectedRows &expected = {});
    // For the whole of what is coming, over every family.
    void reserve(const ExpectedRows &expected);
    void addMember(qint64 familyId, const Patient &patient);
    void addCharge(qint64 familyId, const Charge &charge);
    void addAdjustment(qint64 familyId, const Adjustment &adjustment);
    void addPayment(qint64 familyId, const Payment &payment);
    void addAllocation(qint64 familyId, const Allocation &allocation);
    void addClaim(qint64 familyId, const Claim &claim);
    void addClaimProcedure(qint64 familyId, const ClaimProcedure &procedure);
    void addClaimPayment(qint64 familyId, const ClaimPayment &payment);
    void addClaimSpread(qint64 familyId, const ClaimSpread &spread);

    bool isEmpty() const { return m_accounts.isEmpty(); }

    // The accounts in the order their families were added, each with the practice's
    // provider and clinic codes (empty when the reader had no need of them).
    QList<FamilyAccount> take(const QHash<qint64, QString> &providerCodes = {},
                              const QHash<qint64, QString> &clinicCodes = {});

private:
    // Where a row lives: (family index, line index).
    using Place = std::pair<qsizetype, qsizetype>;

    FamilyAccount *account(qint64 familyId);
    ChargeLine *chargeLine(qint64 chargeId);

    QList<FamilyAccount> m_accounts;
    QHash<qint64, qsizetype> m_familyIndex;
    qint64 m_lastFamilyId = 0;
    qsizetype m_lastIndex = -1;
    QHash<qint64, Place> m_charges, m_adjustments, m_payments, m_claimPayments;
};

} // namespace paydesk::core
