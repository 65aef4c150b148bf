// The Family Balancer on real databases: the worked examples of the issue and of Open
// Dental's help page, each checked against the invariants (no family balance or payment
// changes, no source gives more than it has, no charge overpaid by patient money, a second
// run writes nothing, verify stays clean), on SQLite and PostgreSQL.
#include "MoneyTestFormat.h"
#include "TestDatabases.h"

#include "balancer/BalancerRunLog.h"
#include "balancer/FamilyBalancer.h"
#include "import/Importer.h"
#include "ledger/AccountReader.h"
#include "ledger/Allocator.h"
#include "ledger/ChargeEntry.h"
#include "ledger/ItemVoider.h"
#include "ledger/PaymentPoster.h"
#include "ledger/PracticeSnapshot.h"
#include "util/Errors.h"
#include "verify/Verifier.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace paydesk::core;
using namespace Qt::StringLiterals;

namespace {

Money money(const QString &text)
{
    return Money::parse(text).value();
}

// A converted practice written as the import's CSV files. Each table is given as rows of
// comma-separated values, separated by ";", in the file's column order:
//   patients:    patient_id, family_id, last_name, first_name, birth_date, guarantor
//   charges:     charge_id, patient_id, date, amount, provider, clinic
//   adjustments: adjustment_id, patient_id, date, amount (stand-alone, provider DR1, clinic MAIN)
//   payments:    payment_id, patient_id, date, amount
//   splits:      payment_id, charge_id (empty: unallocated), amount[, provider, clinic]
//   claims:         claim_id, patient_id, date, payer, status, provider, clinic (may be empty)
//   claim_procs:    claim_id, charge_id, ins_paid, writeoff
//   claim_payments: claim_id, date, amount
struct Conversion
{
    QString patients, charges, adjustments, payments, splits;
    QString claims, claimProcedures, claimPayments;
};

void writeTable(const QString &path, const QString &header, const QString &rows,
                const std::function<QString(const QStringList &)> &line)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QString text = header + u"\n"_s;
    for (const QString &row : rows.split(u';', Qt::SkipEmptyParts))
        text += line(row.trimmed().split(u',')) + u"\n"_s;
    file.write(text.toUtf8());
}

void import(const Database &db, const Conversion &c)
{
    QTemporaryDir dir;
    writeTable(dir.filePath(u"patients.csv"_s), u"patient_id,family_id,last_name,first_name,birth_date,guarantor"_s,
               c.patients, [](const QStringList &f) { return f.join(u','); });
    writeTable(dir.filePath(u"charges.csv"_s), u"charge_id,patient_id,date,code,description,provider,clinic,amount"_s,
               c.charges, [](const QStringList &f) {
                   return QStringList{f[0], f[1], f[2], u"D1110"_s, u"Prophylaxis"_s, f[4], f[5], f[3]}.join(u',');
               });
    writeTable(dir.filePath(u"adjustments.csv"_s),
               u"adjustment_id,patient_id,date,type,provider,clinic,amount,charge_id"_s, c.adjustments,
               [](const QStringList &f) {
                   return QStringList{f[0], f[1], f[2], u"discount"_s, u"DR1"_s, u"MAIN"_s, f[3], QString()}.join(u',');
               });
    writeTable(dir.filePath(u"payments.csv"_s), u"payment_id,patient_id,date,amount,method,reference"_s, c.payments,
               [](const QStringList &f) { return QStringList{f[0], f[1], f[2], f[3], u"check"_s, QString()}.join(u','); });
    writeTable(dir.filePath(u"splits.csv"_s), u"payment_id,charge_id,amount,provider,clinic"_s, c.splits,
               [](QStringList f) {
                   while (f.size() < 5)
                       f.append(QString());
                   return f.join(u',');
               });
    const auto asGiven = [](QStringList f) {
        while (f.size() < 7)
            f.append(QString());
        return f.join(u',');
    };
    writeTable(dir.filePath(u"claims.csv"_s), u"claim_id,patient_id,date,payer,status,provider,clinic"_s, c.claims, asGiven);
    writeTable(dir.filePath(u"claim_procs.csv"_s), u"claim_id,charge_id,ins_paid,writeoff"_s, c.claimProcedures,
               [](const QStringList &f) { return f.join(u','); });
    writeTable(dir.filePath(u"claim_payments.csv"_s), u"claim_id,date,amount"_s, c.claimPayments,
               [](const QStringList &f) { return f.join(u','); });
    Importer(db, u"conversion"_s).importFolder(dir.path());
}

// "10=0.00 11=50.00": the expected balance of each charge.
QMap<qint64, Money> balances(const QString &spec)
{
    QMap<qint64, Money> map;
    for (const QString &pair : spec.split(u' ', Qt::SkipEmptyParts))
        map.insert(pair.section(u'=', 0, 0).toLongLong(), money(pair.section(u'=', 1)));
    return map;
}

QMap<qint64, Money> balances(const FamilyAccount &account)
{
    QMap<qint64, Money> map;
    for (const ChargeLine &line : account.charges)
        map.insert(line.charge.id, line.balance());
    return map;
}

QMap<qint64, std::pair<QDate, Money>> payments(const FamilyAccount &account)
{
    QMap<qint64, std::pair<QDate, Money>> map;
    for (const PaymentLine &line : account.payments) {
        if (line.payment.method != PaymentMethod::Transfer)
            map.insert(line.payment.id, {line.payment.date, line.payment.amount});
    }
    return map;
}

QStringList errors(const Database &db)
{
    QStringList messages;
    for (const VerifyIssue &issue : Verifier(db).run()) {
        if (issue.severity == VerifyIssue::Severity::Error)
            messages << issue.message;
    }
    return messages;
}

// Practice-wide invariants that hold after every run.
void checkInvariants(const Database &db, const FamilyAccount &before, const FamilyAccount &after)
{
    QCOMPARE(after.balance(), before.balance());
    QCOMPARE(payments(after), payments(before));
    for (const ChargeLine &line : after.charges)
        QCOMPARE(line.patientOverpaid(), Money());
    for (const PaymentLine &line : after.payments) {
        if (line.payment.amount.isPositive())
            QVERIFY2(!line.availableCredit().isNegative(), qPrintable(u"payment #%1"_s.arg(line.payment.id)));
    }
    QCOMPARE(errors(db), QStringList());
}

