#include "LedgerDesk.h"
#include "TestDatabases.h"

#include "balancer/FamilyBalancer.h"
#include "ledger/Allocator.h"
#include "ledger/Claim.h"
#include "ledger/ItemVoider.h"
#include "ledger/PaymentPoster.h"
#include "money/Money.h"
#include "storage/Database.h"
#include "storage/LedgerStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "verify/Verifier.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace paydesk::core;
using paydesk::test::LedgerDesk;
using paydesk::test::TestDatabases;
using paydesk::test::money;

namespace {

// A ledger that uses every kind of record, written by the real services: manual, auto and
// unearned allocations, an unallocate, a void, a refund, an attached discount, an imported
// split, two families, and a third with claims that the Family Balancer has balanced.
struct CleanLedger
{
    LedgerDesk::Practice practice;
    QHash<QString, qint64> ids; // names used by the expected messages: {p1}, {c1}, ...

    QString expand(QString text) const
    {
        for (auto it = ids.cbegin(); it != ids.cend(); ++it)
            text.replace(u'{' + it.key() + u'}', QString::number(it.value()));
        return text;
    }
};

// Family I: insurance as a conversion leaves it, then balanced by the Family Balancer.
//   i1 2024-01-08 100.00 on claim k1, which paid 50.00 and wrote off 10.00
//   i2 2024-01-10  60.00 on claim k2, which paid 30.00
//   i3 2024-01-12  80.00 on claim k1, i4 2024-01-25 25.00 on claim k2: nothing paid yet
//   y1: 60.00 paid on k1 as a total; p6: 70.00 by IG, all of it unearned.
// The run spreads y1 oldest procedure first (s1 40.00 on i1, s2 20.00 on i3) and transfers
// p6's unearned income to i2 (30.00) and i3 (40.00) under one $0 transfer t. i3 and i4
// still owe 20.00 and 25.00: a corruption can put insurance on them without also
// overpaying them, which would add a warning to its expected issues.
void addInsuredFamily(LedgerDesk &desk, CleanLedger &ledger)
{
    const Database &db = desk.db();
    const NewPatient ines = desk.addPatient(0, u"Ines"_s, u"Ibarra"_s);
    ledger.ids.insert(u"I"_s, ines.familyId);
    ledger.ids.insert(u"IG"_s, ines.patientId);
    const auto charge = [&](const QString &name, const QString &date, const QString &amount) {
        const qint64 id = desk.addCharge(ines.patientId, date, amount);
        ledger.ids.insert(name, id);
        return id;
    };
    const qint64 i1 = charge(u"i1"_s, u"2024-01-08"_s, u"100.00"_s);
    const qint64 i2 = charge(u"i2"_s, u"2024-01-10"_s, u"60.00"_s);
    const qint64 i3 = charge(u"i3"_s, u"2024-01-12"_s, u"80.00"_s);
    const qint64 i4 = charge(u"i4"_s, u"2024-01-25"_s, u"25.00"_s);

    // Only a conversion writes claims, through the store the import uses.
    Transaction tx(db);
    LedgerStore store(db, u"conversion"_s);
    const qint64 k1 = db.reserveIds(u"claims"_s, 2), k2 = k1 + 1;
    for (qint64 claim : {k1, k2})
        store.insertClaim({claim, ines.patientId, QDate(2024, 1, 15), u"Delta"_s, u"received"_s, desk.providerId(),
                           desk.clinicId()});
    const qint64 procedure = db.reserveIds(u"claim_procs"_s, 4);
    store.insertClaimProcedure({procedure, k1, i1, money(u"50.00"_s), money(u"10.00"_s)});
    store.insertClaimProcedure({procedure + 1, k2, i2, money(u"30.00"_s), {}});
    store.insertClaimProcedure({procedure + 2, k1, i3, {}, {}});
    store.insertClaimProcedure({procedure + 3, k2, i4, {}, {}});
    const qint64 y1 = db.reserveIds(u"claim_payments"_s);
    store.insertClaimPayment({y1, k1, QDate(2024, 3, 1), money(u"60.00"_s)});
    tx.commit();
    ledger.ids.insert(u"k1"_s, k1);
    ledger.ids.insert(u"y1"_s, y1);

    ledger.ids.insert(u"p6"_s, desk.pay(ines.patientId, u"70.00"_s, u"u:70.00"_s).paymentId);
    BalancerOptions options;
    options.familyId = ines.familyId;
    FamilyBalancer(db, u"clerk"_s).run(options);
    ledger.ids.insert(u"t"_s, desk.scalar(u"SELECT id FROM payments WHERE method = 'transfer'"_s));
    for (const auto &[spread, chargeId] : {std::pair(u"s1"_s, i1), std::pair(u"s2"_s, i3)})
        ledger.ids.insert(spread, desk.scalar(u"SELECT id FROM claim_spreads WHERE charge_id = %1"_s.arg(chargeId)));
}

// Family V: corrections. v1 2024-01-08 100.00 and v2 60.00 (with discount vd -10.00 on it),
// a stand-alone fee vf 20.00; pv 120.00 by VG paid v1 60.00, v2 40.00 and vf 20.00. Then
// v1 is voided (cv, its 60.00 back to pv), vd (dv) and vf (fv, its 20.00 back to pv).
void addCorrectedFamily(LedgerDesk &desk, CleanLedger &ledger)
{
    const NewPatient vera = desk.addPatient(0, u"Vera"_s, u"Vance"_s);
    ledger.ids.insert(u"V"_s, vera.familyId);
    ledger.ids.insert(u"VG"_s, vera.patientId);
    const qint64 v1 = desk.addCharge(vera.patientId, u"2024-01-08"_s, u"100.00"_s);
    const qint64 v2 = desk.addCharge(vera.patientId, u"2024-01-09"_s, u"60.00"_s);
    const qint64 vd = desk.addAdjustment(vera.patientId, u"2024-01-10"_s, u"-10.00"_s, v2);
    const qint64 vf = desk.addAdjustment(vera.patientId, u"2024-01-10"_s, u"20.00"_s);
    desk.name(u"v1"_s, AllocationTarget::charge(v1));
    desk.name(u"v2"_s, AllocationTarget::charge(v2));
    desk.name(u"vf"_s, AllocationTarget::adjustment(vf));
    const qint64 pv = desk.pay(vera.patientId, u"120.00"_s, u"v1:60.00 v2:40.00 vf:20.00"_s).paymentId;
    ItemVoider voider(desk.db(), u"supervisor"_s);
    const QList<std::pair<QString, qint64>> named = {
        {u"v1"_s, v1}, {u"v2"_s, v2}, {u"vd"_s, vd}, {u"vf"_s, vf}, {u"pv"_s, pv},
        {u"cv"_s, voider.voidCharge(v1, u"wrong patient"_s).voidRow.id},
        {u"dv"_s, voider.voidAdjustment(vd, u"not offered"_s).voidRow.id},
        {u"fv"_s, voider.voidAdjustment(vf, u"waived"_s).voidRow.id},
    };
    for (const auto &[name, id] : named)
        ledger.ids.insert(name, id);
}

CleanLedger buildCleanLedger(LedgerDesk &desk)
{
    CleanLedger ledger;
    ledger.practice = desk.standardPractice();
    const LedgerDesk::Practice &p = ledger.practice;
    for (const QString &name : {u"c1"_s, u"c2"_s, u"c3"_s, u"c4"_s, u"j1"_s, u"o1"_s})
        ledger.ids.insert(name, desk.target(name).id);
    ledger.ids.insert(u"F"_s, p.family);
    ledger.ids.insert(u"O"_s, p.otherFamily);
    ledger.ids.insert(u"G"_s, p.guarantor);
    ledger.ids.insert(u"M"_s, p.member);
    ledger.ids.insert(u"OP"_s, p.otherPatient);
    ledger.ids.insert(u"DRA"_s, desk.providerId());
    ledger.ids.insert(u"MAIN"_s, desk.clinicId());
    ledger.ids.insert(u"d3"_s, desk.addAdjustment(p.guarantor, u"2024-01-06"_s, u"-5.00"_s, desk.target(u"c3"_s).id));

    Allocator allocator(desk.db(), u"clerk"_s);
    PaymentPoster poster(desk.db(), u"clerk"_s);
    // p1: 100.00 by G, c1 60.00 and c2 20.00 by hand; the c2 row is taken back: 40.00 left.
    const qint64 p1 = desk.pay(p.guarantor, u"100.00"_s, u"c1:60.00 c2:20.00"_s).paymentId;
    ledger.ids.insert(u"p1"_s, p1);
    ledger.ids.insert(u"a1"_s, desk.scalar(u"SELECT MIN(id) FROM allocations WHERE payment_id = %1"_s.arg(p1)));
    const qint64 a2 = desk.scalar(u"SELECT MAX(id) FROM allocations WHERE payment_id = %1"_s.arg(p1));
    ledger.ids.insert(u"a2"_s, a2);
    ledger.ids.insert(u"r2"_s, allocator.unallocate(a2));
    // p2: 50.00 by M, this patient first: c2 50.00.
    ledger.ids.insert(u"p2"_s, desk.pay(p.member, u"50.00"_s, QString(), PaymentPoster::AutoAllocate::PatientFirst).paymentId);
    // p3: the other family pays its charge in part, and keeps 5.00 as a prepayment.
    const qint64 p3 = desk.pay(p.otherPatient, u"35.00"_s, u"o1:30.00"_s).paymentId;
    ledger.ids.insert(u"p3"_s, p3);
    allocator.toUnearned(p3, money(u"5.00"_s));
    // p4: 40.00 by G on c3, voided.
    const qint64 p4 = desk.pay(p.guarantor, u"40.00"_s, u"c3:25.00"_s).paymentId;
    ledger.ids.insert(u"p4"_s, p4);
    ledger.ids.insert(u"v4"_s, poster.voidPayment(p4, u"posted twice"_s));
    // p5: 25.00 by G, 5.00 refunded.
    const qint64 p5 = desk.pay(p.guarantor, u"25.00"_s).paymentId;
    ledger.ids.insert(u"p5"_s, p5);
    ledger.ids.insert(u"f5"_s, poster.refund(p5, money(u"5.00"_s), PaymentMethod::Cash, u"overpaid"_s));
    addInsuredFamily(desk, ledger);
    addCorrectedFamily(desk, ledger);
    return ledger;
}

class RawRows
{
public:
    explicit RawRows(const Database &db) : m_db(db) {}

