#include "ledger/AccountReader.h"

#include "ledger/PaymentRow.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Errors.h"
#include "util/Tr.h"

#include <QHash>

namespace paydesk::core {

namespace {

QDate isoDate(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

const QString firstParam = QStringLiteral(":a");
const QString lastParam = QStringLiteral(":b");

} // namespace

FamilyAccount AccountReader::load(qint64 familyId) const
{
    return readOne(familyId, Extent::Whole);
}

QList<FamilyAccount> AccountReader::loadRange(qint64 firstFamilyId, qint64 lastFamilyId) const
{
    return read(firstFamilyId, lastFamilyId, Extent::Whole);
}

FamilyAccount AccountReader::loadBalances(qint64 familyId) const
{
    return readOne(familyId, Extent::Balances);
}

FamilyAccount AccountReader::readOne(qint64 familyId, Extent extent) const
{
    QList<FamilyAccount> accounts = read(familyId, familyId, extent);
    if (accounts.isEmpty())
        throw Refusal(Tr::tr("There is no family with account number %1.").arg(familyId));
    return accounts.takeFirst();
}

QList<FamilyAccount> AccountReader::read(qint64 firstFamilyId, qint64 lastFamilyId, Extent extent) const
{
    const bool whole = extent == Extent::Whole;
    QList<FamilyAccount> accounts;
    QHash<qint64, qsizetype> familyIndex;
    // Where each row of a family lives: (family index, line index).
    QHash<qint64, std::pair<qsizetype, qsizetype>> chargeIndex, adjustmentIndex, paymentIndex, claimPaymentIndex;
    const auto bindRange = [&](SqlQuery &q, const QString &sql) {
        q.prepare(sql).bind(firstParam, firstFamilyId).bind(lastParam, lastFamilyId).exec();
    };
    const auto accountOf = [&](qint64 familyId) -> FamilyAccount * {
        const auto it = familyIndex.constFind(familyId);
        return it == familyIndex.cend() ? nullptr : &accounts[*it];
    };

    SqlQuery q = m_db.query();
    bindRange(q, QStringLiteral("SELECT id FROM families WHERE id BETWEEN :a AND :b ORDER BY id"));
    while (q.next()) {
        familyIndex.insert(q.id(0), accounts.size());
        FamilyAccount account;
        account.familyId = q.id(0);
        accounts.append(std::move(account));
    }
    if (accounts.isEmpty())
        return accounts;

    if (whole) {
        bindRange(q, QStringLiteral("SELECT family_id, id, last_name, first_name, birth_date, is_guarantor FROM patients"
                                    " WHERE family_id BETWEEN :a AND :b ORDER BY family_id, is_guarantor DESC, id"));
        while (q.next()) {
            if (FamilyAccount *account = accountOf(q.id(0)))
                account->members.append({q.id(1), q.id(0), q.text(2), q.text(3), isoDate(q.text(4)), q.id(5) == 1});
        }
    }

    bindRange(q, QStringLiteral("SELECT p.family_id, c.id, c.patient_id, c.provider_id, c.clinic_id, c.date, c.code,"
                                " c.description, c.amount_cents FROM charges c JOIN patients p ON p.id = c.patient_id"
                                " WHERE p.family_id BETWEEN :a AND :b ORDER BY p.family_id, c.date, c.id"));
    while (q.next()) {
        const qsizetype f = familyIndex.value(q.id(0));
        ChargeLine line;
        line.charge = {q.id(1), q.id(2), q.id(3), q.id(4), isoDate(q.text(5)), q.text(6), q.text(7), q.money(8)};
        chargeIndex.insert(line.charge.id, {f, accounts[f].charges.size()});
        accounts[f].charges.append(line);
    }

    bindRange(q, QStringLiteral("SELECT p.family_id, a.id, a.patient_id, a.provider_id, a.clinic_id, a.date, a.type,"
                                " a.amount_cents, a.charge_id FROM adjustments a JOIN patients p ON p.id = a.patient_id"
                                " WHERE p.family_id BETWEEN :a AND :b ORDER BY p.family_id, a.date, a.id"));
    while (q.next()) {
        const qsizetype f = familyIndex.value(q.id(0));
        AdjustmentLine line;
        line.adjustment = {q.id(1), q.id(2), q.id(3), q.id(4), isoDate(q.text(5)), q.text(6), q.money(7), q.id(8)};
        if (const auto it = chargeIndex.constFind(line.adjustment.chargeId); it != chargeIndex.cend())
            accounts[it->first].charges[it->second].adjusted += line.adjustment.amount;
        adjustmentIndex.insert(line.adjustment.id, {f, accounts[f].adjustments.size()});
        accounts[f].adjustments.append(line);
    }

    if (whole) {
        bindRange(q, QStringLiteral("SELECT p.family_id, ") + PaymentRow::columns()
                         + QStringLiteral(" FROM payments y JOIN patients p ON p.id = y.patient_id"
                                          " WHERE p.family_id BETWEEN :a AND :b ORDER BY p.family_id, y.date, y.id"));
        while (q.next()) {
            const qsizetype f = familyIndex.value(q.id(0));
            PaymentLine line;
            line.payment = PaymentRow::read(q, 1);
            paymentIndex.insert(line.payment.id, {f, accounts[f].payments.size()});
            accounts[f].payments.append(line);
        }
        for (FamilyAccount &account : accounts) {
            for (const PaymentLine &line : std::as_const(account.payments)) {
                const auto related = paymentIndex.constFind(line.payment.relatedPaymentId);
                if (related == paymentIndex.cend())
                    continue;
                PaymentLine &original = accounts[related->first].payments[related->second];
                if (line.payment.kind == Payment::Kind::Void)
                    original.reversedById = line.payment.id;
                else if (line.payment.kind == Payment::Kind::Refund)
                    original.refunded += line.payment.amount;
            }
        }
    }

    bindRange(q, QStringLiteral("SELECT p.family_id, a.id, a.payment_id, a.target, a.charge_id, a.adjustment_id,"
                                " a.amount_cents, a.patient_id, a.provider_id, a.clinic_id, a.rule,"
                                " a.reverses_allocation_id, a.transfer_id, a.run_id"
                                " FROM allocations a JOIN payments y ON y.id = a.payment_id"
                                " JOIN patients p ON p.id = y.patient_id WHERE p.family_id BETWEEN :a AND :b"
                                " ORDER BY p.family_id, a.id"));
    while (q.next()) {
        FamilyAccount &account = accounts[familyIndex.value(q.id(0))];
        Allocation a;
        a.id = q.id(1);
        a.paymentId = q.id(2);
        const QString target = q.text(3);
        if (target == u"charge")
            a.target = AllocationTarget::charge(q.id(4));
        else if (target == u"adjustment")
            a.target = AllocationTarget::adjustment(q.id(5));
        a.amount = q.money(6);
        a.patientId = q.id(7);
        a.providerId = q.id(8);
        a.clinicId = q.id(9);
        a.rule = allocationRuleFromCode(q.text(10));
        a.reversesAllocationId = q.id(11);
        a.transferId = q.id(12);
        a.runId = q.id(13);
        if (const auto it = paymentIndex.constFind(a.paymentId); it != paymentIndex.cend())
            accounts[it->first].payments[it->second].allocated += a.amount;
        if (a.target.kind == AllocationTarget::Kind::Charge) {
            if (const auto it = chargeIndex.constFind(a.target.id); it != chargeIndex.cend())
                accounts[it->first].charges[it->second].allocated += a.amount;
        } else if (a.target.kind == AllocationTarget::Kind::Adjustment) {
            if (const auto it = adjustmentIndex.constFind(a.target.id); it != adjustmentIndex.cend())
                accounts[it->first].adjustments[it->second].allocated += a.amount;
        }
        account.allocations.append(a);
    }

    if (whole) {
        bindRange(q, QStringLiteral("SELECT p.family_id, c.id, c.patient_id, c.date, c.payer, c.status, c.provider_id,"
                                    " c.clinic_id FROM claims c JOIN patients p ON p.id = c.patient_id"
                                    " WHERE p.family_id BETWEEN :a AND :b ORDER BY p.family_id, c.id"));
        while (q.next()) {
            accounts[familyIndex.value(q.id(0))].claims.append(
                {q.id(1), q.id(2), isoDate(q.text(3)), q.text(4), q.text(5), q.id(6), q.id(7)});
        }
    }

    bindRange(q, QStringLiteral("SELECT p.family_id, r.id, r.claim_id, r.charge_id, r.ins_paid_cents, r.writeoff_cents"
                                " FROM claim_procs r JOIN claims c ON c.id = r.claim_id JOIN patients p ON p.id = c.patient_id"
                                " WHERE p.family_id BETWEEN :a AND :b ORDER BY p.family_id, r.id"));
    while (q.next()) {
        const ClaimProcedure proc{q.id(1), q.id(2), q.id(3), q.money(4), q.money(5)};
        if (const auto it = chargeIndex.constFind(proc.chargeId); it != chargeIndex.cend()) {
            ChargeLine &line = accounts[it->first].charges[it->second];
            line.insurancePaid += proc.insurancePaid;
            line.writtenOff += proc.writeOff;
        }
        accounts[familyIndex.value(q.id(0))].claimProcedures.append(proc);
    }

    if (whole) {
        bindRange(q, QStringLiteral("SELECT p.family_id, y.id, y.claim_id, y.date, y.amount_cents FROM claim_payments y"
                                    " JOIN claims c ON c.id = y.claim_id JOIN patients p ON p.id = c.patient_id"
                                    " WHERE p.family_id BETWEEN :a AND :b ORDER BY p.family_id, y.date, y.id"));
        while (q.next()) {
            const qsizetype f = familyIndex.value(q.id(0));
            ClaimPaymentLine line;
            line.payment = {q.id(1), q.id(2), isoDate(q.text(3)), q.money(4)};
            claimPaymentIndex.insert(line.payment.id, {f, accounts[f].claimPayments.size()});
            accounts[f].claimPayments.append(line);
        }
    }

    // Through the claim rather than the charge (verify keeps both in one family): a range of
    // families has few claims, while going through charges would walk every charge again.
    bindRange(q, QStringLiteral("SELECT p.family_id, s.id, s.claim_payment_id, s.charge_id, s.amount_cents, s.run_id,"
                                " s.reverses_spread_id FROM claim_spreads s JOIN claim_payments y ON y.id = s.claim_payment_id"
                                " JOIN claims k ON k.id = y.claim_id JOIN patients p ON p.id = k.patient_id"
                                " WHERE p.family_id BETWEEN :a AND :b ORDER BY p.family_id, s.id"));
    while (q.next()) {
        const ClaimSpread spread{q.id(1), q.id(2), q.id(3), q.money(4), q.id(5), q.id(6)};
        if (const auto it = claimPaymentIndex.constFind(spread.claimPaymentId); it != claimPaymentIndex.cend())
            accounts[it->first].claimPayments[it->second].spread += spread.amount;
        if (const auto it = chargeIndex.constFind(spread.chargeId); it != chargeIndex.cend())
            accounts[it->first].charges[it->second].insurancePaid += spread.amount;
        accounts[familyIndex.value(q.id(0))].claimSpreads.append(spread);
    }

    if (!whole)
        return accounts;
    // A practice has a handful of providers and clinics: reading them all is cheaper than joins.
    QHash<qint64, QString> providers, clinics;
    q.prepare(QStringLiteral("SELECT id, code FROM providers")).exec();
    while (q.next())
        providers.insert(q.id(0), q.text(1));
    q.prepare(QStringLiteral("SELECT id, code FROM clinics")).exec();
    while (q.next())
        clinics.insert(q.id(0), q.text(1));
    for (FamilyAccount &account : accounts) {
        account.providerCodes = providers;
        account.clinicCodes = clinics;
    }
    return accounts;
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
