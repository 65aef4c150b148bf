#include "models/UnearnedModel.h"

#include "models/CellData.h"
#include "models/ItemRoles.h"

#include <map>
#include <tuple>

namespace paydesk::ui {

UnearnedModel::UnearnedModel(QObject *parent)
    : AccountTableModel({tr("Payment #"), tr("Date"), tr("Patient"), tr("Provider"), tr("Clinic"), tr("Held")},
                        {Payment, Held},
                        parent)
{}

void UnearnedModel::accountChanged()
{
    std::map<std::tuple<qint64, qint64, qint64, qint64>, core::Money> held;
    for (const core::Allocation &row : account().allocations) {
        if (row.target.kind == core::AllocationTarget::Kind::Unearned && row.rule != core::AllocationRule::Offset)
            held[{row.paymentId, row.patientId, row.providerId, row.clinicId}] += row.amount;
    }
    m_lines.clear();
    for (const auto &[key, amount] : held) {
        if (amount.isZero())
            continue;
        const auto &[paymentId, patientId, providerId, clinicId] = key;
        const core::PaymentLine *payment = account().payment(paymentId);
        m_lines.append({paymentId, payment ? payment->payment.date : QDate(), patientId, providerId, clinicId, amount});
    }
    std::stable_sort(m_lines.begin(), m_lines.end(), [](const Line &a, const Line &b) {
        return std::tie(a.date, a.paymentId) < std::tie(b.date, b.paymentId);
    });
}

int UnearnedModel::rows() const
{
    return int(m_lines.size());
}

QVariant UnearnedModel::cell(int row, int column, int role) const
{
    const Line &line = m_lines.at(row);
    if (role == IdRole)
        return line.paymentId;
    if (role == PatientIdRole)
        return line.patientId;
    switch (Column(column)) {
    case Payment:
        return CellData::id(line.paymentId, role);
    case Date:
        return CellData::date(line.date, role);
    case Patient:
        return CellData::text(patientName(line.patientId), role);
    case Provider:
        return CellData::text(providerCode(line.providerId), role);
    case Clinic:
        return CellData::text(clinicCode(line.clinicId), role);
    case Held:
        return CellData::money(line.held, role);
    }
    return {};
}

} // namespace paydesk::ui