    void allocation(qint64 id, qint64 paymentId, const QString &target, qint64 targetId, const QString &amount,
                    qint64 patientId, qint64 providerId, qint64 clinicId, const QString &rule = u"manual"_s,
                    qint64 reverses = 0)
    {
        exec(u"INSERT INTO allocations (id, payment_id, target, charge_id, adjustment_id, amount_cents, patient_id,"
             " provider_id, clinic_id, rule, reverses_allocation_id, created_by, created_at)"
             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'raw', '2024-02-01T00:00:00Z')"_s,
             {id, paymentId, target, target == u"charge" ? QVariant(targetId) : nullId(),
              target == u"adjustment" ? QVariant(targetId) : nullId(), money(amount).cents(), patientId,
              providerId ? QVariant(providerId) : nullId(), clinicId ? QVariant(clinicId) : nullId(), rule,
              reverses ? QVariant(reverses) : nullId()});
    }
    void payment(qint64 id, qint64 patientId, const QString &amount, const QString &kind = u"payment"_s,
                 qint64 related = 0)
    {
        exec(u"INSERT INTO payments (id, patient_id, date, amount_cents, method, reference, note, kind,"
             " related_payment_id, created_by, created_at)"
             " VALUES (?, ?, '2024-02-01', ?, 'cash', '', '', ?, ?, 'raw', '2024-02-01T00:00:00Z')"_s,
             {id, patientId, money(amount).cents(), kind, related ? QVariant(related) : nullId()});
    }
    void patient(qint64 id, qint64 familyId, bool guarantor)
    {
        exec(u"INSERT INTO patients (id, family_id, last_name, first_name, birth_date, is_guarantor, search_name)"
             " VALUES (?, ?, 'Raw', 'Row', '1990-01-01', ?, 'raw, row')"_s,
             {id, familyId, guarantor ? 1 : 0});
    }
    void family(qint64 id) { exec(u"INSERT INTO families (id, created_at) VALUES (?, '2024-02-01T00:00:00Z')"_s, {id}); }
    void provider(qint64 id, const QString &code) { exec(u"INSERT INTO providers (id, code, name) VALUES (?, ?, ?)"_s, {id, code, code}); }
    void charge(qint64 id, qint64 patientId, qint64 providerId, qint64 clinicId, qint64 cents)
    {
        exec(u"INSERT INTO charges (id, patient_id, provider_id, clinic_id, date, code, description, amount_cents,"
             " created_by, created_at) VALUES (?, ?, ?, ?, '2024-01-15', 'D9999', 'raw', ?, 'raw', '2024-02-01T00:00:00Z')"_s,
             {id, patientId, providerId, clinicId, cents});
    }