// Every amount, date, party and link of an account, one line per row, texts left out: what
// a PracticeSnapshot must give exactly as AccountReader does.
QStringList describe(const FamilyAccount &a)
{
    QStringList out{u"family %1 balance %2 unallocated %3 unearned %4"_s.arg(a.familyId).arg(
        a.balance().toString(), a.unallocated().toString(), a.unearned().toString())};
    for (const Patient &p : a.members)
        out << u"member %1 of %2 guarantor %3"_s.arg(p.id).arg(p.familyId).arg(p.isGuarantor);
    for (const ChargeLine &l : a.charges) {
        const Charge &c = l.charge;
        out << u"charge %1 patient %2 provider %3 clinic %4 %5 %6 %7"_s.arg(c.id).arg(c.patientId).arg(c.providerId)
                   .arg(c.clinicId).arg(c.date.toString(Qt::ISODate), c.code, c.amount.toString())
            + u" adjusted %1 insurance %2 writeoff %3 allocated %4"_s.arg(
                l.adjusted.toString(), l.insurancePaid.toString(), l.writtenOff.toString(), l.allocated.toString());
    }
    for (const AdjustmentLine &l : a.adjustments) {
        const Adjustment &j = l.adjustment;
        out << u"adjustment %1 patient %2 provider %3 clinic %4 %5 %6 %7 charge %8 allocated %9"_s.arg(j.id)
                   .arg(j.patientId)
                   .arg(j.providerId)
                   .arg(j.clinicId)
                   .arg(j.date.toString(Qt::ISODate), j.type, j.amount.toString())
                   .arg(j.chargeId)
                   .arg(l.allocated.toString());
    }
    for (const PaymentLine &l : a.payments) {
        const Payment &y = l.payment;
        out << u"payment %1 patient %2 %3 %4 %5 provider %6 clinic %7 kind %8 related %9"_s.arg(y.id)
                   .arg(y.patientId)
                   .arg(y.date.toString(Qt::ISODate), y.amount.toString(), paymentMethodCode(y.method))
                   .arg(y.providerId)
                   .arg(y.clinicId)
                   .arg(int(y.kind))
                   .arg(y.relatedPaymentId)
            + u" allocated %1 voided by %2 refunded %3"_s.arg(l.allocated.toString()).arg(l.reversedById).arg(
                l.refunded.toString());
    }
    for (const Allocation &x : a.allocations) {
        out << u"allocation %1 payment %2 target %3:%4 %5 patient %6 provider %7 clinic %8 rule %9"_s.arg(x.id)
                   .arg(x.paymentId)
                   .arg(int(x.target.kind))
                   .arg(x.target.id)
                   .arg(x.amount.toString())
                   .arg(x.patientId)
                   .arg(x.providerId)
                   .arg(x.clinicId)
                   .arg(allocationRuleCode(x.rule))
            + u" reverses %1 transfer %2 run %3"_s.arg(x.reversesAllocationId).arg(x.transferId).arg(x.runId);
    }
    for (const Claim &c : a.claims) {
        out << u"claim %1 patient %2 %3 %4 %5 provider %6 clinic %7"_s.arg(c.id).arg(c.patientId).arg(
                   c.date.toString(Qt::ISODate), c.payer, c.status).arg(c.providerId).arg(c.clinicId);
    }
    for (const ClaimProcedure &r : a.claimProcedures) {
        out << u"procedure %1 claim %2 charge %3 %4 %5"_s.arg(r.id).arg(r.claimId).arg(r.chargeId).arg(
                   r.insurancePaid.toString(), r.writeOff.toString());
    }
    for (const ClaimPaymentLine &l : a.claimPayments) {
        out << u"claim payment %1 claim %2 %3 %4 spread %5"_s.arg(l.payment.id).arg(l.payment.claimId).arg(
                   l.payment.date.toString(Qt::ISODate), l.payment.amount.toString(), l.spread.toString());
    }
    for (const ClaimSpread &x : a.claimSpreads) {
        out << u"spread %1 payment %2 charge %3 %4 run %5 reverses %6"_s.arg(x.id).arg(x.claimPaymentId).arg(
                   x.chargeId).arg(x.amount.toString()).arg(x.runId).arg(x.reversesSpreadId);
    }
    out << u"providers %1 clinics %2"_s.arg(a.providerCodes.size()).arg(a.clinicCodes.size());
    return out;
}

Conversion familyOfThreeConversion()
{
    Conversion c;
    c.patients = u"1,1,Rivera,Gloria,1980-01-01,1; 2,1,Rivera,Ana,2010-01-01,0; 3,1,Rivera,Luis,2012-01-01,0"_s;
    return c;
}
const Conversion familyOfThree = familyOfThreeConversion();

// Three families of one patient, each with a charge ($40, $30, $20), paid as `payments` says.
Conversion threeFamilies(const QString &payments)
{
    Conversion c;
    c.patients = u"1,1,Rivera,Gloria,1980-01-01,1; 2,2,Okafor,Olga,1975-01-01,1; 3,3,Lund,Per,1970-01-01,1"_s;
    c.charges = u"10,1,2024-01-05,40.00,DR1,MAIN; 20,2,2024-01-05,30.00,DR1,MAIN; 30,3,2024-01-05,20.00,DR1,MAIN"_s;
    c.payments = payments;
    return c;
}

// Three families with every row kind, then a void and a refund. Ids are out of date order,
// so that the reader's order (date, then id) is what is compared, and the families' rows
// interleave in each table, so that a read of some families must pick theirs out.
void importMixedPractice(const Database &db)
{
    Conversion conversion;
    conversion.patients = u"1,1,Rivera,Gloria,1980-01-01,1; 2,1,Rivera,Ana,2010-01-01,0; 3,1,Rivera,Luis,2012-01-01,0;"
                          " 4,2,Okafor,Olga,1975-01-01,1; 5,3,Lund,Per,1970-01-01,1; 6,2,Okafor,Ike,2001-01-01,0"_s;
    conversion.charges = u"12,1,2024-01-05,200.00,DR1,MAIN; 11,2,2024-01-10,100.00,DR2,MAIN;"
                         " 10,3,2024-01-12,50.00,DR1,MAIN; 20,4,2024-03-01,80.00,DR2,MAIN; 21,6,2024-02-01,60.00,DR1,MAIN"_s;
    conversion.adjustments = u"30,1,2024-01-06,-10.00; 31,4,2024-03-02,5.00"_s;
    conversion.payments = u"101,1,2024-02-01,200.00; 100,2,2024-02-01,30.00; 200,4,2024-03-05,110.00"_s;
    conversion.splits = u"101,12,150.00; 101,,25.00; 200,20,80.00; 200,21,20.00"_s;
    conversion.claims = u"500,1,2024-01-20,Delta,received; 501,2,2024-01-20,Delta,received;"
                        " 502,2,2024-01-25,Aetna,received,DR2,MAIN"_s;
    conversion.claimProcedures = u"500,12,20.00,5.00; 501,11,0.00,0.00"_s;
    conversion.claimPayments = u"501,2024-03-01,70.00; 502,2024-03-02,40.00"_s;
    import(db, conversion);
    PaymentPoster poster(db, u"clerk"_s);
    poster.voidPayment(100, u"bounced"_s);
    poster.refund(200, money(u"5.00"_s), PaymentMethod::Check, u"overpaid"_s);
}

// Rows of (backend, method) for every backend and each of `methods`.
void addMethodRows(std::initializer_list<QString> methods)
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("method");
    for (const QString &backend : paydesk::test::TestDatabases::backends()) {
        for (const QString &method : methods)
            QTest::newRow(qPrintable(method + u'/' + backend)) << backend << method;
    }
}

} // namespace

