#include "verify/Verifier.h"

#include "money/Money.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Errors.h"
#include "util/Permissions.h"
#include "util/Tr.h"

#include <QMap>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace paydesk::core {

namespace {

// Every check is one set-based statement over the whole database that returns only the
// offending rows, so a clean ledger of millions of rows costs a few scans and no loop in C++.
class Checks
{
public:
    Checks(const Database &db, std::optional<qint64> practiceGroupId)
        : m_db(db)
        , m_groupId(practiceGroupId)
        , m_largeGroup(practiceGroupId && isLargeGroup(db, *practiceGroupId))
    {}

    void amountsInRange();
    void allocationsWithinPayments();
    void allocationRows();
    void reversals();
    void voids();
    void refunds();
    void itemVoids();
    void guarantors();
    void overpaidItems();
    void familyTotals();
    void claims();
    void balancerRows();
    void billingBalances();
    void collections();

    QList<VerifyIssue> &issues() { return m_issues; }

private:
    SqlQuery run(const QString &sql) const
    {
        SqlQuery q = m_db.query();
        q.prepare(sql).exec();
        return q;
    }
    void error(const QString &message) { m_issues.append({VerifyIssue::Severity::Error, message}); }
    void warning(const QString &message) { m_issues.append({VerifyIssue::Severity::Warning, message}); }

    // The conditions that keep a check to the practice group's families, when it has one:
    // each check adds them on the patient (or family, or claim) its rows belong to. Empty
    // for the whole database, so `verify` runs the statements it always has. The group id
    // is an integer, written into the statement.
    QString familiesOfGroup() const
    {
        return QStringLiteral("(SELECT sf.id FROM families sf WHERE sf.practice_group_id = %1)").arg(*m_groupId);
    }
    QString patientsOfGroup() const
    {
        return QStringLiteral("(SELECT sp.id FROM patients sp JOIN families sf ON sf.id = sp.family_id"
                              " WHERE sf.practice_group_id = %1)")
                .arg(*m_groupId);
    }
    // " AND <patientColumn> IN (the group's patients)"
    QString andPatient(const QString &patientColumn) const
    {
        return m_groupId ? QStringLiteral(" AND ") + inScope(patientColumn, patientsOfGroup()) : QString();
    }
    QString wherePatient(const QString &patientColumn) const
    {
        return m_groupId ? QStringLiteral(" WHERE ") + inScope(patientColumn, patientsOfGroup()) : QString();
    }
    QString andFamily(const QString &familyColumn) const
    {
        return m_groupId ? QStringLiteral(" AND ") + inScope(familyColumn, familiesOfGroup()) : QString();
    }
    QString andClaim(const QString &claimColumn) const
    {
        return m_groupId ? QStringLiteral(" AND ")
                                   + inScope(claimColumn,
                                             QStringLiteral("(SELECT sk.id FROM claims sk WHERE sk.patient_id IN %1)")
                                                     .arg(patientsOfGroup()))
                         : QString();
    }
    QString andCharge(const QString &chargeColumn) const
    {
        return m_groupId ? QStringLiteral(" AND ")
                                   + inScope(chargeColumn,
                                             QStringLiteral("(SELECT sc.id FROM charges sc WHERE sc.patient_id IN %1)")
                                                     .arg(patientsOfGroup()))
                         : QString();
    }
    // "<column> IN <set>". Without statistics SQLite takes the set for a few rows and drives
    // the check from it, one index probe and one random row read per member: right for a
    // small group, but for a group that is most of the practice (a migration) up to three
    // times the check's own scan (measured: reversals, voids, amounts). For a large group a
    // unary plus (the same value on both databases) keeps the column's index out of the plan:
    // every check keeps the plan it has over the whole database and the set only filters the
    // rows that plan yields. Either way the statement means the same.
    QString inScope(const QString &column, const QString &set) const
    {
        return QStringLiteral("%1%2 IN %3").arg(m_largeGroup ? QStringLiteral("+") : QString(), column, set);
    }
    // Measured on 50,000 families: a group of 1% is checked six times faster from the group,
    // one of 10% a little faster, one of 25% slower than by the whole-database plan.
    static bool isLargeGroup(const Database &db, qint64 groupId)
    {
        SqlQuery q = db.query();
        q.prepare(QStringLiteral("SELECT COUNT(*), COUNT(CASE WHEN practice_group_id = :g THEN 1 END) FROM families"))
                .bind(QStringLiteral(":g"), groupId)
                .exec();
        return q.next() && q.id(1) * 8 >= q.id(0);
    }