    void claimProcedure(qint64 id, qint64 claimId, qint64 chargeId, const QString &insurancePaid)
    {
        exec(u"INSERT INTO claim_procs (id, claim_id, charge_id, ins_paid_cents, writeoff_cents, created_by,"
             " created_at) VALUES (?, ?, ?, ?, 0, 'raw', '2024-02-01T00:00:00Z')"_s,
             {id, claimId, chargeId, money(insurancePaid).cents()});
    }
    void claim(qint64 id, qint64 patientId, qint64 providerId, qint64 clinicId)
    {
        exec(u"INSERT INTO claims (id, patient_id, date, payer, status, provider_id, clinic_id, created_by, created_at)"
             " VALUES (?, ?, '2024-01-20', 'Delta', 'received', ?, ?, 'raw', '2024-02-01T00:00:00Z')"_s,
             {id, patientId, providerId, clinicId});
    }
    // An adjustment of kind void: of `reverses`, or of the charge it is attached to.
    void voidAdjustment(qint64 id, qint64 patientId, qint64 providerId, qint64 clinicId, const QString &amount,
                        qint64 chargeId, qint64 reverses)
    {
        exec(u"INSERT INTO adjustments (id, patient_id, provider_id, clinic_id, date, type, amount_cents, charge_id,"
             " kind, reverses_adjustment_id, note, created_by, created_at)"
             " VALUES (?, ?, ?, ?, '2024-02-01', 'void', ?, ?, 'void', ?, 'raw', 'raw', '2024-02-01T00:00:00Z')"_s,
             {id, patientId, providerId, clinicId, money(amount).cents(), chargeId ? QVariant(chargeId) : nullId(),
              reverses ? QVariant(reverses) : nullId()});
    }
    void claimSpread(qint64 id, qint64 claimPaymentId, qint64 chargeId, const QString &amount)
    {
        exec(u"INSERT INTO claim_spreads (id, claim_payment_id, charge_id, amount_cents, created_by, created_at)"
             " VALUES (?, ?, ?, ?, 'raw', '2024-02-01T00:00:00Z')"_s,
             {id, claimPaymentId, chargeId, money(amount).cents()});
    }

private:
    static QVariant nullId() { return QVariant(QMetaType::fromType<qint64>()); }
    void exec(const QString &sql, std::initializer_list<QVariant> values)
    {
        SqlQuery q = m_db.query();
        q.prepare(sql).execWith(values);
    }
    const Database &m_db;
};

