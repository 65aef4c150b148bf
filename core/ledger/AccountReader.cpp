#include "ledger/AccountReader.h"

#include "ledger/AccountAssembler.h"
#include "ledger/AllocationRow.h"
#include "ledger/FamilyLimits.h"
#include "ledger/PaymentRow.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Errors.h"
#include "util/Tr.h"


namespace paydesk::core {

namespace {

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
    try {
        QList<FamilyAccount> accounts = assemble(firstFamilyId, lastFamilyId, extent);
        for (const FamilyAccount &account : std::as_const(accounts)) {
            static_cast<void>(account.balance());
            static_cast<void>(account.unallocated());
            static_cast<void>(account.unearned());
            static_cast<void>(account.outstanding());
            static_cast<void>(account.unspreadInsurance());
        }
        return accounts;
    } catch (const MoneyOverflow &) {
        QStringList why = FamilyLimits::unreadable(m_db, firstFamilyId, lastFamilyId);
        if (why.isEmpty())
            why << Tr::tr("The amounts of family %1 add up beyond the largest amount PayDesk can hold "
                          "(999,999,999,999.99): its account cannot be added up.")
                            .arg(firstFamilyId);
        throw Refusal(why);
    }
}

QList<FamilyAccount> AccountReader::assemble(qint64 firstFamilyId, qint64 lastFamilyId, Extent extent) const
{
    const bool whole = extent == Extent::Whole;
    AccountAssembler accounts;
    SqlQuery q = m_db.query();
    const auto select = [&](const QString &sql) {
        q.prepare(sql).bind(firstParam, firstFamilyId).bind(lastParam, lastFamilyId).exec();
    };

    select(QStringLiteral("SELECT id FROM families WHERE id BETWEEN :a AND :b ORDER BY id"));
    while (q.next())
        accounts.addFamily(q.id(0));
    if (accounts.isEmpty())
        return {};

    if (whole) {
        select(QStringLiteral("SELECT family_id, id, last_name, first_name, birth_date, is_guarantor FROM patients"
                              " WHERE family_id BETWEEN :a AND :b ORDER BY family_id, is_guarantor DESC, id"));
        while (q.next())
            accounts.addMember(q.id(0), {q.id(1), q.id(0), q.text(2), q.text(3), q.date(4), q.id(5) == 1});
    }

    select(QStringLiteral("SELECT p.family_id, c.id, c.patient_id, c.provider_id, c.clinic_id, c.date, c.code,"
                          " c.description, c.amount_cents FROM charges c JOIN patients p ON p.id = c.patient_id"
                          " WHERE p.family_id BETWEEN :a AND :b ORDER BY p.family_id, c.date, c.id"));
    while (q.next()) {
        accounts.addCharge(q.id(0), {q.id(1), q.id(2), q.id(3), q.id(4), q.date(5), q.text(6), q.text(7),
                                     q.money(8)});
    }

    select(QStringLiteral("SELECT p.family_id, a.id, a.patient_id, a.provider_id, a.clinic_id, a.date, a.type,"
                          " a.amount_cents, a.charge_id, a.kind, a.reverses_adjustment_id, a.note"
                          " FROM adjustments a JOIN patients p ON p.id = a.patient_id"
                          " WHERE p.family_id BETWEEN :a AND :b ORDER BY p.family_id, a.date, a.id"));
    while (q.next()) {
        accounts.addAdjustment(q.id(0), {q.id(1), q.id(2), q.id(3), q.id(4), q.date(5), q.text(6), q.money(7),
                                         q.id(8), adjustmentKindFromCode(q.textView(9)), q.id(10),
                                         whole ? q.text(11) : QString()});
    }

    if (whole) {
        select(QStringLiteral("SELECT p.family_id, ") + PaymentRow::columns()
               + QStringLiteral(" FROM payments y JOIN patients p ON p.id = y.patient_id"
                                " WHERE p.family_id BETWEEN :a AND :b ORDER BY p.family_id, y.date, y.id"));
        while (q.next())
            accounts.addPayment(q.id(0), PaymentRow::read(q, 1));
    }

    select(QStringLiteral("SELECT p.family_id, ") + AllocationRow::columns()
           + QStringLiteral(" FROM allocations a JOIN payments y ON y.id = a.payment_id"
                            " JOIN patients p ON p.id = y.patient_id WHERE p.family_id BETWEEN :a AND :b"
                            " ORDER BY p.family_id, a.id"));
    while (q.next())
        accounts.addAllocation(q.id(0), AllocationRow::read(q, 1));

    if (whole) {
        select(QStringLiteral("SELECT p.family_id, c.id, c.patient_id, c.date, c.payer, c.status, c.provider_id,"
                              " c.clinic_id FROM claims c JOIN patients p ON p.id = c.patient_id"
                              " WHERE p.family_id BETWEEN :a AND :b ORDER BY p.family_id, c.id"));
        while (q.next()) {
            accounts.addClaim(q.id(0), {q.id(1), q.id(2), q.date(3), q.text(4), q.text(5), q.id(6),
                                        q.id(7)});
        }
    }

    select(QStringLiteral("SELECT p.family_id, r.id, r.claim_id, r.charge_id, r.ins_paid_cents, r.writeoff_cents"
                          " FROM claim_procs r JOIN claims c ON c.id = r.claim_id JOIN patients p ON p.id = c.patient_id"
                          " WHERE p.family_id BETWEEN :a AND :b ORDER BY p.family_id, r.id"));
    while (q.next())
        accounts.addClaimProcedure(q.id(0), {q.id(1), q.id(2), q.id(3), q.money(4), q.money(5)});

    if (whole) {
        select(QStringLiteral("SELECT p.family_id, y.id, y.claim_id, y.date, y.amount_cents FROM claim_payments y"
                              " JOIN claims c ON c.id = y.claim_id JOIN patients p ON p.id = c.patient_id"
                              " WHERE p.family_id BETWEEN :a AND :b ORDER BY p.family_id, y.date, y.id"));
        while (q.next())
            accounts.addClaimPayment(q.id(0), {q.id(1), q.id(2), q.date(3), q.money(4)});
    }

    // Through the claim rather than the charge (verify keeps both in one family): a range of
    // families has few claims, while going through charges would walk every charge again.
    select(QStringLiteral("SELECT p.family_id, s.id, s.claim_payment_id, s.charge_id, s.amount_cents, s.run_id,"
                          " s.reverses_spread_id FROM claim_spreads s JOIN claim_payments y ON y.id = s.claim_payment_id"
                          " JOIN claims k ON k.id = y.claim_id JOIN patients p ON p.id = k.patient_id"
                          " WHERE p.family_id BETWEEN :a AND :b ORDER BY p.family_id, s.id"));
    while (q.next())
        accounts.addClaimSpread(q.id(0), {q.id(1), q.id(2), q.id(3), q.money(4), q.id(5), q.id(6)});

    if (!whole)
        return accounts.take();
    QList<FamilyAccount> read = accounts.take(codes(u"providers"), codes(u"clinics"));
    const QHash<QString, AdjustmentType> types = adjustmentTypes();
    for (FamilyAccount &account : read)
        account.adjustmentTypes = types;
    return read;
}

QHash<QString, AdjustmentType> AccountReader::adjustmentTypes() const
{
    QHash<QString, AdjustmentType> byCode;
    for (const AdjustmentType &type : AdjustmentTypes(m_db).list())
        byCode.insert(type.code.toLower(), type);
    return byCode;
}

// A practice has a handful of providers and clinics: reading them all is cheaper than joins.
QHash<qint64, QString> AccountReader::codes(QStringView table) const
{
    QHash<qint64, QString> codes;
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT id, code FROM %1").arg(table)).exec();
    while (q.next())
        codes.insert(q.id(0), q.text(1));
    return codes;
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

std::optional<qint64> AccountReader::familyOfAdjustment(qint64 adjustmentId) const
{
    return lookupFamily(QStringLiteral("SELECT p.family_id FROM adjustments a JOIN patients p ON p.id = a.patient_id"
                                       " WHERE a.id = :id"),
                        adjustmentId);
}

bool AccountReader::familyExists(qint64 familyId) const
{
    return lookupFamily(QStringLiteral("SELECT id FROM families WHERE id = :id"), familyId).has_value();
}

} // namespace paydesk::core