    const Database &m_db;
    const std::optional<qint64> m_groupId;
    const bool m_largeGroup; // an eighth of the families or more
    QList<VerifyIssue> m_issues;
};

// Amounts are read as exact text (PostgreSQL sums are NUMERIC); a corrupt amount beyond
// Money's range is still shown, as the integer number of cents it is.
QString amountAt(const SqlQuery &q, int column)
{
    try {
        return q.money(column).toString();
    } catch (const MoneyOverflow &) {
    } catch (const StorageError &) {
    }
    return Tr::tr("%1 cents").arg(q.text(column));
}

QString idList(const QList<qint64> &ids)
{
    QStringList names;
    for (qint64 id : ids)
        names << QStringLiteral("#%1").arg(id);
    return names.join(QStringLiteral(", "));
}

QString describeTarget(const QString &kind, qint64 id)
{
    if (kind == u"charge")
        return Tr::tr("charge #%1").arg(id);
    if (kind == u"adjustment")
        return Tr::tr("adjustment #%1").arg(id);
    return Tr::tr("unearned income");
}

QString optionalId(qint64 id)
{
    return id ? QStringLiteral("#%1").arg(id) : Tr::tr("none");
}

// Runs a query whose rows are (group id, member id) ordered by group, and returns the
// members of each group in order.
QMap<qint64, QList<qint64>> groupedIds(SqlQuery &q)
{
    QMap<qint64, QList<qint64>> groups;
    while (q.next()) {
        QList<qint64> &members = groups[q.id(0)];
        if (!q.value(1).isNull())
            members.append(q.id(1));
    }
    return groups;
}

void Checks::amountsInRange()
{
    // The limit is a constant of the program, not input: it is part of the statement text.
    const QString outside = QStringLiteral(" WHERE (amount_cents > %1 OR amount_cents < -%1)").arg(Money::maxCents)
                            + andPatient(QStringLiteral("patient_id"));
    SqlQuery q = run(QStringLiteral("SELECT 'charge', id, amount_cents FROM charges") + outside
                     + QStringLiteral(" UNION ALL SELECT 'adjustment', id, amount_cents FROM adjustments") + outside
                     + QStringLiteral(" UNION ALL SELECT 'payment', id, amount_cents FROM payments") + outside
                     + QStringLiteral(" UNION ALL SELECT 'allocation', id, amount_cents FROM allocations") + outside);
    while (q.next()) {
        const QString kind = q.text(0);
        const QString record = kind == u"charge"       ? Tr::tr("Charge #%1").arg(q.id(1))
                               : kind == u"adjustment" ? Tr::tr("Adjustment #%1").arg(q.id(1))
                               : kind == u"payment"    ? Tr::tr("Payment #%1").arg(q.id(1))
                                                       : Tr::tr("Allocation #%1").arg(q.id(1));
        error(Tr::tr("%1 has an amount of %2 cents, beyond the ±999,999,999,999.99 PayDesk can hold.")
                  .arg(record, q.text(2)));
    }
}

void Checks::allocationsWithinPayments()
{
    // A positive payment's allocations total between 0 and its amount; a negative one's
    // (a void) between its amount and 0.
    SqlQuery q = run(QStringLiteral(
        "SELECT y.id, y.amount_cents, t.total FROM"
        " (SELECT payment_id, SUM(amount_cents) AS total FROM allocations GROUP BY payment_id) t"
        " JOIN payments y ON y.id = t.payment_id"
        " WHERE ((y.amount_cents >= 0 AND (t.total < 0 OR t.total > y.amount_cents))"
        " OR (y.amount_cents < 0 AND (t.total > 0 OR t.total < y.amount_cents)))")
        + andPatient(QStringLiteral("y.patient_id")) + QStringLiteral(" ORDER BY y.id"));
    while (q.next())
        error(Tr::tr("Payment #%1 of %2 has %3 allocated: its allocations must stay between 0.00 and its amount.")
                  .arg(q.id(0))
                  .arg(amountAt(q, 1), amountAt(q, 2)));
}

void Checks::allocationRows()
{
    // One pass over the allocations: each row's payment family, its target's family and the
    // patient, provider and clinic the target carries.
    SqlQuery q = run(QStringLiteral(
        "SELECT a.id, a.payment_id, a.target, COALESCE(a.charge_id, a.adjustment_id, 0), a.rule,"
        " py.family_id, tp.family_id, ap.family_id,"                                      // 5-7
        " a.patient_id, a.provider_id, a.clinic_id,"                                      // 8-10
        " COALESCE(c.patient_id, j.patient_id), COALESCE(c.provider_id, j.provider_id),"  // 11-12
        " COALESCE(c.clinic_id, j.clinic_id), j.charge_id"                                // 13-14
        " FROM allocations a"
        " JOIN payments y ON y.id = a.payment_id"
        " JOIN patients py ON py.id = y.patient_id"
        " JOIN patients ap ON ap.id = a.patient_id"
        " LEFT JOIN charges c ON c.id = a.charge_id"
        " LEFT JOIN adjustments j ON j.id = a.adjustment_id"
        " LEFT JOIN patients tp ON tp.id = COALESCE(c.patient_id, j.patient_id)"
        " WHERE ((a.target = 'unearned' AND ap.family_id <> py.family_id)"
        " OR (a.target <> 'unearned' AND (tp.family_id <> py.family_id OR a.patient_id <> tp.id"
        " OR a.provider_id IS NULL OR a.provider_id <> COALESCE(c.provider_id, j.provider_id)"
        " OR a.clinic_id IS NULL OR a.clinic_id <> COALESCE(c.clinic_id, j.clinic_id)"
        " OR j.charge_id IS NOT NULL)))")
        + andPatient(QStringLiteral("y.patient_id")) + QStringLiteral(" ORDER BY a.id"));
    while (q.next()) {
        const qint64 id = q.id(0);
        const qint64 paymentId = q.id(1);
        const QString target = describeTarget(q.text(2), q.id(3));
        const qint64 paymentFamily = q.id(5);
        if (q.text(2) == u"unearned") {
            error(Tr::tr("Unearned allocation #%1 of payment #%2 (family %3) names patient #%4 of family %5.")
                      .arg(id)
                      .arg(paymentId)
                      .arg(paymentFamily)
                      .arg(q.id(8))
                      .arg(q.id(7)));
            continue;
        }
        if (q.id(6) != paymentFamily)
            error(Tr::tr("Allocation #%1 of payment #%2 (family %3) pays %4 of family %5.")
                      .arg(id)
                      .arg(paymentId)
                      .arg(paymentFamily)
                      .arg(target)
                      .arg(q.id(6)));
        if (q.id(8) != q.id(11))
            error(Tr::tr("Allocation #%1 names patient #%2, but %3 is patient #%4's.")
                      .arg(id)
                      .arg(q.id(8))
                      .arg(target)
                      .arg(q.id(11)));
        if (q.id(9) != q.id(12) || q.id(10) != q.id(13)) {
            const QString message = Tr::tr("Allocation #%1 names provider %2 and clinic %3, but %4 has provider %5 and clinic %6.")
                                        .arg(id)
                                        .arg(optionalId(q.id(9)), optionalId(q.id(10)), target, optionalId(q.id(12)),
                                             optionalId(q.id(13)));
            // An imported split may name its own provider and clinic (the import format
            // allows it); anything PayDesk wrote copies them from the target.
            if (q.text(4) == u"import")
                warning(message);
            else
                error(message);
        }
        if (q.id(14))
            error(Tr::tr("Allocation #%1 pays %2, which is attached to charge #%3: it must pay the charge instead.")
                      .arg(id)
                      .arg(target)
                      .arg(q.id(14)));
    }
}

void Checks::reversals()
{
    // A reversal mirrors the row it names, on the same payment (unallocate) or on that
    // payment's void.
    SqlQuery q = run(QStringLiteral(
        "SELECT r.id, o.id, r.amount_cents, o.amount_cents, r.target, COALESCE(r.charge_id, r.adjustment_id, 0),"
        " o.target, COALESCE(o.charge_id, o.adjustment_id, 0),"                                              // 6-7
        " CASE WHEN o.reverses_allocation_id IS NULL THEN 0 ELSE 1 END,"                                      // 8
        " CASE WHEN r.payment_id = o.payment_id OR (v.kind = 'void' AND v.related_payment_id = o.payment_id)"
        " THEN 0 ELSE 1 END, r.payment_id, o.payment_id"                                                      // 9-11
        " FROM allocations r JOIN allocations o ON o.id = r.reverses_allocation_id"
        " JOIN payments v ON v.id = r.payment_id"
        // Spelled out so that PostgreSQL plans for the few reversals, not for every row.
        " WHERE r.reverses_allocation_id IS NOT NULL AND (r.amount_cents <> -o.amount_cents OR r.target <> o.target"
        " OR COALESCE(r.charge_id, 0) <> COALESCE(o.charge_id, 0)"
        " OR COALESCE(r.adjustment_id, 0) <> COALESCE(o.adjustment_id, 0)"
        " OR o.reverses_allocation_id IS NOT NULL"
        " OR (r.payment_id <> o.payment_id AND (v.kind <> 'void' OR v.related_payment_id IS NULL"
        " OR v.related_payment_id <> o.payment_id)))")
        + andPatient(QStringLiteral("v.patient_id")) + QStringLiteral(" ORDER BY r.id"));
    while (q.next()) {
        const qint64 id = q.id(0);
        const qint64 original = q.id(1);
        if (q.id(2) != -q.id(3) || q.text(4) != q.text(6) || q.id(5) != q.id(7))
            error(Tr::tr("Allocation #%1 (%2 to %3) does not mirror allocation #%4 (%5 to %6), which it reverses.")
                      .arg(id)
                      .arg(amountAt(q, 2), describeTarget(q.text(4), q.id(5)))
                      .arg(original)
                      .arg(amountAt(q, 3), describeTarget(q.text(6), q.id(7))));
        if (q.id(8))
            error(Tr::tr("Allocation #%1 reverses allocation #%2, which is itself a reversal.").arg(id).arg(original));
        if (q.id(9))
            error(Tr::tr("Allocation #%1 on payment #%2 reverses allocation #%3 of payment #%4, "
                         "but is neither on that payment nor on its void.")
                      .arg(id)
                      .arg(q.id(10))
                      .arg(original)
                      .arg(q.id(11)));
    }

    SqlQuery twice = run(QStringLiteral(
        "SELECT reverses_allocation_id, id FROM allocations WHERE reverses_allocation_id IN"
        " (SELECT reverses_allocation_id FROM allocations WHERE reverses_allocation_id IS NOT NULL"
        " GROUP BY reverses_allocation_id HAVING COUNT(*) > 1)")
        + andPatient(QStringLiteral("patient_id")) + QStringLiteral(" ORDER BY reverses_allocation_id, id"));
    const auto groups = groupedIds(twice);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        error(Tr::tr("Allocation #%1 is reversed %2 times, by %3: a row may be reversed once.")
                  .arg(it.key())
                  .arg(it->size())
                  .arg(idList(*it)));
}

void Checks::voids()
{
    SqlQuery q = run(QStringLiteral(
        "SELECT v.id, v.related_payment_id, v.amount_cents, o.amount_cents, o.kind"
        " FROM payments v LEFT JOIN payments o ON o.id = v.related_payment_id"
        " WHERE v.kind = 'void' AND (o.id IS NULL OR o.kind <> 'payment' OR v.amount_cents <> -o.amount_cents)")
        + andPatient(QStringLiteral("v.patient_id")) + QStringLiteral(" ORDER BY v.id"));
    while (q.next()) {
        const qint64 id = q.id(0);
        if (q.value(4).isNull())
            error(Tr::tr("Void #%1 names no payment that it voids.").arg(id));
        else if (q.text(4) != u"payment")
            error(Tr::tr("Void #%1 voids #%2, which is a %3, not a payment.").arg(id).arg(q.id(1)).arg(q.text(4)));
        else
            error(Tr::tr("Void #%1 of %2 does not cancel payment #%3 of %4: a void is the payment's amount negated.")
                      .arg(id)
                      .arg(amountAt(q, 2))
                      .arg(q.id(1))
                      .arg(amountAt(q, 3)));
    }

    SqlQuery twice = run(QStringLiteral(
        "SELECT related_payment_id, id FROM payments WHERE kind = 'void' AND related_payment_id IN"
        " (SELECT related_payment_id FROM payments WHERE kind = 'void' AND related_payment_id IS NOT NULL"
        " GROUP BY related_payment_id HAVING COUNT(*) > 1)")
        + andPatient(QStringLiteral("patient_id")) + QStringLiteral(" ORDER BY related_payment_id, id"));
    const auto groups = groupedIds(twice);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        error(Tr::tr("Payment #%1 is voided %2 times, by %3: a payment may be voided once.")
                  .arg(it.key())
                  .arg(it->size())
                  .arg(idList(*it)));

    // After a void the charges owe again what the payment had paid: the payment's rows and
    // its void's rows cancel out.
    SqlQuery standing = run(QStringLiteral(
        "SELECT k.original, SUM(a.amount_cents) FROM"
        " (SELECT DISTINCT related_payment_id AS original, related_payment_id AS payment_id FROM payments"
        " WHERE kind = 'void' AND related_payment_id IS NOT NULL"
        " UNION ALL SELECT related_payment_id, id FROM payments"
        " WHERE kind = 'void' AND related_payment_id IS NOT NULL) k"
        " JOIN allocations a ON a.payment_id = k.payment_id")
        + wherePatient(QStringLiteral("a.patient_id"))
        + QStringLiteral(" GROUP BY k.original HAVING SUM(a.amount_cents) <> 0 ORDER BY k.original"));
    while (standing.next())
        error(Tr::tr("Payment #%1 is voided, yet %2 of it stays allocated: a void reverses every allocation of its payment.")
                  .arg(standing.id(0))
                  .arg(amountAt(standing, 1)));
}

void Checks::refunds()
{
    SqlQuery q = run(QStringLiteral(
        "SELECT r.id, r.related_payment_id, r.amount_cents, o.kind"
        " FROM payments r LEFT JOIN payments o ON o.id = r.related_payment_id"
        " WHERE r.kind = 'refund' AND (o.id IS NULL OR o.kind <> 'payment' OR r.amount_cents >= 0)")
        + andPatient(QStringLiteral("r.patient_id")) + QStringLiteral(" ORDER BY r.id"));
    while (q.next()) {
        const qint64 id = q.id(0);
        if (q.value(3).isNull())
            error(Tr::tr("Refund #%1 names no payment that it refunds.").arg(id));
        else if (q.text(3) != u"payment")
            error(Tr::tr("Refund #%1 refunds #%2, which is a %3, not a payment.").arg(id).arg(q.id(1)).arg(q.text(3)));
        else
            error(Tr::tr("Refund #%1 is %2: a refund returns money, so it is negative.").arg(id).arg(amountAt(q, 2)));
    }

    // What a payment gave back and what it still pays together never exceed what it
    // brought in; a voided payment has already been given back whole.
    SqlQuery totals = run(QStringLiteral(
        "SELECT id, amount_cents, refunded, allocated, voided FROM"
        " (SELECT o.id, o.amount_cents, -r.total AS refunded,"
        " COALESCE((SELECT SUM(a.amount_cents) FROM allocations a WHERE a.payment_id = o.id), 0) AS allocated,"
        " CASE WHEN EXISTS (SELECT 1 FROM payments v WHERE v.related_payment_id = o.id AND v.kind = 'void')"
        " THEN 1 ELSE 0 END AS voided"
        " FROM (SELECT related_payment_id, SUM(amount_cents) AS total FROM payments"
        " WHERE kind = 'refund' AND related_payment_id IS NOT NULL GROUP BY related_payment_id) r"
        " JOIN payments o ON o.id = r.related_payment_id")
        + wherePatient(QStringLiteral("o.patient_id"))
        + QStringLiteral(") t WHERE refunded + allocated > amount_cents OR voided = 1 ORDER BY id"));
    while (totals.next()) {
        const qint64 id = totals.id(0);
        if (totals.id(4))
            error(Tr::tr("Payment #%1 was voided and also refunded %2: its money went back twice.")
                      .arg(id)
                      .arg(amountAt(totals, 2)));
        else
            error(Tr::tr("Payment #%1 of %2 has %3 refunded and %4 allocated: more than it brought in.")
                      .arg(id)
                      .arg(amountAt(totals, 1), amountAt(totals, 2), amountAt(totals, 3)));
    }
}

// Voids of charges and adjustments, checked from their rows alone: each cancels exactly what
// it names, once, and leaves nothing paid on it.
void Checks::itemVoids()
{
    SqlQuery kinds = run(QStringLiteral(
        "SELECT id, kind, type FROM adjustments WHERE ((kind = 'void') <> (LOWER(type) = 'void')"
        " OR (kind <> 'void' AND reverses_adjustment_id IS NOT NULL))")
        + andPatient(QStringLiteral("patient_id")) + QStringLiteral(" ORDER BY id"));
    while (kinds.next()) {
        if (kinds.text(1) == u"void" || kinds.text(2).compare(u"void", Qt::CaseInsensitive) == 0)
            error(Tr::tr("Adjustment #%1 is of kind %2 and type %3: voids, and only they, are of type void.")
                      .arg(kinds.id(0))
                      .arg(kinds.text(1), kinds.text(2)));
        else
            error(Tr::tr("Adjustment #%1 names an adjustment that it reverses, but it is not a void.").arg(kinds.id(0)));
    }

    // An adjustment's void: its amount negated, on its charge (or none), patient, provider
    // and clinic.
    SqlQuery reversing = run(QStringLiteral(
        "SELECT v.id, v.reverses_adjustment_id, v.amount_cents, o.amount_cents, o.kind,"
        " CASE WHEN COALESCE(v.charge_id, 0) <> COALESCE(o.charge_id, 0) OR v.patient_id <> o.patient_id"
        " OR v.provider_id <> o.provider_id OR v.clinic_id <> o.clinic_id THEN 1 ELSE 0 END"
        " FROM adjustments v LEFT JOIN adjustments o ON o.id = v.reverses_adjustment_id"
        " WHERE v.reverses_adjustment_id IS NOT NULL AND v.kind = 'void' AND (o.id IS NULL OR o.kind <> 'adjustment'"
        " OR v.amount_cents <> -o.amount_cents OR COALESCE(v.charge_id, 0) <> COALESCE(o.charge_id, 0)"
        " OR v.patient_id <> o.patient_id OR v.provider_id <> o.provider_id OR v.clinic_id <> o.clinic_id)")
        + andPatient(QStringLiteral("v.patient_id")) + QStringLiteral(" ORDER BY v.id"));
    while (reversing.next()) {
        const qint64 id = reversing.id(0), original = reversing.id(1);
        if (reversing.value(4).isNull())
            error(Tr::tr("Void adjustment #%1 names adjustment #%2, which does not exist.").arg(id).arg(original));
        else if (reversing.text(4) != u"adjustment")
            error(Tr::tr("Void adjustment #%1 voids adjustment #%2, which is itself a void.").arg(id).arg(original));
        else if (reversing.id(2) != -reversing.id(3))
            error(Tr::tr("Void adjustment #%1 of %2 does not cancel adjustment #%3 of %4: a void is the amount negated.")
                      .arg(id)
                      .arg(amountAt(reversing, 2))
                      .arg(original)
                      .arg(amountAt(reversing, 3)));
        if (reversing.id(5))
            error(Tr::tr("Void adjustment #%1 is not on the charge, patient, provider and clinic of adjustment #%2, "
                         "which it reverses.")
                      .arg(id)
                      .arg(original));
    }

    // A charge's void: with it, the charge's amount and attached adjustments come to 0.00.
    SqlQuery charges = run(QStringLiteral(
        "SELECT v.id, v.charge_id, c.id, c.amount_cents + COALESCE(t.total, 0),"
        " CASE WHEN v.patient_id <> c.patient_id OR v.provider_id <> c.provider_id OR v.clinic_id <> c.clinic_id"
        " THEN 1 ELSE 0 END"
        " FROM adjustments v LEFT JOIN charges c ON c.id = v.charge_id"
        " LEFT JOIN (SELECT charge_id, SUM(amount_cents) AS total FROM adjustments WHERE charge_id IN"
        "  (SELECT charge_id FROM adjustments WHERE kind = 'void' AND reverses_adjustment_id IS NULL)"
        "  GROUP BY charge_id) t ON t.charge_id = v.charge_id"
        " WHERE v.kind = 'void' AND v.reverses_adjustment_id IS NULL AND (c.id IS NULL"
        " OR c.amount_cents + COALESCE(t.total, 0) <> 0 OR v.patient_id <> c.patient_id"
        " OR v.provider_id <> c.provider_id OR v.clinic_id <> c.clinic_id)")
        + andPatient(QStringLiteral("v.patient_id")) + QStringLiteral(" ORDER BY v.id"));
    while (charges.next()) {
        const qint64 id = charges.id(0);
        if (charges.value(2).isNull()) {
            error(Tr::tr("Void adjustment #%1 names neither a charge nor an adjustment that it voids.").arg(id));
            continue;
        }
        if (charges.id(3) != 0)
            error(Tr::tr("Charge #%1 is voided by adjustment #%2, yet its amount and adjustments come to %3, not 0.00.")
                      .arg(charges.id(1))
                      .arg(id)
                      .arg(amountAt(charges, 3)));
        if (charges.id(4))
            error(Tr::tr("Void adjustment #%1 is not on the patient, provider and clinic of charge #%2, which it voids.")
                      .arg(id)
                      .arg(charges.id(1)));
    }

    // One void per item.
    SqlQuery twice = run(QStringLiteral(
        "SELECT 'adjustment', reverses_adjustment_id, id FROM adjustments WHERE reverses_adjustment_id IN"
        " (SELECT reverses_adjustment_id FROM adjustments WHERE reverses_adjustment_id IS NOT NULL"
        " GROUP BY reverses_adjustment_id HAVING COUNT(*) > 1)")
        + andPatient(QStringLiteral("patient_id"))
        + QStringLiteral(" UNION ALL SELECT 'charge', charge_id, id FROM adjustments"
                         " WHERE kind = 'void' AND reverses_adjustment_id IS NULL AND charge_id IN"
                         " (SELECT charge_id FROM adjustments WHERE kind = 'void' AND reverses_adjustment_id IS NULL"
                         " GROUP BY charge_id HAVING COUNT(*) > 1)")
        + andPatient(QStringLiteral("patient_id")) + QStringLiteral(" ORDER BY 1, 2, 3"));
    QMap<std::pair<QString, qint64>, QList<qint64>> voidsOf;
    while (twice.next())
        voidsOf[{twice.text(0), twice.id(1)}].append(twice.id(2));
    for (auto it = voidsOf.cbegin(); it != voidsOf.cend(); ++it) {
        const QString what = it.key().first == u"charge" ? Tr::tr("Charge #%1").arg(it.key().second)
                                                         : Tr::tr("Adjustment #%1").arg(it.key().second);
        error(Tr::tr("%1 is voided %2 times, by adjustments %3: it may be voided once.")
                  .arg(what)
                  .arg(it->size())
                  .arg(idList(*it)));
    }

    // Nothing stays paid on a voided charge or adjustment, or on a void; no claim names a
    // voided charge.
    SqlQuery standing = run(QStringLiteral(
        "SELECT 'charge', v.charge_id, v.id, SUM(a.amount_cents) FROM adjustments v"
        " JOIN allocations a ON a.charge_id = v.charge_id"
        " WHERE v.kind = 'void' AND v.reverses_adjustment_id IS NULL")
        + andPatient(QStringLiteral("v.patient_id"))
        + QStringLiteral(" GROUP BY v.charge_id, v.id HAVING SUM(a.amount_cents) <> 0"
                         " UNION ALL SELECT 'adjustment', v.reverses_adjustment_id, v.id, SUM(a.amount_cents)"
                         " FROM adjustments v JOIN allocations a ON a.adjustment_id = v.reverses_adjustment_id"
                         " WHERE v.kind = 'void' AND v.reverses_adjustment_id IS NOT NULL")
        + andPatient(QStringLiteral("v.patient_id"))
        + QStringLiteral(" GROUP BY v.reverses_adjustment_id, v.id HAVING SUM(a.amount_cents) <> 0"
                         " UNION ALL SELECT 'void', v.id, v.id, SUM(a.amount_cents) FROM adjustments v"
                         " JOIN allocations a ON a.adjustment_id = v.id WHERE v.kind = 'void'")
        + andPatient(QStringLiteral("v.patient_id"))
        + QStringLiteral(" GROUP BY v.id HAVING SUM(a.amount_cents) <> 0"
                         " UNION ALL SELECT 'claim', v.charge_id, r.claim_id, 0 FROM adjustments v"
                         " JOIN claim_procs r ON r.charge_id = v.charge_id"
                         " WHERE v.kind = 'void' AND v.reverses_adjustment_id IS NULL")
        + andPatient(QStringLiteral("v.patient_id")) + QStringLiteral(" ORDER BY 1, 2, 3"));
    while (standing.next()) {
        const QString kind = standing.text(0);
        const qint64 item = standing.id(1), other = standing.id(2);
        if (kind == u"charge")
            error(Tr::tr("Charge #%1 is voided by adjustment #%2, yet %3 stays allocated to it: a void takes back "
                         "every allocation of what it voids.")
                      .arg(item)
                      .arg(other)
                      .arg(amountAt(standing, 3)));
        else if (kind == u"adjustment")
            error(Tr::tr("Adjustment #%1 is voided by adjustment #%2, yet %3 stays allocated to it: a void takes back "
                         "every allocation of what it voids.")
                      .arg(item)
                      .arg(other)
                      .arg(amountAt(standing, 3)));
        else if (kind == u"void")
            error(Tr::tr("Void adjustment #%1 has %2 allocated to it: a void owes nothing.").arg(item).arg(amountAt(standing, 3)));
        else
            error(Tr::tr("Charge #%1 is voided, yet claim #%2 names it.").arg(item).arg(other));
    }
}

void Checks::guarantors()
{
    SqlQuery q = run(QStringLiteral(
        "SELECT f.id, p.id FROM families f"
        " LEFT JOIN patients p ON p.family_id = f.id AND p.is_guarantor = 1"
        " WHERE f.id IN (SELECT f2.id FROM families f2"
        " LEFT JOIN patients g ON g.family_id = f2.id AND g.is_guarantor = 1"
        " GROUP BY f2.id HAVING COUNT(g.id) <> 1)")
        + andFamily(QStringLiteral("f.id")) + QStringLiteral(" ORDER BY f.id, p.id"));
    const auto groups = groupedIds(q);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (it->isEmpty())
            error(Tr::tr("Family %1 has no guarantor.").arg(it.key()));
        else
            error(Tr::tr("Family %1 has %2 guarantors (patients %3): a family has exactly one.")
                      .arg(it.key())
                      .arg(it->size())
                      .arg(idList(*it)));
    }
}