QStringList messages(const QList<VerifyIssue> &issues, VerifyIssue::Severity severity)
{
    QStringList out;
    for (const VerifyIssue &issue : issues) {
        if (issue.severity == severity)
            out << issue.message;
    }
    return out;
}

// Each expected fragment is found in its own issue, and there is no other issue.
void compareIssues(const QStringList &actual, const QStringList &expected)
{
    QStringList unmatched = actual;
    for (const QString &fragment : expected) {
        const auto it = std::find_if(unmatched.begin(), unmatched.end(),
                                     [&](const QString &m) { return m.contains(fragment); });
        QVERIFY2(it != unmatched.end(), qPrintable(u"no issue contains \""_s + fragment + u"\"; issues:\n"_s
                                                   + actual.join(u'\n')));
        unmatched.erase(it);
    }
    QVERIFY2(unmatched.isEmpty(), qPrintable(u"unexpected issues:\n"_s + unmatched.join(u'\n')));
}

} // namespace

class tst_Verify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanLedger_data();
    void cleanLedger();
    void corruption_data();
    void corruption();

private:
    TestDatabases m_dbs;
};

void tst_Verify::cleanLedger_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

void tst_Verify::cleanLedger()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    QVERIFY(Verifier(*db).run().isEmpty()); // an empty database is consistent too
    LedgerDesk desk(*db);
    const CleanLedger ledger = buildCleanLedger(desk);
    const QList<VerifyIssue> issues = Verifier(*db).run();
    QCOMPARE(messages(issues, VerifyIssue::Severity::Error), QStringList());
    QCOMPARE(messages(issues, VerifyIssue::Severity::Warning), QStringList());
    // Clean only counts if the balancer's rows are there to be checked.
    const auto scalar = [&](const QString &sql) { return desk.scalar(ledger.expand(sql)); };
    QCOMPARE(scalar(u"SELECT amount_cents FROM payments WHERE id = {t} AND method = 'transfer'"_s), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM allocations WHERE transfer_id = {t}"_s), 3);
    QCOMPARE(scalar(u"SELECT SUM(amount_cents) FROM claim_spreads WHERE id IN ({s1}, {s2})"_s), 6000);
}