class tst_Balancer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workedExamples_data();
    void workedExamples();
    void refusedFamilyIsLeftAlone_data();
    void refusedFamilyIsLeftAlone();
    void asOfLeavesLaterMoneyAlone_data();
    void asOfLeavesLaterMoneyAlone();
    void dryRunWritesNothing_data();
    void dryRunWritesNothing();
    void undoReversesTheWholeRun_data();
    void undoReversesTheWholeRun();
    void undoAfterAVoid_data();
    void undoAfterAVoid();
    void voidTransfersFirst_data();
    void voidTransfersFirst();
    void insuranceIsSpreadBeforeTransfers_data();
    void insuranceIsSpreadBeforeTransfers();
    void insuranceCountsAgainstManualSplits_data();
    void insuranceCountsAgainstManualSplits();
    void cancelKeepsWholeFamilies_data();
    void cancelKeepsWholeFamilies();
    void claimImportRefusals_data();
    void claimImportRefusals();
    void rigorousKeepsMoneyInItsBucket_data();
    void rigorousKeepsMoneyInItsBucket();
    void snapshotReadsWhatTheReaderReads_data();
    void snapshotReadsWhatTheReaderReads();
    void runSeesWritesMadeWhileItRuns_data();
    void runSeesWritesMadeWhileItRuns();
    void snapshotReadsAloneWhenItMust();
    void rangesDoWhatOneSnapshotDoes_data();
    void rangesDoWhatOneSnapshotDoes();
    void offsetsMoveNothing_data();
    void offsetsMoveNothing();

private:
    paydesk::test::TestDatabases m_dbs;
};

void tst_Balancer::workedExamples_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("charges");
    QTest::addColumn<QString>("payments");
    QTest::addColumn<QString>("splits");
    QTest::addColumn<bool>("prepaymentUnearned");
    QTest::addColumn<QString>("expectedBalances");
    QTest::addColumn<QString>("expectedUnearned");

    struct Example
    {
        const char *name;
        QString method, charges, payments, splits;
        bool unearned;
        QString balances, leftUnearned;
    };
    const QList<Example> examples = {
        // (a) A $150 unallocated payment on one child; the guarantor owes $100 (older) and a sibling $100.
        {"a-recreate", u"recreate"_s, u"10,1,2024-01-05,100.00,DR1,MAIN; 11,3,2024-01-10,100.00,DR1,MAIN"_s,
         u"100,2,2024-02-01,150.00"_s, u"100,,150.00"_s, false, u"10=0.00 11=50.00"_s, u"0.00"_s},
        {"a-transfer-fifo", u"transfer-fifo"_s, u"10,1,2024-01-05,100.00,DR1,MAIN; 11,3,2024-01-10,100.00,DR1,MAIN"_s,
         u"100,2,2024-02-01,150.00"_s, u"100,,150.00"_s, false, u"10=0.00 11=50.00"_s, u"0.00"_s},
        // (b) Payments of $100 and $150 over two $100 charges: $50 is left as unearned income.
        {"b-recreate", u"recreate"_s, u"10,1,2024-01-05,100.00,DR1,MAIN; 11,2,2024-01-10,100.00,DR1,MAIN"_s,
         u"100,1,2024-02-01,100.00; 101,2,2024-02-02,150.00"_s, {}, false, u"10=0.00 11=0.00"_s, u"50.00"_s},
        {"b-transfer-rigorous", u"transfer-rigorous"_s,
         u"10,1,2024-01-05,100.00,DR1,MAIN; 11,2,2024-01-10,100.00,DR1,MAIN"_s,
         u"100,1,2024-02-01,100.00; 101,2,2024-02-02,150.00"_s, {}, false, u"10=0.00 11=0.00"_s, u"50.00"_s},
        // (c) A $130 guarantor prepayment; $50 owed by the guarantor, $80 by a child with another provider.
        {"c-transfer-rigorous-unallocated", u"transfer-rigorous"_s,
         u"10,1,2024-01-05,50.00,DR1,MAIN; 11,2,2024-01-10,80.00,DR2,MAIN"_s, u"100,1,2023-12-01,130.00"_s, {}, false,
         u"10=0.00 11=0.00"_s, u"0.00"_s},
        {"c-transfer-rigorous-unearned", u"transfer-rigorous"_s,
         u"10,1,2024-01-05,50.00,DR1,MAIN; 11,2,2024-01-10,80.00,DR2,MAIN"_s, u"100,1,2023-12-01,130.00"_s, {}, true,
         u"10=0.00 11=0.00"_s, u"0.00"_s},
        {"c-transfer-fifo-unearned", u"transfer-fifo"_s, u"10,1,2024-01-05,50.00,DR1,MAIN; 11,2,2024-01-10,80.00,DR2,MAIN"_s,
         u"100,1,2023-12-01,130.00"_s, {}, true, u"10=0.00 11=0.00"_s, u"0.00"_s},
        // (d) A child's $100 charge paid $150, and a sibling who owes $50: the excess moves to the sibling.
        {"d-transfer-rigorous", u"transfer-rigorous"_s,
         u"10,2,2024-01-05,100.00,DR1,MAIN; 11,3,2024-01-10,50.00,DR1,MAIN"_s, u"100,2,2024-02-01,150.00"_s,
         u"100,10,150.00"_s, false, u"10=0.00 11=0.00"_s, u"0.00"_s},
        {"d-transfer-fifo", u"transfer-fifo"_s, u"10,2,2024-01-05,100.00,DR1,MAIN; 11,3,2024-01-10,50.00,DR1,MAIN"_s,
         u"100,2,2024-02-01,150.00"_s, u"100,10,150.00"_s, false, u"10=0.00 11=0.00"_s, u"0.00"_s},
        {"d-recreate", u"recreate"_s, u"10,2,2024-01-05,100.00,DR1,MAIN; 11,3,2024-01-10,50.00,DR1,MAIN"_s,
         u"100,2,2024-02-01,150.00"_s, u"100,10,150.00"_s, false, u"10=0.00 11=0.00"_s, u"0.00"_s},
        // More money than production: the rest stays with the family as unearned income.
        {"excess-transfer-rigorous", u"transfer-rigorous"_s, u"10,2,2024-01-05,40.00,DR1,MAIN"_s,
         u"100,2,2024-02-01,100.00"_s, u"100,10,100.00"_s, false, u"10=0.00"_s, u"60.00"_s},
        // A negative payment offset by an equal positive one: the pair nets to zero.
        {"offset-recreate", u"recreate"_s, u"10,1,2024-01-05,40.00,DR1,MAIN"_s,
         u"100,1,2024-01-01,25.00; 101,1,2024-01-02,-25.00; 102,1,2024-02-01,40.00"_s, {}, false, u"10=0.00"_s,
         u"0.00"_s},
        // Transfers pair it the same way before they move money, inside the transfer.
        {"offset-transfer-fifo", u"transfer-fifo"_s, u"10,1,2024-01-05,40.00,DR1,MAIN"_s,
         u"100,1,2024-01-01,25.00; 101,1,2024-01-02,-25.00; 102,1,2024-02-01,40.00"_s, {}, false, u"10=0.00"_s,
         u"0.00"_s},
        {"offset-transfer-rigorous", u"transfer-rigorous"_s, u"10,2,2024-01-05,40.00,DR1,MAIN"_s,
         u"100,1,2024-01-01,25.00; 101,3,2024-01-02,-25.00; 102,2,2024-02-01,40.00"_s, {}, false, u"10=0.00"_s,
         u"0.00"_s},
    };
    for (const QString &backend : paydesk::test::TestDatabases::backends()) {
        for (const Example &e : examples)
            QTest::newRow(qPrintable(u"%1/%2"_s.arg(QString::fromLatin1(e.name), backend)))
                << backend << e.method << e.charges << e.payments << e.splits << e.unearned << e.balances
                << e.leftUnearned;
    }
}