void Checks::overpaidItems()
{
    // Legacy imports may carry splits that overpay a charge; they are listed until fixed.
    // One pass over each table, no joins: a charge's amount, its attached adjustments and
    // what was allocated to it, summed by charge.
    // Insurance (claim procedures, spread claim payments) counts before patient money: what it
    // pays beyond the charge is an insurance overpayment, the rest of a negative balance is
    // patient money that overpays.
    SqlQuery charges = run(QStringLiteral(
        "SELECT charge_id, SUM(base) - SUM(ins) - SUM(paid), SUM(base), SUM(ins), SUM(paid) FROM"
        " (SELECT id AS charge_id, amount_cents AS base, 0 AS ins, 0 AS paid FROM charges"
        " UNION ALL SELECT charge_id, amount_cents, 0, 0 FROM adjustments WHERE charge_id IS NOT NULL"
        " UNION ALL SELECT charge_id, 0, ins_paid_cents + writeoff_cents, 0 FROM claim_procs"
        " UNION ALL SELECT charge_id, 0, amount_cents, 0 FROM claim_spreads"
        " UNION ALL SELECT charge_id, 0, 0, amount_cents FROM allocations WHERE charge_id IS NOT NULL) t"
        " GROUP BY charge_id HAVING SUM(base) - SUM(ins) - SUM(paid) < 0")
        // The group's scope goes in HAVING: it is then looked up for the few charges that
        // are overpaid, not for every row of the union (twice the time over a whole practice).
        + andCharge(QStringLiteral("charge_id")) + QStringLiteral(" ORDER BY charge_id"));
    while (charges.next()) {
        const Money base = charges.money(2), insurance = charges.money(3), paid = charges.money(4);
        if (insurance > base)
            warning(Tr::tr("Charge #%1 of %2 has %3 from insurance: an insurance overpayment to review.")
                        .arg(charges.id(0))
                        .arg(base.toString(), insurance.toString()));
        if (paid > Money::max(base - insurance, {}))
            warning(Tr::tr("Charge #%1 has a negative balance of %2: it was paid more than it asks (legacy import?).")
                        .arg(charges.id(0))
                        .arg(amountAt(charges, 1)));
    }

    SqlQuery adjustments = run(QStringLiteral(
        "SELECT j.id, j.amount_cents, a.total FROM adjustments j"
        " JOIN (SELECT adjustment_id, SUM(amount_cents) AS total FROM allocations"
        " WHERE adjustment_id IS NOT NULL GROUP BY adjustment_id) a ON a.adjustment_id = j.id"
        " WHERE j.charge_id IS NULL"
        " AND (a.total < 0 OR a.total > CASE WHEN j.amount_cents > 0 THEN j.amount_cents ELSE 0 END)")
        + andPatient(QStringLiteral("j.patient_id")) + QStringLiteral(" ORDER BY j.id"));
    while (adjustments.next())
        warning(Tr::tr("Adjustment #%1 of %2 has %3 allocated: more than it asks.")
                    .arg(adjustments.id(0))
                    .arg(amountAt(adjustments, 1), amountAt(adjustments, 2)));
}