void tst_Verify::corruption_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("corruption");
    QTest::addColumn<QStringList>("errors");   // fragments, {name} stands for an id
    QTest::addColumn<QStringList>("warnings");

    const auto rows = [](const char *name, const QStringList &errors, const QStringList &warnings = {}) {
        for (const QString &backend : TestDatabases::backends())
            QTest::newRow(qPrintable(QString::fromUtf8(name) + u'/' + backend))
                << backend << QString::fromUtf8(name) << errors << warnings;
    };
    rows("allocation over its payment", {u"Payment #{p1} of 100.00 has 110.00 allocated"_s});
    rows("allocation to another family's charge",
         {u"Allocation #900 of payment #{p1} (family {F}) pays charge #{o1} of family {O}"_s,
          u"Family {F} does not add up"_s, u"Family {O} does not add up"_s});
    rows("wrong provider copy",
         {u"Allocation #900 names provider #901 and clinic #{MAIN}, but charge #{c1} has provider #{DRA}"_s});
    rows("imported split with its own provider", {},
         {u"Allocation #900 names provider #901 and clinic #{MAIN}, but charge #{c1} has provider #{DRA}"_s});
    rows("wrong patient copy", {u"Allocation #900 names patient #{M}, but charge #{c1} is patient #{G}'s"_s});
    rows("unearned row for another family's patient",
         {u"Unearned allocation #900 of payment #{p1} (family {F}) names patient #{OP} of family {O}"_s});
    rows("allocation to an attached adjustment",
         {u"Allocation #900 pays adjustment #{d3}, which is attached to charge #{c3}"_s, u"Family {F} does not add up"_s});
    rows("second guarantor", {u"Family {F} has 2 guarantors (patients #{G}, #900)"_s});
    rows("family without a guarantor", {u"Family 900 has no guarantor"_s});
    rows("void of the wrong amount", {u"Void #900 of -90.00 does not cancel payment #{p1} of 100.00"_s,
                                      u"Payment #{p1} is voided, yet 60.00 of it stays allocated"_s});
    rows("second void", {u"Payment #{p4} is voided 2 times, by #{v4}, #900"_s});
    rows("void of a refund", {u"Void #900 voids #{f5}, which is a refund, not a payment"_s});
    rows("reversal that does not mirror",
         {u"Allocation #900 (-50.00 to charge #{c1}) does not mirror allocation #{a1} (60.00 to charge #{c1})"_s});
    rows("reversal on another payment",
         {u"Allocation #900 on payment #{p2} reverses allocation #{a1} of payment #{p1}"_s,
          u"Payment #{p2} of 50.00 has -10.00 allocated"_s});
    rows("row reversed twice", {u"Allocation #{a2} is reversed 2 times, by #{r2}, #900"_s});
    rows("refund beyond the credit", {u"Payment #{p1} of 100.00 has 50.00 refunded and 60.00 allocated"_s});
    rows("refund of a voided payment", {u"Payment #{p4} was voided and also refunded 5.00"_s});
    rows("amount out of range", {u"Charge #900 has an amount of 100000000000000 cents"_s});
    rows("overpaid charge from an import", {}, {u"Charge #{c1} has a negative balance of -110.00"_s});
    // The Family Balancer's and insurance's rows, all in family I.
    rows("income transfer that moves money", {u"Income transfer #{t} is 25.00"_s});
    rows("unearned income taken below zero", {u"Payment #{p6} of 70.00 holds -10.00 of unearned income"_s});
    rows("claim payment spread beyond its amount",
         {u"Claim payment #{y1} of 60.00 has 80.00 spread onto procedures"_s});
    rows("claim payment spread taken back below zero",
         {u"Claim payment #{y1} of 60.00 has -10.00 spread onto procedures"_s});
    rows("claim spread onto another claim's procedure",
         {u"Claim spread #{s2} puts claim #{k1}'s money on charge #{i4}, which is not a procedure of that claim"_s});
    // Insurance that crosses families also unbalances both families' totals.
    rows("claim procedure on another family's charge",
         {u"Claim #{k1} names charge #{o1} of another family"_s, u"Family {I} does not add up"_s,
          u"Family {O} does not add up"_s});
    rows("claim spread onto another family's charge",
         {u"Claim spread #{s2} puts claim #{k1}'s money on charge #{o1}, which is not a procedure of that claim"_s,
          u"Family {I} does not add up"_s, u"Family {O} does not add up"_s});
    // Voids of charges and adjustments, all but the first in family V.
    rows("void that does not cancel its adjustment",
         {u"Void adjustment #900 of -15.00 does not cancel adjustment #{j1} of 20.00"_s});
    rows("adjustment voided twice", {u"Adjustment #{vd} is voided 2 times, by adjustments #{dv}, #900"_s});
    rows("charge voided twice", {u"Charge #{v1} is voided 2 times, by adjustments #{cv}, #900"_s});
    rows("charge void that does not cancel it",
         {u"Charge #{v1} is voided by adjustment #{cv}, yet its amount and adjustments come to 10.00, not 0.00."_s});
    rows("void on another provider",
         {u"Void adjustment #{dv} is not on the charge, patient, provider and clinic of adjustment #{vd}"_s});
    rows("void of another type", {u"Adjustment #{dv} is of kind void and type discount"_s});
    rows("void that is no void", {u"Adjustment #{dv} is of kind adjustment and type void"_s});
    rows("allocation to a voided charge",
         {u"Charge #{v1} is voided by adjustment #{cv}, yet 10.00 stays allocated to it"_s},
         {u"Charge #{v1} has a negative balance of -10.00"_s});
    rows("allocation to a voided adjustment",
         {u"Adjustment #{vf} is voided by adjustment #{fv}, yet 5.00 stays allocated to it"_s});
    rows("allocation to a void", {u"Void adjustment #{fv} has 5.00 allocated to it: a void owes nothing."_s},
         {u"Adjustment #{fv} of -20.00 has 5.00 allocated: more than it asks."_s});
    rows("claim on a voided charge", {u"Charge #{v1} is voided, yet claim #900 names it."_s});
    // Collections: a status changed without its history row, and two active plans at once.
    rows("collection status without its history",
         {u"Family {F} is in collection status IC since 2026-01-05, but its collection history says none since"_s});
    rows("collection status unlike its history",
         {u"Family {F} is in collection status AG since 2026-01-05, but its collection history says IC since "
          "2026-01-05."_s});
    rows("collection plan beside an enabled payment plan",
         {u"Family {F} has an active collection payment plan and an enabled payment plan; one at most is allowed."_s});
}