void tst_Balancer::workedExamples()
{
    QFETCH(QString, backend);
    QFETCH(QString, method);
    QFETCH(QString, charges);
    QFETCH(QString, payments);
    QFETCH(QString, splits);
    QFETCH(bool, prepaymentUnearned);
    QFETCH(QString, expectedBalances);
    QFETCH(QString, expectedUnearned);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    Conversion conversion = familyOfThree;
    conversion.charges = charges;
    conversion.payments = payments;
    conversion.splits = splits;
    import(*db, conversion);
    if (prepaymentUnearned)
        Allocator(*db, u"clerk"_s).toUnearned(100, money(u"130.00"_s));

    const FamilyAccount before = AccountReader(*db).load(1);
    BalancerOptions options;
    options.method = *parseBalancerMethod(method);
    const BalancerSummary summary = FamilyBalancer(*db, u"manager"_s).run(options);
    QCOMPARE(summary.refused.size(), 0);
    QCOMPARE(summary.changed.size(), 1);
    QVERIFY(summary.runId > 0);

    const FamilyAccount after = AccountReader(*db).load(1);
    QCOMPARE(balances(after), balances(expectedBalances));
    QCOMPARE(after.unearned(), money(expectedUnearned));
    QCOMPARE(after.unallocated(), Money());
    checkInvariants(*db, before, after);

    qint64 rows = 0;
    for (const Allocation &a : after.allocations)
        rows += a.runId == summary.runId ? 1 : 0;
    const bool transfer = options.method != BalancerMethod::Recreate;
    // Rows are the allocation rows listed and reversed one for one; the $0 transfer holds them.
    QCOMPARE(summary.rowsWritten, rows);
    QCOMPARE(std::count_if(after.payments.cbegin(), after.payments.cend(),
                           [](const PaymentLine &l) { return l.payment.method == PaymentMethod::Transfer; }),
             transfer ? 1 : 0);

    // The same method again writes nothing.
    const BalancerSummary again = FamilyBalancer(*db, u"manager"_s).run(options);
    QCOMPARE(again.changed.size(), 0);
    QCOMPARE(again.rowsWritten, 0);
    QCOMPARE(AccountReader(*db).load(1).allocations.size(), after.allocations.size());
}

void tst_Balancer::refusedFamilyIsLeftAlone_data()
{
    addMethodRows({u"transfer-rigorous"_s, u"transfer-fifo"_s, u"recreate"_s});
}

void tst_Balancer::refusedFamilyIsLeftAlone()
{
    QFETCH(QString, backend);
    QFETCH(QString, method);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    // Family 1 has a negative payment nothing can offset; family 2 can be balanced.
    Conversion conversion;
    conversion.patients = u"1,1,Rivera,Gloria,1980-01-01,1; 2,2,Okafor,Olga,1975-01-01,1"_s;
    conversion.charges = u"10,1,2024-01-05,40.00,DR1,MAIN; 20,2,2024-01-05,30.00,DR1,MAIN"_s;
    conversion.payments = u"100,1,2024-01-01,-25.00; 101,1,2024-02-01,70.00; 200,2,2024-02-01,30.00"_s;
    import(*db, conversion);
    const FamilyAccount before = AccountReader(*db).load(1);

    BalancerOptions options;
    options.method = *parseBalancerMethod(method);
    const BalancerSummary summary = FamilyBalancer(*db, u"manager"_s).run(options);
    QCOMPARE(summary.familiesSeen, 2);
    QCOMPARE(summary.changed.size(), 1);
    QCOMPARE(summary.changed.constFirst().familyId, 2);
    QCOMPARE(summary.refused.size(), 1);
    QCOMPARE(summary.refused.constFirst().familyId, 1);
    QVERIFY2(summary.refused.constFirst().refusal.contains(u"#100"_s), qPrintable(summary.refused.constFirst().refusal));
    QCOMPARE(AccountReader(*db).load(1).allocations.size(), before.allocations.size());
    QCOMPARE(AccountReader(*db).load(2).charges.constFirst().balance(), Money());
}

void tst_Balancer::asOfLeavesLaterMoneyAlone_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows();
}

void tst_Balancer::asOfLeavesLaterMoneyAlone()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    Conversion conversion = familyOfThree;
    conversion.charges = u"10,1,2024-01-05,50.00,DR1,MAIN; 11,2,2024-03-05,50.00,DR1,MAIN"_s;
    conversion.payments = u"100,1,2024-02-01,30.00; 101,1,2024-04-01,80.00"_s;
    import(*db, conversion);

    BalancerOptions options;
    options.method = BalancerMethod::TransferFifo;
    options.asOf = QDate(2024, 2, 28);
    FamilyBalancer(*db, u"manager"_s).run(options);
    const FamilyAccount after = AccountReader(*db).load(1);
    QCOMPARE(balances(after), balances(u"10=20.00 11=50.00"_s));
    QCOMPARE(after.payment(101)->unallocated(), money(u"80.00"_s));
    const auto transfer = std::find_if(after.payments.cbegin(), after.payments.cend(),
                                       [](const PaymentLine &l) { return l.payment.method == PaymentMethod::Transfer; });
    QVERIFY(transfer != after.payments.cend());
    QCOMPARE(transfer->payment.date, options.asOf);
    QCOMPARE(transfer->payment.amount, Money());
}

void tst_Balancer::dryRunWritesNothing_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows();
}

void tst_Balancer::dryRunWritesNothing()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    Conversion conversion = familyOfThree;
    conversion.charges = u"10,1,2024-01-05,100.00,DR1,MAIN; 11,3,2024-01-10,100.00,DR1,MAIN"_s;
    conversion.payments = u"100,2,2024-02-01,150.00"_s;
    import(*db, conversion);
    BalancerOptions options;
    options.method = BalancerMethod::Recreate;
    options.dryRun = true;
    const BalancerSummary preview = FamilyBalancer(*db, u"manager"_s).run(options);
    QCOMPARE(preview.runId, 0);
    QCOMPARE(preview.changed.size(), 1);
    QCOMPARE(preview.rowsWritten, 2);
    QCOMPARE(preview.amountMoved, money(u"150.00"_s));
    QVERIFY(AccountReader(*db).load(1).allocations.isEmpty());
    QVERIFY(BalancerRunLog(*db, u"manager"_s).all().isEmpty());

    options.dryRun = false;
    const BalancerSummary real = FamilyBalancer(*db, u"manager"_s).run(options);
    QCOMPARE(real.rowsWritten, preview.rowsWritten);
    QCOMPARE(real.amountMoved, preview.amountMoved);
}

void tst_Balancer::undoReversesTheWholeRun_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows();
}