void Checks::familyTotals()
{
    // Independent of the balance rules the account, the lists and the reports share
    // (ledger/Balances.h) on purpose: verify is the check that those agree with the rows, so
    // it adds the rows up its own way, in SQL, and a mistake in the shared rule shows here.
    // No cent created or lost: per family, charges + adjustments − payments must equal
    // Σ charge balances + Σ stand-alone adjustment balances − unallocated − unearned.
    // Charges, payments and stand-alone adjustments count the same on both sides, in the
    // family of their patient, so only the terms that can differ are summed here: an
    // attached adjustment counts in its own family's balance and in its charge's family's
    // balances; an allocation takes from its payment's family's unallocated credit (or adds
    // to its unearned income) and pays down a charge or stand-alone adjustment of its
    // target's family. Each family's sum of those differences must be zero.
    SqlQuery q = run(QStringLiteral(
        "SELECT family_id, SUM(difference) FROM ("
        " SELECT p.family_id, j.amount_cents AS difference"
        " FROM adjustments j JOIN patients p ON p.id = j.patient_id WHERE j.charge_id IS NOT NULL"
        " UNION ALL SELECT p.family_id, -j.amount_cents"
        " FROM adjustments j JOIN charges c ON c.id = j.charge_id JOIN patients p ON p.id = c.patient_id"
        " UNION ALL SELECT p.family_id, -a.amount_cents"
        " FROM allocations a JOIN payments y ON y.id = a.payment_id JOIN patients p ON p.id = y.patient_id"
        " WHERE a.target <> 'unearned'"
        " UNION ALL SELECT p.family_id, a.amount_cents"
        " FROM allocations a JOIN charges c ON c.id = a.charge_id JOIN patients p ON p.id = c.patient_id"
        " UNION ALL SELECT p.family_id, a.amount_cents"
        " FROM allocations a JOIN adjustments j ON j.id = a.adjustment_id JOIN patients p ON p.id = j.patient_id"
        " WHERE j.charge_id IS NULL"
        // Insurance on a procedure lowers the claim's family's balance and the charge's
        // family's charge balances; a spread moves a claim payment's unspread money (in the
        // claim's family) onto a charge.
        " UNION ALL SELECT p.family_id, -(r.ins_paid_cents + r.writeoff_cents)"
        " FROM claim_procs r JOIN claims k ON k.id = r.claim_id JOIN patients p ON p.id = k.patient_id"
        " UNION ALL SELECT p.family_id, r.ins_paid_cents + r.writeoff_cents"
        " FROM claim_procs r JOIN charges c ON c.id = r.charge_id JOIN patients p ON p.id = c.patient_id"
        " UNION ALL SELECT p.family_id, s.amount_cents"
        " FROM claim_spreads s JOIN charges c ON c.id = s.charge_id JOIN patients p ON p.id = c.patient_id"
        " UNION ALL SELECT p.family_id, -s.amount_cents FROM claim_spreads s"
        " JOIN claim_payments y ON y.id = s.claim_payment_id JOIN claims k ON k.id = y.claim_id"
        " JOIN patients p ON p.id = k.patient_id"
        ") t GROUP BY family_id HAVING SUM(difference) <> 0")
        + andFamily(QStringLiteral("family_id")) + QStringLiteral(" ORDER BY family_id"));
    while (q.next())
        error(Tr::tr("Family %1 does not add up: its balance (charges + adjustments − payments − insurance) differs by "
                     "%2 from its charge and adjustment balances − unallocated − unearned − unspread claim payments.")
                  .arg(q.id(0))
                  .arg(amountAt(q, 1)));
}