void tst_Verify::corruption()
{
    QFETCH(QString, backend);
    QFETCH(QString, corruption);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, warnings);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto db = m_dbs.fresh(backend);
    LedgerDesk desk(*db);
    const CleanLedger ledger = buildCleanLedger(desk);
    QVERIFY(Verifier(*db).run().isEmpty());
    const auto id = [&](const char *name) { return ledger.ids.value(QString::fromLatin1(name)); };

    // Raw rows, as a faulty import or a hand edit would leave them.
    RawRows raw(*db);
    const auto sql = [&](const QString &statement) { db->execute(ledger.expand(statement)); };
    const qint64 g = id("G"), dra = id("DRA"), main = id("MAIN");
    if (corruption == u"allocation over its payment") {
        raw.allocation(900, id("p1"), u"charge"_s, id("c1"), u"30.00"_s, g, dra, main);
        raw.allocation(901, id("p1"), u"charge"_s, id("c3"), u"20.00"_s, g, dra, main);
    } else if (corruption == u"allocation to another family's charge") {
        raw.allocation(900, id("p1"), u"charge"_s, id("o1"), u"10.00"_s, id("OP"), dra, main);
    } else if (corruption == u"wrong provider copy" || corruption == u"imported split with its own provider") {
        raw.provider(901, u"DRB"_s);
        raw.allocation(900, id("p1"), u"charge"_s, id("c1"), u"10.00"_s, g, 901, main,
                       corruption.startsWith(u"imported") ? u"import"_s : u"manual"_s);
    } else if (corruption == u"wrong patient copy") {
        raw.allocation(900, id("p1"), u"charge"_s, id("c1"), u"10.00"_s, id("M"), dra, main);
    } else if (corruption == u"unearned row for another family's patient") {
        raw.allocation(900, id("p1"), u"unearned"_s, 0, u"10.00"_s, id("OP"), 0, 0);
    } else if (corruption == u"allocation to an attached adjustment") {
        raw.allocation(900, id("p1"), u"adjustment"_s, id("d3"), u"5.00"_s, g, dra, main);
    } else if (corruption == u"second guarantor") {
        raw.patient(900, id("F"), true);
    } else if (corruption == u"family without a guarantor") {
        raw.family(900);
        raw.patient(900, 900, false);
    } else if (corruption == u"void of the wrong amount") {
        raw.payment(900, g, u"-90.00"_s, u"void"_s, id("p1"));
    } else if (corruption == u"second void") {
        raw.payment(900, g, u"-40.00"_s, u"void"_s, id("p4"));
    } else if (corruption == u"void of a refund") {
        raw.payment(900, g, u"5.00"_s, u"void"_s, id("f5"));
    } else if (corruption == u"reversal that does not mirror") {
        raw.allocation(900, id("p1"), u"charge"_s, id("c1"), u"-50.00"_s, g, dra, main, u"unallocate"_s, id("a1"));
    } else if (corruption == u"reversal on another payment") {
        raw.allocation(900, id("p2"), u"charge"_s, id("c1"), u"-60.00"_s, g, dra, main, u"unallocate"_s, id("a1"));
    } else if (corruption == u"row reversed twice") {
        raw.allocation(900, id("p1"), u"charge"_s, id("c2"), u"-20.00"_s, id("M"), dra, main, u"unallocate"_s, id("a2"));
    } else if (corruption == u"refund beyond the credit") {
        raw.payment(900, g, u"-50.00"_s, u"refund"_s, id("p1"));
    } else if (corruption == u"refund of a voided payment") {
        raw.payment(900, g, u"-5.00"_s, u"refund"_s, id("p4"));
    } else if (corruption == u"amount out of range") {
        raw.charge(900, g, dra, main, Money::maxCents + 1);
    } else if (corruption == u"overpaid charge from an import") {
        raw.payment(900, g, u"150.00"_s);
        raw.allocation(901, 900, u"charge"_s, id("c1"), u"150.00"_s, g, dra, main, u"import"_s);
    } else if (corruption == u"income transfer that moves money") {
        sql(u"UPDATE payments SET amount_cents = 2500 WHERE id = {t}"_s);
    } else if (corruption == u"unearned income taken below zero") {
        // A transfer row taking 10.00 more from p6's unearned income, which the run emptied.
        raw.allocation(900, id("p6"), u"unearned"_s, 0, u"-10.00"_s, id("IG"), 0, 0, u"transfer"_s);
    } else if (corruption == u"claim payment spread beyond its amount") {
        raw.claimSpread(900, id("y1"), id("i3"), u"20.00"_s);
    } else if (corruption == u"claim payment spread taken back below zero") {
        raw.claimSpread(900, id("y1"), id("i1"), u"-70.00"_s);
    } else if (corruption == u"claim spread onto another claim's procedure") {
        sql(u"UPDATE claim_spreads SET charge_id = {i4} WHERE id = {s2}"_s);
    } else if (corruption == u"claim procedure on another family's charge") {
        raw.claimProcedure(900, id("k1"), id("o1"), u"10.00"_s);
    } else if (corruption == u"claim spread onto another family's charge") {
        sql(u"UPDATE claim_spreads SET charge_id = {o1} WHERE id = {s2}"_s);
    } else if (corruption == u"void that does not cancel its adjustment") {
        raw.voidAdjustment(900, id("M"), dra, main, u"-15.00"_s, 0, id("j1"));
    } else if (corruption == u"adjustment voided twice") {
        raw.voidAdjustment(900, id("VG"), dra, main, u"10.00"_s, id("v2"), id("vd"));
    } else if (corruption == u"charge voided twice") {
        raw.voidAdjustment(900, id("VG"), dra, main, u"0.00"_s, id("v1"), 0);
    } else if (corruption == u"charge void that does not cancel it") {
        sql(u"UPDATE adjustments SET amount_cents = -9000 WHERE id = {cv}"_s);
    } else if (corruption == u"void on another provider") {
        raw.provider(901, u"DRB"_s);
        sql(u"UPDATE adjustments SET provider_id = 901 WHERE id = {dv}"_s);
    } else if (corruption == u"void of another type") {
        sql(u"UPDATE adjustments SET type = 'discount' WHERE id = {dv}"_s);
    } else if (corruption == u"void that is no void") {
        sql(u"UPDATE adjustments SET kind = 'adjustment' WHERE id = {dv}"_s);
    } else if (corruption == u"allocation to a voided charge") {
        raw.allocation(900, id("pv"), u"charge"_s, id("v1"), u"10.00"_s, id("VG"), dra, main);
    } else if (corruption == u"allocation to a voided adjustment") {
        raw.allocation(900, id("pv"), u"adjustment"_s, id("vf"), u"5.00"_s, id("VG"), dra, main);
    } else if (corruption == u"allocation to a void") {
        raw.allocation(900, id("pv"), u"adjustment"_s, id("fv"), u"5.00"_s, id("VG"), dra, main);
    } else if (corruption == u"claim on a voided charge") {
        raw.claim(900, id("VG"), dra, main);
        raw.claimProcedure(901, 900, id("v1"), u"0.00"_s);
    } else if (corruption.startsWith(u"collection status")) {
        sql(u"INSERT INTO collection_codes (code, description, days_to_remain) VALUES ('IC', 'Initial', 0),"
            " ('AG', 'Agency', 0)"_s);
        if (corruption.endsWith(u"unlike its history"))
            sql(u"INSERT INTO collection_history (id, family_id, code, from_date, changed_by, note, created_at)"
                " VALUES (900, {F}, 'IC', '2026-01-05', 'daily-run', '', '2026-01-05T00:00:00Z')"_s);
        sql(u"INSERT INTO collection_accounts (family_id, code, since, stays) VALUES ({F}, '%1', '2026-01-05', 0)"_s.arg(
                corruption.endsWith(u"unlike its history") ? u"AG"_s : u"IC"_s));
    } else if (corruption == u"collection plan beside an enabled payment plan") {
        sql(u"INSERT INTO collection_codes (code, description, days_to_remain) VALUES ('ND', 'Plan', 0)"_s);
        sql(u"INSERT INTO payment_plans (id, family_id, status, amount_cents, start_date, end_reason, created_by,"
            " created_at) VALUES (900, {F}, 'Enabled', 1000, '2026-01-05', '', 'clerk', '2026-01-05T00:00:00Z')"_s);
        sql(u"INSERT INTO collection_plans (id, family_id, kind, status, start_date, amount_cents, payment_days,"
            " next_payment_date, paid_after, default_status, webpay, holder, zip, end_note, created_by, created_at)"
            " VALUES (900, {F}, 'non-delinquent', 'Active', '2026-01-05', 1000, 30, '2026-02-04', '2026-01-04', 'ND',"
            " 0, '', '', '', 'clerk', '2026-01-05T00:00:00Z')"_s);
    } else {
        QFAIL(qPrintable(u"unknown corruption "_s + corruption));
    }

    const QList<VerifyIssue> issues = Verifier(*db).run();
    QStringList expectedErrors, expectedWarnings;
    for (const QString &e : std::as_const(errors))
        expectedErrors << ledger.expand(e);
    for (const QString &w : std::as_const(warnings))
        expectedWarnings << ledger.expand(w);
    compareIssues(messages(issues, VerifyIssue::Severity::Error), expectedErrors);
    compareIssues(messages(issues, VerifyIssue::Severity::Warning), expectedWarnings);
    // Errors come first: they decide verify's exit status.
    for (qsizetype i = 1; i < issues.size(); ++i)
        QVERIFY(issues[i - 1].severity == VerifyIssue::Severity::Error || issues[i].severity == VerifyIssue::Severity::Warning);
}

QTEST_GUILESS_MAIN(tst_Verify)
#include "tst_verify.moc"