void tst_Balancer::undoReversesTheWholeRun()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    Conversion conversion = familyOfThree;
    conversion.charges = u"10,2,2024-01-05,100.00,DR1,MAIN; 11,3,2024-01-10,50.00,DR1,MAIN"_s;
    // $50 overpaid on charge 10 moves as a pair; payment 101's $20, unallocated, is left as
    // unearned income in one row.
    conversion.payments = u"100,2,2024-02-01,150.00; 101,3,2024-02-01,20.00"_s;
    conversion.splits = u"100,10,150.00"_s;
    import(*db, conversion);
    const FamilyAccount before = AccountReader(*db).load(1);

    BalancerOptions options;
    options.method = BalancerMethod::TransferRigorous;
    const BalancerSummary run = FamilyBalancer(*db, u"manager"_s).run(options);
    QCOMPARE(balances(AccountReader(*db).load(1)), balances(u"10=0.00 11=0.00"_s));
    QCOMPARE(AccountReader(*db).load(1).unearned(), money(u"20.00"_s));
    QCOMPARE(run.amountMoved, money(u"70.00"_s));

    const BalancerSummary undo = FamilyBalancer(*db, u"manager"_s).undo(run.runId);
    QCOMPARE(undo.amountMoved, run.amountMoved);
    // The undo writes one reversing row for each row the run counted.
    QCOMPARE(undo.rowsWritten, run.rowsWritten);
    const FamilyAccount after = AccountReader(*db).load(1);
    QCOMPARE(balances(after), balances(before));
    QCOMPARE(after.balance(), before.balance());
    QCOMPARE(undo.changed.size(), 1);
    QCOMPARE(errors(*db), QStringList());

    const std::optional<BalancerRun> record = BalancerRunLog(*db, u"manager"_s).find(run.runId);
    QVERIFY(record);
    QCOMPARE(record->reversedByRunId, undo.runId);
    QCOMPARE(record->method, u"transfer-rigorous"_s);
    QCOMPARE(record->createdBy, u"manager"_s);
    QCOMPARE(record->status, BalancerRun::Status::Finished);
    QCOMPARE(record->rowsWritten, run.rowsWritten);

    // A run is reversed once, and an undo is not itself undone.
    for (qint64 id : {run.runId, undo.runId}) {
        bool refused = false;
        try {
            FamilyBalancer(*db, u"manager"_s).undo(id);
        } catch (const Refusal &) {
            refused = true;
        }
        QVERIFY(refused);
    }
}

// A void after the run takes back some of the run's rows with mirrors of its own; the undo
// reverses what is left of the run, never those mirrors.
void tst_Balancer::undoAfterAVoid_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("voided"); // "payment 100" or "charge 11"
    for (const QString &backend : paydesk::test::TestDatabases::backends()) {
        for (const char *voided : {"payment 100", "charge 11"})
            QTest::addRow("%s/%s", voided, qPrintable(backend)) << backend << QString::fromLatin1(voided);
    }
}

void tst_Balancer::undoAfterAVoid()
{
    QFETCH(QString, backend);
    QFETCH(QString, voided);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    Conversion conversion = familyOfThree;
    conversion.charges = u"10,2,2024-01-05,100.00,DR1,MAIN; 11,3,2024-01-10,50.00,DR1,MAIN"_s;
    conversion.payments = u"100,2,2024-02-01,150.00; 101,3,2024-02-01,20.00"_s;
    conversion.splits = u"100,10,150.00"_s;
    import(*db, conversion);
    BalancerOptions options;
    options.method = BalancerMethod::TransferRigorous;
    const BalancerSummary run = FamilyBalancer(*db, u"manager"_s).run(options);
    QVERIFY(run.rowsWritten > 0);
    if (voided == u"payment 100")
        PaymentPoster(*db, u"manager"_s).voidPayment(100, u"bounced"_s);
    else
        ItemVoider(*db, u"manager"_s).voidCharge(11, u"never done"_s);
    QCOMPARE(errors(*db), QStringList());

    FamilyBalancer(*db, u"manager"_s).undo(run.runId);
    QCOMPARE(errors(*db), QStringList());
}

void tst_Balancer::voidTransfersFirst_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows();
}

void tst_Balancer::voidTransfersFirst()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    Conversion conversion = familyOfThree;
    conversion.charges = u"10,1,2024-01-05,50.00,DR1,MAIN; 11,2,2024-01-10,80.00,DR2,MAIN"_s;
    conversion.payments = u"100,1,2023-12-01,130.00"_s;
    import(*db, conversion);
    BalancerOptions options;
    options.method = BalancerMethod::TransferFifo;
    FamilyBalancer(*db, u"manager"_s).run(options);
    const FamilyAccount first = AccountReader(*db).load(1);

    // Voiding the transfers and making the same ones again changes nothing, so writes nothing.
    options.voidTransfers = true;
    QCOMPARE(FamilyBalancer(*db, u"manager"_s).run(options).rowsWritten, 0);

    // Once a new charge appears, the earlier transfer is reversed row by row and redone.
    Charge exam;
    exam.patientId = 3;
    exam.date = QDate(2023, 11, 1);
    exam.code = u"D0120"_s;
    exam.description = u"Exam"_s;
    exam.amount = money(u"30.00"_s);
    ChargeEntry(*db, u"clerk"_s).addCharge(exam, u"DR1"_s, u"MAIN"_s);
    options.method = BalancerMethod::TransferFifo;
    const BalancerSummary redo = FamilyBalancer(*db, u"manager"_s).run(options);
    QCOMPARE(redo.changed.size(), 1);
    const FamilyAccount after = AccountReader(*db).load(1);
    qint64 reversals = 0;
    for (const Allocation &a : after.allocations)
        reversals += a.rule == AllocationRule::Reverse ? 1 : 0;
    QCOMPARE(reversals, first.allocations.size());
    // FIFO now pays the new, oldest charge first; the guarantor's $50 is paid; the child's
    // $80 gets the $50 left.
    QCOMPARE(after.charge(10)->balance(), Money());
    QCOMPARE(after.charge(11)->balance(), money(u"30.00"_s));
    QCOMPARE(errors(*db), QStringList());
}

void tst_Balancer::rigorousKeepsMoneyInItsBucket_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("method");
    QTest::addColumn<qint64>("payerOfCharge10");
    for (const QString &backend : paydesk::test::TestDatabases::backends()) {
        QTest::newRow(qPrintable(u"rigorous/"_s + backend)) << backend << u"transfer-rigorous"_s << qint64(101);
        QTest::newRow(qPrintable(u"fifo/"_s + backend)) << backend << u"transfer-fifo"_s << qint64(100);
    }
}

