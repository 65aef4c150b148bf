#include "balancer/PlanRowsModel.h"

#include "models/AllocationsModel.h"
#include "models/CellData.h"
#include "models/ItemRoles.h"
#include "print/LedgerText.h"

#include <algorithm>

namespace paydesk::ui {

PlanRowsModel::PlanRowsModel(QObject *parent)
    : AccountTableModel({tr("From payment"),
                         tr("Paid to"),
                         tr("Patient"),
                         tr("Provider"),
                         tr("Clinic"),
                         tr("Amount"),
                         tr("Rule"),
                         tr("Txfr")},
                        {Amount},
                        parent)
{}

void PlanRowsModel::setPlan(const core::FamilyAccount &account, const core::FamilyPlan &plan)
{
    m_plan = plan;
    setAccount(account);
}

void PlanRowsModel::clear()
{
    setPlan({}, {});
}

void PlanRowsModel::accountChanged()
{
    m_rows.clear();
    for (const core::Allocation &a : std::as_const(m_plan.allocations)) {
        m_rows.append({a.paymentId,
                       paymentText(a.paymentId),
                       targetText(a.target),
                       a.patientId,
                       a.providerId,
                       a.clinicId,
                       a.amount,
                       AllocationsModel::ruleText(a.rule),
                       a.transferId});
    }
    for (const core::ClaimSpread &s : std::as_const(m_plan.spreads)) {
        Row row{s.claimPaymentId,
                claimPaymentText(s.claimPaymentId),
                chargeText(s.chargeId),
                0,
                0,
                0,
                s.amount,
                tr("Insurance spread"),
                0};
        const auto placeholder = std::find_if(
                m_plan.placeholders.cbegin(), m_plan.placeholders.cend(), [&](const core::PlaceholderProcedure &p) {
                    return p.charge.id == s.chargeId;
                });
        const core::ChargeLine *line = account().charge(s.chargeId);
        const core::Charge *charge = placeholder != m_plan.placeholders.cend() ? &placeholder->charge
                                     : line                                    ? &line->charge
                                                                               : nullptr;
        if (charge) {
            row.patientId = charge->patientId;
            row.providerId = charge->providerId;
            row.clinicId = charge->clinicId;
        }
        m_rows.append(row);
    }
}

int PlanRowsModel::rows() const
{
    return int(m_rows.size());
}

QVariant PlanRowsModel::cell(int row, int column, int role) const
{
    const Row &r = m_rows.at(row);
    if (role == IdRole)
        return r.id;
    if (role == PatientIdRole)
        return r.patientId;
    switch (Column(column)) {
    case Payment:
        return CellData::text(r.payment, role);
    case PaidTo:
        return CellData::text(r.paidTo, role);
    case Patient:
        return CellData::text(r.patientId ? patientName(r.patientId) : QString(), role);
    case Provider:
        return CellData::text(providerCode(r.providerId), role);
    case Clinic:
        return CellData::text(clinicCode(r.clinicId), role);
    case Amount:
        return CellData::money(r.amount, role);
    case Rule:
        return CellData::text(r.rule, role);
    case Transfer:
        if (r.transferId == core::FamilyPlan::newTransfer)
            return CellData::text(tr("New"), role);
        return CellData::id(r.transferId, role);
    }
    return {};
}

QString PlanRowsModel::paymentText(qint64 paymentId) const
{
    const core::PaymentLine *line = account().payment(paymentId);
    if (!line)
        return tr("#%1").arg(paymentId);
    const core::Payment &p = line->payment;
    return tr("#%1 %2 %3 of %4 (%5)")
            .arg(QString::number(p.id),
                 core::paymentMethodLabel(p.method),
                 LedgerText::money(p.amount),
                 LedgerText::date(p.date),
                 patientName(p.patientId));
}

QString PlanRowsModel::claimPaymentText(qint64 claimPaymentId) const
{
    const auto &payments = account().claimPayments;
    const auto it = std::find_if(payments.cbegin(), payments.cend(), [=](const core::ClaimPaymentLine &l) {
        return l.payment.id == claimPaymentId;
    });
    if (it == payments.cend())
        return tr("Insurance payment #%1").arg(claimPaymentId);
    const core::Claim *claim = account().claim(it->payment.claimId);
    return tr("Insurance %1 of %2 on claim #%3 (%4)")
            .arg(LedgerText::money(it->payment.amount),
                 LedgerText::date(it->payment.date),
                 QString::number(it->payment.claimId),
                 claim ? claim->payer : QString());
}

QString PlanRowsModel::chargeText(qint64 chargeId) const
{
    for (const core::PlaceholderProcedure &p : m_plan.placeholders) {
        if (p.charge.id == chargeId)
            return tr("New $0 procedure: %1").arg(p.charge.description);
    }
    const core::ChargeLine *line = account().charge(chargeId);
    if (!line)
        return tr("Charge #%1").arg(chargeId);
    const core::Charge &c = line->charge;
    return tr("#%1 %2 %3 of %4").arg(QString::number(c.id), c.code, c.description, LedgerText::date(c.date));
}

QString PlanRowsModel::targetText(const core::AllocationTarget &target) const
{
    switch (target.kind) {
    case core::AllocationTarget::Kind::Charge:
        return chargeText(target.id);
    case core::AllocationTarget::Kind::Adjustment:
        if (const core::AdjustmentLine *line = account().adjustment(target.id)) {
            const core::Adjustment &a = line->adjustment;
            return tr("Adjustment #%1 %2 of %3").arg(QString::number(a.id), a.type, LedgerText::date(a.date));
        }
        return tr("Adjustment #%1").arg(target.id);
    case core::AllocationTarget::Kind::Unearned:
        return tr("Unearned income");
    }
    return {};
}

} // namespace paydesk::ui
