#include "ledger/AccountReader.h"

#include "ledger/PaymentRow.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Errors.h"
#include "util/Tr.h"

#include <QHash>

namespace paydesk::core {

namespace {

QDate isoDate(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

const QString familyParam = QStringLiteral(":f");

} // namespace

FamilyAccount AccountReader::load(qint64 familyId) const
{
    FamilyAccount account;
    account.familyId = familyId;

    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT id, last_name, first_name, birth_date, is_guarantor FROM patients"
                             " WHERE family_id = :f ORDER BY is_guarantor DESC, id"))
        .bind(familyParam, familyId)
        .exec();
    while (q.next())
        account.members.append({q.id(0), familyId, q.text(1), q.text(2), isoDate(q.value(3)), q.value(4).toInt() == 1});
    if (account.members.isEmpty() && !familyExists(familyId))
        throw Refusal(Tr::tr("There is no family with account number %1.").arg(familyId));

    q.prepare(QStringLiteral("SELECT c.id, c.patient_id, c.provider_id, c.clinic_id, c.date, c.code, c.description,"
                             " c.amount_cents FROM charges c JOIN patients p ON p.id = c.patient_id"
                             " WHERE p.family_id = :f ORDER BY c.date, c.id"))
        .bind(familyParam, familyId)
        .exec();
    QHash<qint64, qsizetype> chargeIndex;
    while (q.next()) {
        ChargeLine line;
        line.charge = {q.id(0), q.id(1), q.id(2), q.id(3), isoDate(q.value(4)), q.text(5), q.text(6), q.money(7)};
        chargeIndex.insert(line.charge.id, account.charges.size());
        account.charges.append(line);
    }

    q.prepare(QStringLiteral("SELECT a.id, a.patient_id, a.provider_id, a.clinic_id, a.date, a.type, a.amount_cents,"
                             " a.charge_id FROM adjustments a JOIN patients p ON p.id = a.patient_id"
                             " WHERE p.family_id = :f ORDER BY a.date, a.id"))
        .bind(familyParam, familyId)
        .exec();
    QHash<qint64, qsizetype> adjustmentIndex;
    while (q.next()) {
        AdjustmentLine line;
        line.adjustment = {q.id(0), q.id(1), q.id(2), q.id(3), isoDate(q.value(4)), q.text(5), q.money(6), q.id(7)};
        if (const auto it = chargeIndex.constFind(line.adjustment.chargeId); it != chargeIndex.cend())
            account.charges[*it].adjusted += line.adjustment.amount;
        adjustmentIndex.insert(line.adjustment.id, account.adjustments.size());
        account.adjustments.append(line);
    }

    q.prepare(QStringLiteral("SELECT ") + PaymentRow::columns()
              + QStringLiteral(" FROM payments y JOIN patients p ON p.id = y.patient_id"
                               " WHERE p.family_id = :f ORDER BY y.date, y.id"))
        .bind(familyParam, familyId)
        .exec();
    QHash<qint64, qsizetype> paymentIndex;
    while (q.next()) {
        PaymentLine line;
        line.payment = PaymentRow::read(q);
        const Payment &p = line.payment;
        paymentIndex.insert(p.id, account.payments.size());
        account.payments.append(line);
    }
    for (const PaymentLine &line : std::as_const(account.payments)) {
        const auto related = paymentIndex.constFind(line.payment.relatedPaymentId);
        if (related == paymentIndex.cend())
            continue;
        PaymentLine &original = account.payments[*related];
        if (line.payment.kind == Payment::Kind::Void)
            original.reversedById = line.payment.id;
        else if (line.payment.kind == Payment::Kind::Refund)
            original.refunded += line.payment.amount;
    }

    q.prepare(QStringLiteral("SELECT a.id, a.payment_id, a.target, a.charge_id, a.adjustment_id, a.amount_cents,"
                             " a.patient_id, a.provider_id, a.clinic_id, a.rule, a.reverses_allocation_id"
                             " FROM allocations a JOIN payments y ON y.id = a.payment_id"
                             " JOIN patients p ON p.id = y.patient_id WHERE p.family_id = :f ORDER BY a.id"))
        .bind(familyParam, familyId)
        .exec();
    while (q.next()) {
        Allocation a;
        a.id = q.id(0);
        a.paymentId = q.id(1);
        const QString target = q.text(2);
        if (target == u"charge")
            a.target = AllocationTarget::charge(q.id(3));
        else if (target == u"adjustment")
            a.target = AllocationTarget::adjustment(q.id(4));
        a.amount = q.money(5);
        a.patientId = q.id(6);
        a.providerId = q.id(7);
        a.clinicId = q.id(8);
        a.rule = allocationRuleFromCode(q.text(9));
        a.reversesAllocationId = q.id(10);
        if (const auto it = paymentIndex.constFind(a.paymentId); it != paymentIndex.cend())
            account.payments[*it].allocated += a.amount;
        if (a.target.kind == AllocationTarget::Kind::Charge) {
            if (const auto it = chargeIndex.constFind(a.target.id); it != chargeIndex.cend())
                account.charges[*it].allocated += a.amount;
        } else if (a.target.kind == AllocationTarget::Kind::Adjustment) {
            if (const auto it = adjustmentIndex.constFind(a.target.id); it != adjustmentIndex.cend())
                account.adjustments[*it].allocated += a.amount;
        }
        account.allocations.append(a);
    }

    // A practice has a handful of providers and clinics: reading them all is cheaper than joins.
    q.prepare(QStringLiteral("SELECT id, code FROM providers")).exec();
    while (q.next())
        account.providerCodes.insert(q.id(0), q.text(1));
    q.prepare(QStringLiteral("SELECT id, code FROM clinics")).exec();
    while (q.next())
        account.clinicCodes.insert(q.id(0), q.text(1));
    return account;
}

std::optional<qint64> AccountReader::lookupFamily(const QString &sql, qint64 id) const
{
    SqlQuery q = m_db.query();
    q.prepare(sql).bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return q.id(0);
}

std::optional<qint64> AccountReader::familyOfPatient(qint64 patientId) const
{
    return lookupFamily(QStringLiteral("SELECT family_id FROM patients WHERE id = :id"), patientId);
}

std::optional<qint64> AccountReader::familyOfPayment(qint64 paymentId) const
{
    return lookupFamily(QStringLiteral("SELECT p.family_id FROM payments y JOIN patients p ON p.id = y.patient_id"
                                       " WHERE y.id = :id"),
                        paymentId);
}

std::optional<qint64> AccountReader::familyOfCharge(qint64 chargeId) const
{
    return lookupFamily(QStringLiteral("SELECT p.family_id FROM charges c JOIN patients p ON p.id = c.patient_id"
                                       " WHERE c.id = :id"),
                        chargeId);
}

bool AccountReader::familyExists(qint64 familyId) const
{
    return lookupFamily(QStringLiteral("SELECT id FROM families WHERE id = :id"), familyId).has_value();
}

} // namespace paydesk::core
