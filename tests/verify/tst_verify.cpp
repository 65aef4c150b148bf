#include "LedgerDesk.h"
#include "TestDatabases.h"

#include "ledger/Allocator.h"
#include "ledger/PaymentPoster.h"
#include "money/Money.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
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
// split, two families.
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
    buildCleanLedger(desk);
    const QList<VerifyIssue> issues = Verifier(*db).run();
    QCOMPARE(messages(issues, VerifyIssue::Severity::Error), QStringList());
    QCOMPARE(messages(issues, VerifyIssue::Severity::Warning), QStringList());
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