void Checks::claims()
{
    SqlQuery spread = run(QStringLiteral(
        "SELECT y.id, y.amount_cents, t.total FROM"
        " (SELECT claim_payment_id, SUM(amount_cents) AS total FROM claim_spreads GROUP BY claim_payment_id) t"
        " JOIN claim_payments y ON y.id = t.claim_payment_id WHERE (t.total < 0 OR t.total > y.amount_cents)")
        + andClaim(QStringLiteral("y.claim_id")) + QStringLiteral(" ORDER BY y.id"));
    while (spread.next())
        error(Tr::tr("Claim payment #%1 of %2 has %3 spread onto procedures: spreads must stay between 0.00 and its amount.")
                  .arg(spread.id(0))
                  .arg(amountAt(spread, 1), amountAt(spread, 2)));

    SqlQuery stray = run(QStringLiteral(
        "SELECT s.id, y.claim_id, s.charge_id FROM claim_spreads s JOIN claim_payments y ON y.id = s.claim_payment_id"
        " WHERE NOT EXISTS (SELECT 1 FROM claim_procs r WHERE r.claim_id = y.claim_id AND r.charge_id = s.charge_id)")
        + andClaim(QStringLiteral("y.claim_id")) + QStringLiteral(" ORDER BY s.id"));
    while (stray.next())
        error(Tr::tr("Claim spread #%1 puts claim #%2's money on charge #%3, which is not a procedure of that claim.")
                  .arg(stray.id(0))
                  .arg(stray.id(1))
                  .arg(stray.id(2)));

    SqlQuery family = run(QStringLiteral(
        "SELECT r.id, r.claim_id, r.charge_id FROM claim_procs r JOIN claims k ON k.id = r.claim_id"
        " JOIN patients kp ON kp.id = k.patient_id JOIN charges c ON c.id = r.charge_id"
        " JOIN patients cp ON cp.id = c.patient_id WHERE kp.family_id <> cp.family_id")
        + andPatient(QStringLiteral("k.patient_id")) + QStringLiteral(" ORDER BY r.id"));
    while (family.next())
        error(Tr::tr("Claim #%1 names charge #%2 of another family.").arg(family.id(1)).arg(family.id(2)));
}