void tst_Balancer::rigorousKeepsMoneyInItsBucket()
{
    QFETCH(QString, backend);
    QFETCH(QString, method);
    QFETCH(qint64, payerOfCharge10);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    // Two charges of the child on one day, one per provider, and two unallocated payments
    // whose conversion split names the provider they were for, DR2's the older. FIFO gives
    // the first charge the oldest money; rigorous keeps each provider's money on that
    // provider's charge.
    Conversion conversion = familyOfThree;
    conversion.charges = u"10,2,2024-01-05,60.00,DR1,MAIN; 11,2,2024-01-05,60.00,DR2,MAIN"_s;
    conversion.payments = u"100,2,2024-02-01,60.00; 101,2,2024-02-02,60.00"_s;
    conversion.splits = u"100,,60.00,DR2,MAIN; 101,,60.00,DR1,MAIN"_s;
    import(*db, conversion);
    const FamilyAccount before = AccountReader(*db).load(1);
    BalancerOptions options;
    options.method = *parseBalancerMethod(method);
    FamilyBalancer(*db, u"manager"_s).run(options);
    const FamilyAccount after = AccountReader(*db).load(1);
    QCOMPARE(balances(after), balances(u"10=0.00 11=0.00"_s));
    checkInvariants(*db, before, after);
    for (const Allocation &a : after.allocations) {
        if (a.target == AllocationTarget::charge(10))
            QCOMPARE(a.paymentId, payerOfCharge10);
    }
}

void tst_Balancer::insuranceIsSpreadBeforeTransfers_data()
{
    addMethodRows({u"transfer-rigorous"_s, u"transfer-fifo"_s});
}

void tst_Balancer::insuranceIsSpreadBeforeTransfers()
{
    QFETCH(QString, backend);
    QFETCH(QString, method);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    Conversion conversion = familyOfThree;
    conversion.charges = u"10,1,2024-01-05,200.00,DR1,MAIN; 11,2,2024-01-10,100.00,DR2,MAIN; 12,3,2024-01-12,50.00,DR1,MAIN"_s;
    conversion.payments = u"100,1,2024-02-01,200.00"_s;
    // 500 paid the guarantor's procedure; 501's as-total payment is not tied to the child's
    // procedure yet; 502 has no procedures at all; 503 paid more than its procedure asks.
    conversion.claims = u"500,1,2024-01-20,Delta,received; 501,2,2024-01-20,Delta,received;"
                        " 502,2,2024-01-25,Aetna,received,DR2,MAIN; 503,3,2024-01-25,Aetna,received"_s;
    conversion.claimProcedures = u"500,10,120.00,30.00; 501,11,0.00,0.00; 503,12,80.00,0.00"_s;
    conversion.claimPayments = u"501,2024-03-01,70.00; 502,2024-03-02,40.00"_s;
    import(*db, conversion);
    const FamilyAccount before = AccountReader(*db).load(1);
    QCOMPARE(before.insuranceTotal(), money(u"340.00"_s));
    QCOMPARE(before.unspreadInsurance(), money(u"110.00"_s));
    QCOMPARE(before.balance(), money(u"-190.00"_s));
    QCOMPARE(before.charge(10)->balance(), money(u"50.00"_s));
    QCOMPARE(before.charge(12)->insuranceOverpaid(), money(u"30.00"_s));

    BalancerOptions options;
    options.method = *parseBalancerMethod(method);
    const BalancerSummary summary = FamilyBalancer(*db, u"manager"_s).run(options);
    QCOMPARE(summary.changed.size(), 1);
    const FamilyAccount after = AccountReader(*db).load(1);
    checkInvariants(*db, before, after);
    QCOMPARE(after.unspreadInsurance(), Money());
    QCOMPARE(after.insuranceTotal(), before.insuranceTotal());
    QCOMPARE(after.charge(10)->balance(), Money());
    QCOMPARE(after.charge(11)->insurancePaid, money(u"70.00"_s));
    QCOMPARE(after.charge(11)->balance(), Money());
    // Insurance beyond a procedure is reported, never moved.
    QCOMPARE(after.charge(12)->balance(), money(u"-30.00"_s));
    QCOMPARE(after.charge(12)->allocated, Money());
    // Claim 502's money sits on a $0 placeholder of its patient, provider and clinic.
    QCOMPARE(after.charges.size(), before.charges.size() + 1);
    const ChargeLine &placeholder = after.charges.constLast().charge.amount.isZero()
        ? after.charges.constLast()
        : *std::find_if(after.charges.cbegin(), after.charges.cend(), [](const ChargeLine &l) { return l.charge.amount.isZero(); });
    QCOMPARE(placeholder.charge.patientId, 2);
    QCOMPARE(placeholder.charge.code, u"INS-OVERPAY"_s);
    QCOMPARE(after.providerCodes.value(placeholder.charge.providerId), u"DR2"_s);
    QCOMPARE(placeholder.insuranceOverpaid(), money(u"40.00"_s));
    // What the $200 did not need stays the family's: 200 − 50 − 30.
    QCOMPARE(after.unearned(), money(u"120.00"_s));
    // Rows: the allocations and spreads the run wrote, not the placeholder or the transfer.
    const auto ofRun = [&](const auto &rows) {
        return std::count_if(rows.cbegin(), rows.cend(), [&](const auto &row) { return row.runId == summary.runId; });
    };
    QCOMPARE(summary.rowsWritten, qint64(ofRun(after.allocations) + ofRun(after.claimSpreads)));

    bool insuranceWarning = false;
    for (const VerifyIssue &issue : Verifier(*db).run())
        insuranceWarning = insuranceWarning || (issue.message.contains(u"#12"_s) && issue.message.contains(u"insurance overpayment"_s));
    QVERIFY(insuranceWarning);

    const BalancerSummary again = FamilyBalancer(*db, u"manager"_s).run(options);
    QCOMPARE(again.rowsWritten, 0);
}

void tst_Balancer::insuranceCountsAgainstManualSplits_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows();
}

void tst_Balancer::insuranceCountsAgainstManualSplits()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    Conversion conversion = familyOfThree;
    conversion.charges = u"10,1,2024-01-05,100.00,DR1,MAIN"_s;
    conversion.payments = u"100,1,2024-02-01,50.00"_s;
    conversion.claims = u"500,1,2024-01-20,Delta,received"_s;
    conversion.claimProcedures = u"500,10,60.00,15.00"_s;
    import(*db, conversion);
    // Insurance left 25.00 for the patient: 30.00 would overpay the procedure.
    QString message;
    try {
        Allocator(*db, u"clerk"_s).allocate(100, {{AllocationTarget::charge(10), money(u"30.00"_s)}});
    } catch (const Refusal &refusal) {
        message = refusal.message();
    }
    QVERIFY2(message.contains(u"charge #10"_s) && message.contains(u"25.00"_s), qPrintable(message));
    Allocator(*db, u"clerk"_s).allocate(100, {{AllocationTarget::charge(10), money(u"25.00"_s)}});
    QCOMPARE(AccountReader(*db).load(1).charge(10)->balance(), Money());
}

void tst_Balancer::cancelKeepsWholeFamilies_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows();
}

