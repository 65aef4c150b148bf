#pragma once

#include "balancer/Attribution.h"
#include "balancer/FamilyPlan.h"
#include "ledger/AutoAllocator.h"
#include "ledger/FamilyAccount.h"

namespace paydesk::core {

// Collects one family's planned rows and keeps a working copy of the account up to date
// with them, so that each step of a method sees what the steps before it did.
class PlanBuilder
{
public:
    // asOf invalid: no cut-off.
    PlanBuilder(FamilyAccount account, QDate asOf);

    const FamilyAccount &account() const { return m_account; }
    const QDate &asOf() const { return m_asOf; }
    // Rows dated after the as-of date are left alone.
    bool inScope(const QDate &date) const { return !m_asOf.isValid() || date <= m_asOf; }
    // An ordinary payment in scope and not voided: the only kind whose money a method moves.
    // Voids, refunds and voided payments never move (a refund already counts against its
    // payment's credit).
    bool isMovable(const PaymentLine &line) const
    {
        return line.payment.kind == Payment::Kind::Payment && !line.isVoided() && inScope(line.payment.date);
    }
    // What still owes, in scope.
    QList<OpenItem> owing() const;

    void allocate(qint64 paymentId, AllocationTarget target, Money amount, const Attribution &to, AllocationRule rule,
                  qint64 transferId = 0);
    // Takes a whole row back (void earlier transfers, undo a run).
    void reverse(const Allocation &row);
    void spread(qint64 claimPaymentId, qint64 chargeId, Money amount);
    void reverse(const ClaimSpread &spread);
    // Returns the placeholder's (negative) charge id.
    qint64 addPlaceholder(Charge charge, qint64 claimId);
    void refuse(const QString &reason);
    bool isRefused() const { return !m_plan.refusal.isEmpty(); }

    // The plan, with rows of the same payment, target, attribution and rule netted, so a
    // method that takes back and gives again the same money writes nothing. A refused
    // family's plan has only its reason.
    FamilyPlan finish();

private:
    FamilyAccount m_account;
    QDate m_asOf;
    FamilyPlan m_plan;
    qint64 m_nextPlaceholderId = -1;
};

} // namespace paydesk::core