void Checks::balancerRows()
{
    SqlQuery transfers = run(QStringLiteral(
        "SELECT id, amount_cents FROM payments WHERE method = 'transfer' AND amount_cents <> 0")
        + andPatient(QStringLiteral("patient_id")) + QStringLiteral(" ORDER BY id"));
    while (transfers.next())
        error(Tr::tr("Income transfer #%1 is %2: a transfer moves money between charges and must be 0.00.")
                  .arg(transfers.id(0))
                  .arg(amountAt(transfers, 1)));

    // No source gives more than it has: a payment's unearned income never goes below zero
    // (offset pairs excepted, which cancel out on purpose).
    SqlQuery unearned = run(QStringLiteral(
        "SELECT y.id, y.amount_cents, t.total FROM"
        " (SELECT payment_id, SUM(amount_cents) AS total FROM allocations"
        "  WHERE target = 'unearned' AND rule <> 'offset' GROUP BY payment_id) t"
        " JOIN payments y ON y.id = t.payment_id"
        " WHERE ((y.amount_cents >= 0 AND t.total < 0) OR (y.amount_cents < 0 AND t.total > 0))")
        + andPatient(QStringLiteral("y.patient_id")) + QStringLiteral(" ORDER BY y.id"));
    while (unearned.next())
        error(Tr::tr("Payment #%1 of %2 holds %3 of unearned income: more was taken from it than it held.")
                  .arg(unearned.id(0))
                  .arg(amountAt(unearned, 1), amountAt(unearned, 2)));
}