void tst_Balancer::cancelKeepsWholeFamilies()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    import(*db, threeFamilies(u"100,1,2024-02-01,40.00; 200,2,2024-02-01,30.00; 300,3,2024-02-01,20.00"_s));
    BalancerOptions options;
    options.method = BalancerMethod::TransferFifo;
    options.batchSize = 2;
    QList<std::pair<qint64, qint64>> progress;
    const BalancerSummary summary = FamilyBalancer(*db, u"manager"_s).run(options, [&](qint64 done, qint64 total) {
        progress.append({done, total});
        return done == 0; // cancel once the first batch is in
    });
    QVERIFY(summary.cancelled);
    QCOMPARE(progress, (QList<std::pair<qint64, qint64>>{{0, 3}, {2, 3}}));
    QCOMPARE(summary.changed.size(), 2);
    QCOMPARE(AccountReader(*db).load(1).charge(10)->balance(), Money());
    QCOMPARE(AccountReader(*db).load(2).charge(20)->balance(), Money());
    QCOMPARE(AccountReader(*db).load(3).charge(30)->balance(), money(u"20.00"_s));
    const std::optional<BalancerRun> run = BalancerRunLog(*db, u"manager"_s).find(summary.runId);
    QVERIFY(run);
    QCOMPARE(run->status, BalancerRun::Status::Cancelled);
    QCOMPARE(run->familiesChanged, 2);
    // The rest is balanced by running again.
    const BalancerSummary rest = FamilyBalancer(*db, u"manager"_s).run(options);
    QCOMPARE(rest.changed.size(), 1);

    // An undo cancelled half way can be finished by undoing again.
    const BalancerSummary partial = FamilyBalancer(*db, u"manager"_s).undo(
        summary.runId, [](qint64 done, qint64) { return done == 0; }, 1);
    QVERIFY(partial.cancelled);
    QCOMPARE(partial.changed.size(), 1);
    QCOMPARE(BalancerRunLog(*db, u"manager"_s).find(summary.runId)->reversedByRunId, 0);
    const BalancerSummary finished = FamilyBalancer(*db, u"manager"_s).undo(summary.runId);
    QCOMPARE(finished.changed.size(), 1);
    QCOMPARE(BalancerRunLog(*db, u"manager"_s).find(summary.runId)->reversedByRunId, finished.runId);
    QCOMPARE(AccountReader(*db).load(1).charge(10)->balance(), money(u"40.00"_s));
    QCOMPARE(AccountReader(*db).load(2).charge(20)->balance(), money(u"30.00"_s));
    QCOMPARE(AccountReader(*db).load(3).charge(30)->balance(), Money());
}

void tst_Balancer::claimImportRefusals_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("claims");
    QTest::addColumn<QString>("procedures");
    QTest::addColumn<QString>("payments");
    QTest::addColumn<QString>("expected");
    const struct
    {
        const char *tag;
        QString claims, procedures, payments, expected;
    } rows[] = {
        {"unknown claim", u"500,1,2024-01-20,Delta,sent"_s, u"500,10,10.00,0.00; 9,10,1.00,0.00"_s, {},
         u"claim_procs.csv line 3, column claim_id: value \"9\": there is no claim 9"_s},
        {"charge of another family", u"500,1,2024-01-20,Delta,sent"_s, u"500,20,10.00,0.00"_s, {},
         u"charge 20 belongs to family 2, claim 500 to family 1"_s},
        {"negative insurance", u"500,1,2024-01-20,Delta,sent"_s, u"500,10,-10.00,0.00"_s, {},
         u"column ins_paid: value \"-10.00\": insurance paid may not be negative"_s},
        {"claim without procedures or provider", u"500,1,2024-01-20,Delta,sent"_s, {}, u"500,2024-03-01,5.00"_s,
         u"claims.csv line 2, column provider"_s},
        {"zero as-total payment", u"500,1,2024-01-20,Delta,sent"_s, u"500,10,10.00,0.00"_s, u"500,2024-03-01,0.00"_s,
         u"an as-total claim payment must be more than 0.00"_s},
        {"claim twice", u"500,1,2024-01-20,Delta,sent; 500,1,2024-01-21,Delta,sent"_s, u"500,10,10.00,0.00"_s, {},
         u"claim 500 is already on line 2"_s},
        {"procedure twice", u"500,1,2024-01-20,Delta,sent"_s, u"500,10,10.00,0.00; 500,10,5.00,0.00"_s, {},
         u"charge 10 is already on claim 500 on line 2"_s},
        {"bad amount", u"500,1,2024-01-20,Delta,sent"_s, u"500,10,12.345,0.00"_s, {}, u"12.345"_s},
    };
    for (const QString &backend : paydesk::test::TestDatabases::backends()) {
        for (const auto &row : rows)
            QTest::addRow("%s/%s", row.tag, qPrintable(backend))
                << backend << row.claims << row.procedures << row.payments << row.expected;
    }
}

void tst_Balancer::claimImportRefusals()
{
    QFETCH(QString, backend);
    QFETCH(QString, claims);
    QFETCH(QString, procedures);
    QFETCH(QString, payments);
    QFETCH(QString, expected);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    Conversion conversion;
    conversion.patients = u"1,1,Rivera,Gloria,1980-01-01,1; 2,2,Okafor,Olga,1975-01-01,1"_s;
    conversion.charges = u"10,1,2024-01-05,40.00,DR1,MAIN; 20,2,2024-01-05,30.00,DR1,MAIN"_s;
    conversion.claims = claims;
    conversion.claimProcedures = procedures;
    conversion.claimPayments = payments;
    QString message;
    try {
        import(*db, conversion);
    } catch (const Refusal &refusal) {
        message = refusal.messages().join(u'\n');
    }
    QVERIFY2(message.contains(expected), qPrintable(message));
    // All or nothing: not even the charges of the folder were written.
    QCOMPARE(AccountReader(*db).familyExists(1), false);
}

void tst_Balancer::snapshotReadsWhatTheReaderReads_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows();
}

// A whole-practice run reads the practice by table scans; every rule sees the same accounts
// as through AccountReader's joins: every row kind, a balancer run's transfers, spreads and
// placeholder, a void, a refund, a family without rows, and batches that split the families.
void tst_Balancer::snapshotReadsWhatTheReaderReads()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    importMixedPractice(*db);
    BalancerOptions options;
    options.method = BalancerMethod::TransferFifo;
    QVERIFY(!FamilyBalancer(*db, u"manager"_s).run(options).changed.isEmpty());

    const PracticeSnapshot snapshot(*db);
    QCOMPARE(snapshot.families(), (std::vector<qint64>{1, 2, 3}));
    QList<FamilyAccount> accounts = snapshot.accounts(0, 1);
    accounts += snapshot.accounts(1, 5); // past the end: the rest
    QCOMPARE(accounts.size(), 3);
    const AccountReader reader(*db);
    for (const FamilyAccount &account : std::as_const(accounts))
        QCOMPARE(describe(account), describe(reader.load(account.familyId)));
    QVERIFY(snapshot.isCurrent(0));
}

void tst_Balancer::runSeesWritesMadeWhileItRuns_data()
{
    paydesk::test::TestDatabases::addBackendColumn();
    paydesk::test::TestDatabases::addBackendRows();
}

