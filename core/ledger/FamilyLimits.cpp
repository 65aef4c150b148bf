#include "ledger/FamilyLimits.h"

#include "ledger/AccountReader.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Errors.h"
#include "util/Tr.h"

namespace paydesk::core {

namespace {

// Cents as Money::toString() writes them, for values Money cannot hold.
QString centsText(qint64 cents)
{
    return QStringLiteral("%1%2.%3")
            .arg(cents < 0 ? QStringLiteral("-") : QString())
            .arg(qAbs(cents / 100))
            .arg(qAbs(cents % 100), 2, 10, QLatin1Char('0'));
}

bool inRange(qint64 cents)
{
    return qAbs(cents) <= Money::maxCents;
}

FamilyCents totalsOfFamily(const Database &db, qint64 familyId)
{
    // Sums of BIGINT are NUMERIC on PostgreSQL, hence the casts; insurance counts in the
    // claim's family, as in the account.
    SqlQuery q = db.query();
    q
            .prepare(QStringLiteral(
                    "SELECT 0, CAST(SUM(c.amount_cents) AS BIGINT) FROM charges c"
                    " JOIN patients p ON p.id = c.patient_id WHERE p.family_id = :f0"
                    " UNION ALL SELECT 1, CAST(SUM(a.amount_cents) AS BIGINT) FROM adjustments a"
                    " JOIN patients p ON p.id = a.patient_id WHERE p.family_id = :f1"
                    " UNION ALL SELECT 2, CAST(SUM(y.amount_cents) AS BIGINT) FROM payments y"
                    " JOIN patients p ON p.id = y.patient_id WHERE p.family_id = :f2"
                    " UNION ALL SELECT 3, CAST(SUM(r.ins_paid_cents + r.writeoff_cents) AS BIGINT) FROM claim_procs r"
                    " JOIN claims k ON k.id = r.claim_id JOIN patients p ON p.id = k.patient_id WHERE p.family_id = :f3"
                    " UNION ALL SELECT 3, CAST(SUM(t.amount_cents) AS BIGINT) FROM claim_payments t"
                    " JOIN claims k ON k.id = t.claim_id JOIN patients p ON p.id = k.patient_id WHERE p.family_id = "
                    ":f4"))
            .bind(QStringLiteral(":f0"), familyId)
            .bind(QStringLiteral(":f1"), familyId)
            .bind(QStringLiteral(":f2"), familyId)
            .bind(QStringLiteral(":f3"), familyId)
            .bind(QStringLiteral(":f4"), familyId)
            .exec();
    FamilyCents totals;
    qint64 *const fields[] = {&totals.charges, &totals.adjustments, &totals.payments, &totals.insurance};
    while (q.next())
        *fields[size_t(q.id(0))] += q.id(1);
    return totals;
}

// A problem for each total of `totals` beyond Money's range; `reach` says how it is
// reached ("would be" for a posting, "is" for the stored rows).
QStringList outOfRange(qint64 familyId, const FamilyCents &totals, bool posting)
{
    const struct
    {
        QString name;
        qint64 cents;
    } fields[] = {{Tr::tr("charges total"), totals.charges},
                  {Tr::tr("adjustments total"), totals.adjustments},
                  {Tr::tr("payments total"), totals.payments},
                  {Tr::tr("balance"), totals.balance()}};
    QStringList problems;
    for (const auto &field : fields) {
        if (inRange(field.cents))
            continue;
        problems << (posting ? Tr::tr("Family %1's %2 would be %3, beyond the largest amount PayDesk can hold "
                                      "(999,999,999,999.99); nothing was written.")
                             : Tr::tr("Family %1's %2 is %3, beyond the largest amount PayDesk can hold "
                                      "(999,999,999,999.99): its account cannot be added up."))
                            .arg(familyId)
                            .arg(field.name, centsText(field.cents));
    }
    return problems;
}

} // namespace

FamilyCents FamilyLimits::stored(const Database &db, qint64 patientId)
{
    const std::optional<qint64> familyId = AccountReader(db).familyOfPatient(patientId);
    return familyId ? totalsOfFamily(db, *familyId) : FamilyCents();
}

void FamilyLimits::checkPosting(const Database &db, qint64 patientId, const FamilyTotals &change)
{
    const std::optional<qint64> familyId = AccountReader(db).familyOfPatient(patientId);
    if (!familyId)
        return; // no such patient: the service refuses it itself
    const FamilyCents now = totalsOfFamily(db, *familyId);
    // Stored totals are within ±10^14 cents, and so is the change: these sums cannot overflow.
    const FamilyCents after{.charges = now.charges + change.charges.cents(),
                            .adjustments = now.adjustments + change.adjustments.cents(),
                            .payments = now.payments + change.payments.cents(),
                            .insurance = now.insurance + change.insurance.cents()};
    if (const QStringList problems = outOfRange(*familyId, after, true); !problems.isEmpty())
        throw Refusal(problems);
}

QStringList FamilyLimits::unreadable(const Database &db, qint64 firstFamilyId, qint64 lastFamilyId)
{
    QStringList problems;
    // Rows that hold more than an amount can: written past PayDesk.
    const struct
    {
        QString kind;
        const char *sql;
        const char *amount;
    } amounts[] = {
            {Tr::tr("Charge"),
             "SELECT c.id, p.family_id, c.amount_cents FROM charges c"
             " JOIN patients p ON p.id = c.patient_id",
             "c.amount_cents"},
            {Tr::tr("Adjustment"),
             "SELECT a.id, p.family_id, a.amount_cents FROM adjustments a"
             " JOIN patients p ON p.id = a.patient_id",
             "a.amount_cents"},
            {Tr::tr("Payment"),
             "SELECT y.id, p.family_id, y.amount_cents FROM payments y"
             " JOIN patients p ON p.id = y.patient_id",
             "y.amount_cents"},
            {Tr::tr("Allocation"),
             "SELECT l.id, p.family_id, l.amount_cents FROM allocations l"
             " JOIN payments y ON y.id = l.payment_id JOIN patients p ON p.id = y.patient_id",
             "l.amount_cents"},
    };
    for (const auto &table : amounts) {
        SqlQuery q = db.query();
        q.prepare(QString::fromLatin1(table.sql)
                  + QStringLiteral(" WHERE p.family_id BETWEEN :a AND :b AND (%1 > :max OR %1 < :min) ORDER BY 1")
                            .arg(QLatin1String(table.amount)))
                .bind(QStringLiteral(":a"), firstFamilyId)
                .bind(QStringLiteral(":b"), lastFamilyId)
                .bind(QStringLiteral(":max"), Money::maxCents)
                .bind(QStringLiteral(":min"), -Money::maxCents)
                .exec();
        while (q.next())
            problems << Tr::tr("%1 #%2 of family %3 holds %4, beyond the largest amount PayDesk can hold "
                               "(999,999,999,999.99).")
                                .arg(table.kind)
                                .arg(q.id(0))
                                .arg(q.id(1))
                                .arg(centsText(q.id(2)));
    }
    if (!problems.isEmpty())
        return problems;
    SqlQuery families = db.query();
    families.prepare(QStringLiteral("SELECT id FROM families WHERE id BETWEEN :a AND :b ORDER BY id"))
            .bind(QStringLiteral(":a"), firstFamilyId)
            .bind(QStringLiteral(":b"), lastFamilyId)
            .exec();
    // Each family's totals once the list is read: one query at a time, as PostgreSQL wants.
    QList<qint64> ids;
    while (families.next())
        ids << families.id(0);
    families.finish();
    for (const qint64 id : std::as_const(ids))
        problems << outOfRange(id, totalsOfFamily(db, id), false);
    return problems;
}

} // namespace paydesk::core