// Reads every check from one snapshot, so that postings made while verify runs cannot
// show up as half-written. Nothing is written: the transaction is always rolled back.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database &db) : m_db(db)
    {
        if (!m_db.isPostgres()) {
            m_db.execute(QStringLiteral("BEGIN"));
            return;
        }
        m_db.execute(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        // A few large scans and hash joins: compiling them costs more than it saves, and
        // hashes of a million ids fit in memory instead of spilling to disk.
        m_db.execute(QStringLiteral("SET LOCAL jit = off"));
        m_db.execute(QStringLiteral("SET LOCAL work_mem = '64MB'"));
    }
    ~ReadSnapshot() { QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK")); }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    const Database &m_db;
};

} // namespace

void Checks::billingBalances()
{
    // The daily run keeps each family's balance as of the last day it processed, counting
    // the ledger rows up to the ids it has read (billing_marks), and adds only what changed
    // since (LedgerDelta). Summed here from scratch, each family's must be the one it keeps.
    SqlQuery q = run(QStringLiteral(
        "SELECT family_id, SUM(kept), SUM(counted) FROM ("
        " SELECT family_id, balance_cents AS kept, 0 AS counted FROM billing_accounts"
        " UNION ALL SELECT p.family_id, 0, c.amount_cents FROM charges c JOIN patients p ON p.id = c.patient_id"
        "  WHERE c.id <= (SELECT last_id FROM billing_marks WHERE name = 'charges')"
        "  AND c.date <= (SELECT MAX(date) FROM billing_days)"
        " UNION ALL SELECT p.family_id, 0, a.amount_cents FROM adjustments a JOIN patients p ON p.id = a.patient_id"
        "  WHERE a.id <= (SELECT last_id FROM billing_marks WHERE name = 'adjustments')"
        "  AND a.date <= (SELECT MAX(date) FROM billing_days)"
        " UNION ALL SELECT p.family_id, 0, -y.amount_cents FROM payments y JOIN patients p ON p.id = y.patient_id"
        "  WHERE y.id <= (SELECT last_id FROM billing_marks WHERE name = 'payments')"
        "  AND y.date <= (SELECT MAX(date) FROM billing_days)"
        " UNION ALL SELECT p.family_id, 0, -(r.ins_paid_cents + r.writeoff_cents) FROM claim_procs r"
        "  JOIN claims k ON k.id = r.claim_id JOIN patients p ON p.id = k.patient_id"
        "  WHERE r.id <= (SELECT last_id FROM billing_marks WHERE name = 'claim_procs')"
        "  AND k.date <= (SELECT MAX(date) FROM billing_days)"
        " UNION ALL SELECT p.family_id, 0, -t.amount_cents FROM claim_payments t"
        "  JOIN claims k ON k.id = t.claim_id JOIN patients p ON p.id = k.patient_id"
        "  WHERE t.id <= (SELECT last_id FROM billing_marks WHERE name = 'claim_payments')"
        "  AND t.date <= (SELECT MAX(date) FROM billing_days)"
        ") t GROUP BY family_id HAVING SUM(kept) <> SUM(counted)")
        + andFamily(QStringLiteral("family_id")) + QStringLiteral(" ORDER BY family_id"));
    while (q.next())
        error(Tr::tr("Family %1: the daily billing run has recorded a balance of %2 as of its last day, but the ledger "
                     "rows it has read add up to %3.")
                  .arg(q.id(0))
                  .arg(amountAt(q, 1), amountAt(q, 2)));
}