// A run over the whole practice works from what it read when it began; a charge entered
// at the desk while it runs must still be seen before the run moves that family's money.
void tst_Balancer::runSeesWritesMadeWhileItRuns()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    Conversion conversion = threeFamilies(u"100,1,2024-02-01,40.00; 200,2,2024-02-01,30.00; 300,3,2024-02-01,45.00"_s);
    conversion.splits = u"300,30,20.00"_s;
    import(*db, conversion);
    const Charge paid = AccountReader(*db).load(3).charge(30)->charge;
    BalancerOptions options;
    options.method = BalancerMethod::TransferFifo;
    options.batchSize = 1;
    qint64 entered = 0;
    const BalancerSummary summary = FamilyBalancer(*db, u"manager"_s).run(options, [&](qint64 done, qint64) {
        if (done == 1) {
            Charge visit = paid;
            visit.id = 0;
            visit.date = QDate(2024, 3, 1);
            visit.amount = money(u"25.00"_s);
            entered = ChargeEntry(*db, u"clerk"_s).addCharge(visit);
        }
        return true;
    });
    QVERIFY(entered != 0);
    QCOMPARE(summary.changed.size(), 3);
    const FamilyAccount family = AccountReader(*db).load(3);
    QCOMPARE(family.charge(entered)->balance(), Money());
    QCOMPARE(family.unallocated(), Money());
    QCOMPARE(errors(*db), QStringList());
}

// The snapshot reads allocations on a second connection only to save time: when that one
// cannot read (here the file it opens by name is no longer the practice's), it reads them on
// its own connection.
void tst_Balancer::snapshotReadsAloneWhenItMust()
{
    const ConnectionSpec spec = m_dbs.freshSpec(u"sqlite"_s);
    Database db(spec);
    import(db, threeFamilies(u"100,1,2024-02-01,40.00; 200,2,2024-02-01,30.00; 300,3,2024-02-01,45.00"_s));
    // The file and its WAL files, which this connection keeps using through its open handles.
    const QStringList files{spec.path(), spec.path() + u"-wal"_s, spec.path() + u"-shm"_s};
    for (const QString &file : files)
        QVERIFY(QFile::rename(file, file + u".moved"_s));
    const auto restore = qScopeGuard([&] {
        for (const QString &file : files) {
            QFile::remove(file);
            QFile::rename(file + u".moved"_s, file);
        }
    });

    const PracticeSnapshot snapshot(db);
    const QList<FamilyAccount> accounts = snapshot.accounts(0, 3);
    QCOMPARE(accounts.size(), 3);
    const AccountReader reader(db);
    for (const FamilyAccount &account : accounts) {
        QVERIFY(!account.payments.isEmpty());
        QCOMPARE(describe(account), describe(reader.load(account.familyId)));
    }
}

void tst_Balancer::rangesDoWhatOneSnapshotDoes_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("snapshotFamilies");
    QTest::addColumn<int>("batchSize");
    for (const QString &backend : paydesk::test::TestDatabases::backends()) {
        for (const QString &method : {u"transfer-rigorous"_s, u"transfer-fifo"_s, u"recreate"_s}) {
            const QString row = method + u'/' + backend;
            QTest::newRow(qPrintable(row + u"/a family a range"_s)) << backend << method << 1 << 1000;
            QTest::newRow(qPrintable(row + u"/ranges of 2, batches of 1"_s)) << backend << method << 2 << 1;
            QTest::newRow(qPrintable(row + u"/a batch across ranges"_s)) << backend << method << 2 << 3;
        }
    }
}

// A whole-practice run reads a range of families at a time to bound its memory: the
// families, the rows written and what each account holds after are those of a run that
// reads the whole practice at once.
void tst_Balancer::rangesDoWhatOneSnapshotDoes()
{
    QFETCH(QString, backend);
    QFETCH(QString, method);
    QFETCH(int, snapshotFamilies);
    QFETCH(int, batchSize);
    PAYDESK_REQUIRE_BACKEND(backend);
    const auto balance = [&](const Database &db, int rangeSize, int batch) {
        importMixedPractice(db);
        BalancerOptions options;
        options.method = *parseBalancerMethod(method);
        options.snapshotFamilies = rangeSize;
        options.batchSize = batch;
        QList<qint64> progress;
        const BalancerSummary summary = FamilyBalancer(db, u"manager"_s).run(options, [&](qint64 done, qint64 total) {
            progress.append(done * 10 + total); // in order and whole, never past the end
            return true;
        });
        QStringList out{u"seen %1 rows %2 moved %3"_s.arg(summary.familiesSeen)
                            .arg(summary.rowsWritten)
                            .arg(summary.amountMoved.toString())};
        for (const FamilyOutcome &o : summary.changed)
            out << u"changed %1 rows %2 moved %3"_s.arg(o.familyId).arg(o.rows).arg(o.moved.toString());
        for (const FamilyOutcome &o : summary.refused)
            out << u"refused %1: %2"_s.arg(o.familyId).arg(o.refusal);
        const AccountReader reader(db);
        for (qint64 family : {1, 2, 3})
            out += describe(reader.load(family));
        out << u"errors: %1"_s.arg(errors(db).join(u"; "_s));
        return std::make_pair(out, progress);
    };
    const auto whole = balance(*m_dbs.fresh(backend), 1000, 1000);
    const auto ranged = balance(*m_dbs.fresh(backend), snapshotFamilies, batchSize);
    QVERIFY(whole.first.size() > 4);
    QCOMPARE(ranged.first, whole.first);
    QCOMPARE(ranged.second.constLast(), 33); // done 3 of 3
    QVERIFY(std::is_sorted(ranged.second.cbegin(), ranged.second.cend()));
}

void tst_Balancer::offsetsMoveNothing_data()
{
    addMethodRows({u"transfer-fifo"_s, u"recreate"_s});
}

// A returned check of 100.00 netted against a 100.00 write-back adjustment moves no money;
// the 60.00 of unallocated credit that pays the charge is what the run moved, and what its
// undo moves back.
void tst_Balancer::offsetsMoveNothing()
{
    QFETCH(QString, backend);
    QFETCH(QString, method);
    PAYDESK_REQUIRE_BACKEND(backend);
    auto db = m_dbs.fresh(backend);
    Conversion conversion = familyOfThree;
    conversion.charges = u"10,1,2024-01-05,60.00,DR1,MAIN"_s;
    conversion.adjustments = u"30,1,2024-01-03,-100.00"_s;
    conversion.payments = u"100,1,2024-01-01,60.00; 101,1,2024-01-02,-100.00"_s;
    import(*db, conversion);
    const FamilyAccount before = AccountReader(*db).load(1);

    BalancerOptions options;
    options.method = *parseBalancerMethod(method);
    const BalancerSummary run = FamilyBalancer(*db, u"manager"_s).run(options);
    QCOMPARE(run.refused.size(), 0);
    const FamilyAccount after = AccountReader(*db).load(1);
    QCOMPARE(balances(after), balances(u"10=0.00"_s));
    checkInvariants(*db, before, after);
    QCOMPARE(run.amountMoved, money(u"60.00"_s));

    const BalancerSummary undo = FamilyBalancer(*db, u"manager"_s).undo(run.runId);
    QCOMPARE(undo.amountMoved, money(u"60.00"_s));
    QCOMPARE(balances(AccountReader(*db).load(1)), balances(before));
}

QTEST_GUILESS_MAIN(tst_Balancer)
#include "tst_balancer.moc"