void Checks::collections()
{
    // A family's collection status is the last row of its history (CollectionAccountStore
    // writes both in one transaction); a status without one was changed behind its back.
    SqlQuery status = run(QStringLiteral(
        "SELECT a.family_id, a.code, a.since, h.code, h.from_date FROM collection_accounts a"
        " LEFT JOIN collection_history h ON h.id = (SELECT MAX(id) FROM collection_history WHERE family_id = a.family_id)"
        " WHERE (h.id IS NULL OR COALESCE(a.code, '') <> COALESCE(h.code, '') OR a.since <> h.from_date)")
        + andFamily(QStringLiteral("a.family_id")) + QStringLiteral(" ORDER BY a.family_id"));
    const auto code = [](const QString &text) { return text.isEmpty() ? Tr::tr("none") : text; };
    while (status.next()) {
        const QString history = status.value(4).isNull()
            ? Tr::tr("none since the start")
            : Tr::tr("%1 since %2").arg(code(status.text(3)), status.text(4));
        error(Tr::tr("Family %1 is in collection status %2 since %3, but its collection history says %4.")
                  .arg(status.id(0))
                  .arg(code(status.text(1)), status.text(2), history));
    }
    SqlQuery plans = run(QStringLiteral(
        "SELECT c.family_id FROM collection_plans c JOIN payment_plans p ON p.family_id = c.family_id"
        " AND p.status = 'Enabled' WHERE c.status = 'Active'")
        + andFamily(QStringLiteral("c.family_id")) + QStringLiteral(" ORDER BY c.family_id"));
    while (plans.next())
        error(Tr::tr("Family %1 has an active collection payment plan and an enabled payment plan; one at most is "
                     "allowed.")
                  .arg(plans.id(0)));
}

Verifier::Verifier(const Database &db, const QString &user)
    : m_db(db)
{
    Permissions::require(db, user, Permissions::Action::ReadLedger);
}

QList<VerifyIssue> Verifier::run(std::optional<qint64> practiceGroupId) const
{
    Checks checks(m_db, practiceGroupId);
    {
        // Inside a caller's transaction (a migration verifying what it is about to commit)
        // that transaction is the snapshot, and sees its own rows.
        std::optional<ReadSnapshot> snapshot;
        if (!m_db.inTransaction())
            snapshot.emplace(m_db);
        checks.amountsInRange();
        checks.allocationsWithinPayments();
        checks.allocationRows();
        checks.reversals();
        checks.voids();
        checks.refunds();
        checks.itemVoids();
        checks.guarantors();
        checks.overpaidItems();
        checks.familyTotals();
        checks.claims();
        checks.balancerRows();
        checks.billingBalances();
        checks.collections();
    }
    // Errors first: they decide the exit status; warnings are the to-do list.
    QList<VerifyIssue> &issues = checks.issues();
    std::stable_partition(issues.begin(), issues.end(),
                          [](const VerifyIssue &issue) { return issue.severity == VerifyIssue::Severity::Error; });
    return issues;
}

} // namespace paydesk::core
