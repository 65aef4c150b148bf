#include "BillingDesk.h"
#include "CliRun.h"
#include "PortalFiles.h"
#include "RefusalOf.h"
#include "TestDatabases.h"

#include "billing/DailyBillingRun.h"
#include "portal/PortalExceptionQueue.h"
#include "portal/PortalFetch.h"
#include "ledger/PaymentPoster.h"
#include "portal/PortalFileLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "users/UserDirectory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <barrier>
#include <functional>

using namespace Qt::StringLiterals;
using paydesk::core::Database;
using paydesk::core::FamilyAccount;
using paydesk::core::Payment;
using paydesk::core::PaymentLine;
using paydesk::core::paymentMethodCode;
using paydesk::core::portal::FetchSummary;
using paydesk::core::portal::PortalException;
using paydesk::core::portal::PortalExceptionQueue;
using paydesk::core::portal::PortalFetch;
using paydesk::core::portal::PortalFileLog;
using paydesk::test::BillingDesk;
using paydesk::test::CliRun;
using paydesk::test::eodFile;
using paydesk::test::eodRecord;
using paydesk::test::Fields;
using paydesk::test::refusalOf;
using paydesk::test::remittanceFile;
using paydesk::test::RemittanceSet;
using paydesk::test::runCli;
using paydesk::test::TestDatabases;

namespace {

QDate day(const char *text)
{
    return paydesk::test::date(text);
}

// The summary in one comparable line.
QString counts(const FetchSummary &s)
{
    return u"files %1 skipped %2 posted %3 (%4) refunds %5 duplicates %6 skipped %7 exceptions %8"_s.arg(s.files)
            .arg(s.filesSkipped)
            .arg(s.posted)
            .arg(s.postedTotal.toString())
            .arg(s.refunds)
            .arg(s.duplicates)
            .arg(s.skipped)
            .arg(s.exceptions);
}

// FetchSummary::line() as printed, whichever plural forms the English translation has yet
// ("1 payment", "0 payments" or "payment(s)").
QRegularExpression summaryLine(
        int posted, const QString &total, int exceptions, int files, int filesSkipped, const QString &prefix = {})
{
    const auto count = [](int n, const QString &noun) { return u"%1 %2(s|\\(s\\))?"_s.arg(n).arg(noun); };
    return QRegularExpression(u"^"_s + QRegularExpression::escape(prefix) + u"Posted "_s + count(posted, u"payment"_s)
                              + u" \\("_s + QRegularExpression::escape(total) + u"\\); "_s + count(0, u"refund"_s)
                              + u"; "_s + count(0, u"duplicate"_s) + u"; 0 skipped; "_s
                              + count(exceptions, u"exception"_s) + u" \\("_s + count(files, u"file"_s)
                              + u" read, %1 skipped\\)\\.\n$"_s.arg(filesSkipped));
}

// A practice on UTC whose report folder the test writes, with the Rivera family (guarantor
// Ana, member Luis) owing 40.00 from 2026-01-02 and 50.00 from 2026-01-03; today 2026-01-06.
class Fetching
{
public:
    explicit Fetching(const Database &db)
        : desk(db)
    {
        rivera = desk.family(&ana, u"Rivera"_s);
        luis = desk.ledger().addPatient(rivera, u"Luis"_s, u"Núñez"_s).patientId;
        desk.charge(ana, day("2026-01-02"), u"40.00"_s);
        desk.charge(luis, day("2026-01-03"), u"50.00"_s);
        desk.at(day("2026-01-06"));
    }

    const Database &db() const { return desk.db(); }
    QString account() const { return QString::number(rivera); }

    void write(const QString &name, const QByteArray &content) const
    {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    FetchSummary fetch(const QString &user = u"manager"_s) const { return PortalFetch(db(), user).run(folder.path()); }

    // "2026-01-05 60.00 portal TX1 payment allocated 60.00" for each payment of the family.
    QStringList payments(qint64 family = 0)
    {
        const FamilyAccount account = desk.ledger().account(family ? family : rivera);
        QStringList lines;
        for (const PaymentLine &line : account.payments) {
            const Payment &p = line.payment;
            lines << u"%1 %2 %3 %4 %5 allocated %6"_s.arg(p.date.toString(Qt::ISODate),
                                                          p.amount.toString(),
                                                          paymentMethodCode(p.method),
                                                          p.reference.isEmpty() ? p.note : p.reference,
                                                          paydesk::core::paymentKindCode(p.kind),
                                                          line.allocated.toString());
        }
        return lines;
    }
    QString balance() { return desk.ledger().account(rivera).balance().toString(); }
    qint64 scalar(const QString &sql) const { return desk.scalar(sql); }

    BillingDesk desk;
    QTemporaryDir folder;
    qint64 rivera = 0;
    qint64 ana = 0;
    qint64 luis = 0;
};

// Runs `one` and `two` at once, each on a thread and a connection of its own; what either
// threw, in its own words.
QStringList runTogether(const std::function<void()> &one, const std::function<void()> &two)
{
    QMutex mutex;
    QStringList failures;
    const auto guarded = [&](const std::function<void()> &work) {
        return [&, work] {
            try {
                work();
            } catch (const std::exception &e) {
                const QMutexLocker lock(&mutex);
                failures << QString::fromLocal8Bit(e.what());
            }
        };
    };
    std::unique_ptr<QThread> first(QThread::create(guarded(one)));
    std::unique_ptr<QThread> second(QThread::create(guarded(two)));
    first->start();
    second->start();
    first->wait();
    second->wait();
    return failures;
}

} // namespace

class tst_PortalFetch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postsAndAllocates_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void postsAndAllocates();
    void sameTransactionsPostOnce_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void sameTransactionsPostOnce();
    void statuses_data();
    void statuses();
    void refunds_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void refunds();
    void remittancePaymentAndRefund_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void remittancePaymentAndRefund();
    void exceptions_data();
    void exceptions();
    void matchAndDismiss_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void matchAndDismiss();
    void insurersRemittanceIsOneException_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void insurersRemittanceIsOneException();
    void badRecordStandsAlone_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void badRecordStandsAlone();
    void refusalAfterTheChecksIsAnException_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void refusalAfterTheChecksIsAnException();
    void interruptedFileIsReadAgain_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void interruptedFileIsReadAgain();
    void datedInPortalTimeZone_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void datedInPortalTimeZone();
    void runDailyFetchesFirst_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void runDailyFetchesFirst();
    void frontDeskIsRefused_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void frontDeskIsRefused();
    void twoFetchesAtOncePostOnce_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void twoFetchesAtOncePostOnce();
    void overlongFieldStandsAlone_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void overlongFieldStandsAlone();
    void unreadableFileIsAnException_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void unreadableFileIsAnException();
    void twoMatchesAtOncePostOnce_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void twoMatchesAtOncePostOnce();
    void fetchBesideDeskPostings_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void fetchBesideDeskPostings();
    void cli_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void cli();

private:
    TestDatabases m_dbs;
};

void tst_PortalFetch::postsAndAllocates()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    Fetching f(*db);
    f.write(u"eod_20260105.txt"_s, eodFile({eodRecord({{16, f.account()}})}));

    QCOMPARE(counts(f.fetch()), u"files 1 skipped 0 posted 1 (60.00) refunds 0 duplicates 0 skipped 0 exceptions 0"_s);
    // On the guarantor, oldest charge first: 40.00 to Ana's, 20.00 to Luis's.
    QCOMPARE(f.payments(), QStringList{u"2026-01-05 60.00 portal TX1 payment allocated 60.00"_s});
    QCOMPARE(f.scalar(u"SELECT patient_id FROM payments"_s), f.ana);
    QCOMPARE(f.scalar(u"SELECT a.amount_cents FROM allocations a JOIN charges c ON c.id = a.charge_id"
                      " WHERE c.patient_id = %1"_s.arg(f.luis)),
             2000);
    QCOMPARE(f.balance(), u"30.00"_s);
    // Audited as the user who fetched.
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM audit_log WHERE entity = 'payment' AND action = 'post'"
                      " AND user_name = 'manager'"_s),
             1);
    QCOMPARE(f.desk.ledger().verifyIssues(), QStringList());

    // A payment beyond the balance leaves the rest as unallocated credit.
    f.write(u"eod_20260106.txt"_s,
            eodFile({eodRecord({{7, u"100.00"_s}, {9, u"TX2"_s}, {10, u"AUTH2"_s}, {16, u"000"_s + f.account()}})}));
    QCOMPARE(counts(f.fetch()), u"files 1 skipped 1 posted 1 (100.00) refunds 0 duplicates 0 skipped 0 exceptions 0"_s);
    QCOMPARE(f.payments().value(1), u"2026-01-05 100.00 portal TX2 payment allocated 30.00"_s);
    QCOMPARE(f.balance(), u"-70.00"_s);

    // The files processed.
    const QList<paydesk::core::portal::PortalFileRecord> files = PortalFileLog::list(*db);
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(0).name, u"eod_20260106.txt"_s);
    QCOMPARE(files.at(0).fetchedBy, u"manager"_s);
    QCOMPARE(files.at(0).counts.posted, 1);
    QCOMPARE(files.at(0).sha256.size(), 64);
}

void tst_PortalFetch::sameTransactionsPostOnce()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    Fetching f(*db);
    const QString record = eodRecord({{16, f.account()}});
    f.write(u"a_eod.txt"_s, eodFile({record}));
    QCOMPARE(counts(f.fetch()), u"files 1 skipped 0 posted 1 (60.00) refunds 0 duplicates 0 skipped 0 exceptions 0"_s);
    // The same file again is skipped whole.
    QCOMPARE(counts(f.fetch()), u"files 0 skipped 1 posted 0 (0.00) refunds 0 duplicates 0 skipped 0 exceptions 0"_s);

    // The same transaction in another file (settled now), and as InstaMed's 835.
    f.write(u"b_eod.txt"_s, eodFile({eodRecord({{12, u"S"_s}, {16, f.account()}}), record}));
    f.write(u"c_dpa835_20260105.rep"_s, remittanceFile({RemittanceSet{.account = f.account()}}));
    QCOMPARE(counts(f.fetch()), u"files 2 skipped 1 posted 0 (0.00) refunds 0 duplicates 3 skipped 0 exceptions 0"_s);
    QCOMPARE(f.payments().size(), 1);

    // An 835 first, then its EOD record: the 835 posts (dated BPR16), the EOD record is the same.
    f.write(u"d_dpa835_20260105.rep"_s,
            remittanceFile({RemittanceSet{.amount = u"12.50"_s, .authorization = u"AUTH9"_s, .account = f.account()}}));
    f.write(u"e_eod.txt"_s, eodFile({eodRecord({{7, u"12.50"_s}, {9, u"TX9"_s}, {10, u"AUTH9"_s}, {16, f.account()}})}));
    QCOMPARE(counts(f.fetch()), u"files 2 skipped 3 posted 1 (12.50) refunds 0 duplicates 1 skipped 0 exceptions 0"_s);
    QCOMPARE(f.payments().value(1), u"2026-01-05 12.50 portal AUTH9 payment allocated 12.50"_s);
}

void tst_PortalFetch::statuses_data()
{
    TestDatabases::addBackendColumn();
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<int>("payments");
    for (const QString &backend : TestDatabases::backends()) {
        const auto row = [&](const char *name) {
            return &QTest::newRow(qPrintable(backend + u": "_s + QLatin1StringView(name)));
        };
        *row("A then S posts once")
                << backend << QStringList{u"A"_s, u"S"_s}
                << u"files 1 skipped 0 posted 1 (60.00) refunds 0 duplicates 1 skipped 0 exceptions 0"_s << 1;
        *row("C posts") << backend << QStringList{u"C"_s}
                        << u"files 1 skipped 0 posted 1 (60.00) refunds 0 duplicates 0 skipped 0 exceptions 0"_s << 1;
        *row("declined and voided are skipped")
                << backend << QStringList{u"D"_s, u"V"_s, u"SE"_s}
                << u"files 1 skipped 0 posted 0 (0.00) refunds 0 duplicates 0 skipped 3 exceptions 0"_s << 0;
        *row("declined twice is skipped once")
                << backend << QStringList{u"D"_s, u"D"_s}
                << u"files 1 skipped 0 posted 0 (0.00) refunds 0 duplicates 1 skipped 1 exceptions 0"_s << 0;
        *row("a decline never blocks the approval")
                << backend << QStringList{u"D"_s, u"A"_s}
                << u"files 1 skipped 0 posted 1 (60.00) refunds 0 duplicates 0 skipped 1 exceptions 0"_s << 1;
    }
}

void tst_PortalFetch::statuses()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, statuses);
    QFETCH(QString, summary);
    QFETCH(int, payments);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    Fetching f(*db);
    QStringList records;
    for (const QString &status : statuses)
        records << eodRecord({{12, status}, {16, f.account()}});
    f.write(u"eod.txt"_s, eodFile(records));
    QCOMPARE(counts(f.fetch()), summary);
    QCOMPARE(f.payments().size(), payments);
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM portal_exceptions"_s), 0);
    // A skipped transaction is recorded with its reason.
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM portal_transactions WHERE outcome = 'skipped' AND reason = ''"_s), 0);
}

void tst_PortalFetch::refunds()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    Fetching f(*db);
    f.write(u"a_eod.txt"_s, eodFile({eodRecord({{7, u"80.00"_s}, {16, f.account()}})}));
    QCOMPARE(counts(f.fetch()), u"files 1 skipped 0 posted 1 (80.00) refunds 0 duplicates 0 skipped 0 exceptions 0"_s);
    QCOMPARE(f.balance(), u"10.00"_s);

    // A card credit of 30.00 the next day: the allocations are taken back newest first, the
    // part not refunded allocated again.
    f.write(u"b_eod.txt"_s,
            eodFile({eodRecord(
                    {{6, u"Credit"_s}, {7, u"30.00"_s}, {9, u"TX2"_s}, {11, u"20260106080000"_s}, {16, f.account()}})}));
    QCOMPARE(counts(f.fetch()), u"files 1 skipped 1 posted 0 (0.00) refunds 1 duplicates 0 skipped 0 exceptions 0"_s);
    QCOMPARE(f.payments(),
             (QStringList{u"2026-01-05 80.00 portal TX1 payment allocated 50.00"_s,
                          u"2026-01-06 -30.00 portal InstaMed Credit TX2 refund allocated 0.00"_s}));
    QCOMPARE(f.balance(), u"40.00"_s);

    // A chargeback of what is left of it: the whole payment is now taken back.
    f.write(u"c_eod.txt"_s,
            eodFile({eodRecord({{7, u"50.00"_s}, {12, u"CB"_s}, {11, u"20260106090000"_s}, {16, f.account()}})}));
    QCOMPARE(counts(f.fetch()), u"files 1 skipped 2 posted 0 (0.00) refunds 1 duplicates 0 skipped 0 exceptions 0"_s);
    QCOMPARE(f.balance(), u"90.00"_s);
    QCOMPARE(f.payments().value(2), u"2026-01-06 -50.00 portal InstaMed AuthCapt TX1 refund allocated 0.00"_s);

    // Nothing left to take back: an exception.
    f.write(u"d_eod.txt"_s,
            eodFile({eodRecord(
                    {{6, u"Return"_s}, {7, u"5.00"_s}, {9, u"TX3"_s}, {11, u"20260106100000"_s}, {16, f.account()}})}));
    QCOMPARE(counts(f.fetch()), u"files 1 skipped 3 posted 0 (0.00) refunds 0 duplicates 0 skipped 0 exceptions 1"_s);
    QVERIFY2(PortalExceptionQueue(*db, u"manager"_s).list().constFirst().reason.contains(u"no portal payment"_s),
             qPrintable(PortalExceptionQueue(*db, u"manager"_s).list().constFirst().reason));
    QCOMPARE(f.desk.ledger().verifyIssues(), QStringList());
}

void tst_PortalFetch::remittancePaymentAndRefund()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    Fetching f(*db);
    // N102 "Patient": InstaMed had no name, the account number alone decides. BPR03 D: a refund.
    f.write(u"a_dpa835_20260105.rep"_s,
            remittanceFile({RemittanceSet{.amount = u"50.00"_s, .name = u"Patient"_s, .account = f.account()},
                            RemittanceSet{.amount = u"20.00"_s,
                                          .flag = u"D"_s,
                                          .authorization = u"AUTH2"_s,
                                          .name = u"LUIS NUNEZ"_s,
                                          .account = f.account()}}));
    QCOMPARE(counts(f.fetch()), u"files 1 skipped 0 posted 1 (50.00) refunds 1 duplicates 0 skipped 0 exceptions 0"_s);
    QCOMPARE(f.payments(),
             (QStringList{u"2026-01-05 50.00 portal AUTH1 payment allocated 30.00"_s,
                          u"2026-01-05 -20.00 portal InstaMed Credit AUTH2 refund allocated 0.00"_s}));
    QCOMPARE(f.balance(), u"60.00"_s);
    QCOMPARE(f.desk.ledger().verifyIssues(), QStringList());
}

void tst_PortalFetch::exceptions_data()
{
    TestDatabases::addBackendColumn();
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<QString>("reason");
    for (const QString &backend : TestDatabases::backends()) {
        const auto row = [&](const char *name) {
            return &QTest::newRow(qPrintable(backend + u": "_s + QLatin1StringView(name)));
        };
        *row("unknown account") << backend << Fields{{16, u"99"_s}} << u"there is no family 99"_s;
        *row("missing account number") << backend << Fields{{16, QString()}}
                                       << u"Patient Account Number (field 16) is empty"_s;
        *row("account not a number") << backend << Fields{{16, u"A-12"_s}} << u"\"A-12\" is not an account number"_s;
        *row("name mismatch") << backend << Fields{{13, u"Smith"_s}} << u"\"Smith\" is not the last name"_s;
        *row("closed period") << backend << Fields{{11, u"20251230120000"_s}} << u"2025-12-31"_s;
        *row("after today") << backend << Fields{{11, u"20260107120000"_s}} << u"2026-01-07"_s;
        *row("amount 1,000.00") << backend << Fields{{7, u"1,000.00"_s}} << u"1,000.00"_s;
        *row("time 20260230250000") << backend << Fields{{11, u"20260230250000"_s}} << u"20260230250000"_s;
    }
}

void tst_PortalFetch::exceptions()
{
    QFETCH(QString, backend);
    QFETCH(Fields, fields);
    QFETCH(QString, reason);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    Fetching f(*db);
    f.desk.settings({{u"ledger.lock_date"_s, u"2025-12-31"_s}});
    Fields all{{16, f.account()}};
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        all[it.key()] = it.value();
    // The bad record among good ones: it alone is an exception.
    f.write(u"eod.txt"_s,
            eodFile({eodRecord({{9, u"TX0"_s}, {16, f.account()}}),
                     eodRecord(all),
                     eodRecord({{9, u"TX2"_s}, {7, u"1.00"_s}, {16, f.account()}})}));
    QCOMPARE(counts(f.fetch()), u"files 1 skipped 0 posted 2 (61.00) refunds 0 duplicates 0 skipped 0 exceptions 1"_s);
    const QList<PortalException> open = PortalExceptionQueue(*db, u"manager"_s).list();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.constFirst().file, u"eod.txt"_s);
    QCOMPARE(open.constFirst().line, 2);
    QCOMPARE(open.constFirst().raw, eodRecord(all));
    QVERIFY2(open.constFirst().reason.contains(reason), qPrintable(open.constFirst().reason));
    QCOMPARE(f.payments().size(), 2);

    // The same record in another file is not queued again.
    f.write(u"eod2.txt"_s, eodFile({eodRecord(all)}));
    QCOMPARE(counts(f.fetch()), u"files 1 skipped 1 posted 0 (0.00) refunds 0 duplicates 1 skipped 0 exceptions 0"_s);
    QCOMPARE(PortalExceptionQueue(*db, u"manager"_s).openCount(), 1);
}

void tst_PortalFetch::matchAndDismiss()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    Fetching f(*db);
    f.write(u"eod.txt"_s,
            eodFile({eodRecord({{16, QString()}}),
                     eodRecord({{9, u"TX2"_s}, {13, u"Smith"_s}, {16, f.account()}}),
                     u"IMDPA10|garbage"_s}));
    QCOMPARE(counts(f.fetch()), u"files 1 skipped 0 posted 0 (0.00) refunds 0 duplicates 0 skipped 0 exceptions 3"_s);
    PortalExceptionQueue queue(*db, u"manager"_s);
    const QList<PortalException> open = queue.list();
    QCOMPARE(open.size(), 3);
    QVERIFY(open.at(0).matchable);
    QCOMPARE(open.at(0).amount.toString(), u"60.00"_s);
    QCOMPARE(open.at(0).date, day("2026-01-05"));
    QCOMPARE(open.at(0).patientName, u"Rivera, Ana"_s);
    QVERIFY(!open.at(2).matchable);

    // Matching posts it as the fetch would have, as the user who matches.
    const qint64 payment = queue.match(open.at(0).id, f.rivera);
    QCOMPARE(f.payments(), QStringList{u"2026-01-05 60.00 portal TX1 payment allocated 60.00"_s});
    QCOMPARE(f.scalar(u"SELECT id FROM payments"_s), payment);
    QCOMPARE(queue.find(open.at(0).id)->status, PortalException::Status::Matched);
    QCOMPARE(queue.find(open.at(0).id)->paymentId, payment);
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'match' AND user_name = 'manager'"_s), 1);
    QVERIFY(refusalOf([&] { queue.match(open.at(0).id, f.rivera); }).contains(u"matched already"_s));
    QVERIFY(refusalOf([&] { queue.match(open.at(2).id, f.rivera); }).contains(u"could not be read"_s));
    QVERIFY(refusalOf([&] { queue.match(open.at(1).id, 999); }).contains(u"no family 999"_s));

    // Dismissing needs a reason.
    QVERIFY(refusalOf([&] { queue.dismiss(open.at(2).id, u"  "_s); }).contains(u"Reason"_s));
    queue.dismiss(open.at(2).id, u"Test record from InstaMed"_s);
    QCOMPARE(queue.find(open.at(2).id)->status, PortalException::Status::Dismissed);
    QCOMPARE(queue.find(open.at(2).id)->resolution, u"Test record from InstaMed"_s);
    QCOMPARE(queue.openCount(), 1);
    QCOMPARE(queue.list(true).size(), 3);
    QCOMPARE(f.desk.ledger().verifyIssues(), QStringList());
}

void tst_PortalFetch::insurersRemittanceIsOneException()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    Fetching f(*db);
    f.write(u"x_dpa835_20260105.rep"_s,
            remittanceFile({RemittanceSet{.account = f.account()}, RemittanceSet{.authorization = u"AUTH2"_s}}, true));
    QCOMPARE(counts(f.fetch()), u"files 1 skipped 0 posted 0 (0.00) refunds 0 duplicates 0 skipped 0 exceptions 1"_s);
    const QList<PortalException> open = PortalExceptionQueue(*db, u"manager"_s).list();
    QCOMPARE(open.size(), 1);
    QVERIFY2(open.constFirst().reason.contains(u"insurer"_s), qPrintable(open.constFirst().reason));
    QVERIFY(!open.constFirst().matchable);
    QCOMPARE(f.payments(), QStringList());
}

void tst_PortalFetch::badRecordStandsAlone()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    Fetching f(*db);
    // Version 1.2.2: a header and D prefixes.
    f.write(u"eod122.txt"_s,
            eodFile({eodRecord({{16, f.account()}}),
                     u"IMDPA12|x|y"_s,
                     eodRecord({{9, u"TX2"_s}, {7, u"5.00"_s}, {16, f.account()}})},
                    true));
    QCOMPARE(counts(f.fetch()), u"files 1 skipped 0 posted 2 (65.00) refunds 0 duplicates 0 skipped 0 exceptions 1"_s);
    QCOMPARE(PortalExceptionQueue(*db, u"manager"_s).list().constFirst().line, 3);
}

void tst_PortalFetch::refusalAfterTheChecksIsAnException()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    Fetching f(*db);
    // The second payment of the largest amount would take the family's payments beyond what
    // PayDesk can hold (FamilyLimits, which refuses inside the posting): that record alone is
    // an exception, and the records around it in the same chunk still post once.
    const QString largest = u"999999999900.00"_s;
    f.write(u"eod.txt"_s,
            eodFile({eodRecord({{16, f.account()}}),
                     eodRecord({{7, largest}, {9, u"TX2"_s}, {16, f.account()}}),
                     eodRecord({{7, largest}, {9, u"TX3"_s}, {16, f.account()}}),
                     eodRecord({{7, u"1.00"_s}, {9, u"TX4"_s}, {16, f.account()}})}));
    const FetchSummary summary = f.fetch();
    QCOMPARE(summary.posted, 3);
    QCOMPARE(summary.exceptions, 1);
    QCOMPARE(f.payments().size(), 3);
    const PortalException refused = PortalExceptionQueue(*db, u"manager"_s).list().constFirst();
    QCOMPARE(refused.line, 3);
    QVERIFY2(refused.reason.contains(u"payments total"_s), qPrintable(refused.reason));
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM portal_transactions"_s), 4);
    QCOMPARE(f.desk.ledger().verifyIssues(), QStringList());
}

void tst_PortalFetch::interruptedFileIsReadAgain()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    Fetching f(*db);
    f.write(u"a_eod.txt"_s, eodFile({eodRecord({{16, f.account()}}), eodRecord({{9, u"TX2"_s}, {16, QString()}})}));
    f.write(u"b_eod.txt"_s, eodFile({eodRecord({{9, u"TX3"_s}, {7, u"1.00"_s}, {16, f.account()}})}));
    // Stopped after the first file: the second waits for the next fetch.
    int calls = 0;
    const FetchSummary first = PortalFetch(*db, u"manager"_s)
                                       .run(f.folder.path(), [&](const QString &file, int done, int total) {
                                           ++calls;
                                           return !(file == u"a_eod.txt"_s && done == 1 && total == 2);
                                       });
    QCOMPARE(calls, 1);
    QCOMPARE(counts(first), u"files 1 skipped 0 posted 1 (60.00) refunds 0 duplicates 0 skipped 0 exceptions 1"_s);

    // A fetch that stopped inside the first file left it unfinished: it is read again, and what
    // it had done is done once.
    db->execute(u"UPDATE portal_files SET finished = 0"_s);
    QCOMPARE(counts(f.fetch()), u"files 2 skipped 0 posted 1 (1.00) refunds 0 duplicates 2 skipped 0 exceptions 0"_s);
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM portal_files"_s), 2);
    // The file's record keeps what its first reading posted.
    QCOMPARE(f.scalar(u"SELECT posted FROM portal_files WHERE name = 'a_eod.txt'"_s), 1);
    QCOMPARE(f.scalar(u"SELECT duplicates FROM portal_files WHERE name = 'a_eod.txt'"_s), 2);
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM portal_exceptions"_s), 1);
    QCOMPARE(f.payments().size(), 2);
}

void tst_PortalFetch::datedInPortalTimeZone()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    Fetching f(*db);
    // 23:30 in New York is 04:30 the next day where the practice is (UTC).
    f.desk.settings({{u"portal.time_zone"_s, u"America/New_York"_s}});
    f.write(u"eod.txt"_s, eodFile({eodRecord({{11, u"20260104233000"_s}, {16, f.account()}})}));
    QCOMPARE(f.fetch().posted, 1);
    QCOMPARE(f.payments(), QStringList{u"2026-01-05 60.00 portal TX1 payment allocated 60.00"_s});
}

void tst_PortalFetch::runDailyFetchesFirst()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    Fetching f(*db);
    paydesk::core::DailyBillingRun without(*db, u"manager"_s);
    QCOMPARE(without.run(day("2026-01-05")).size(), 1);
    QVERIFY(!without.portalSummary());

    f.desk.settings({{u"portal.report_folder"_s, f.folder.path()}});
    f.write(u"eod.txt"_s, eodFile({eodRecord({{7, u"90.00"_s}, {16, f.account()}})}));
    paydesk::core::DailyBillingRun run(*db, u"manager"_s);
    const QList<paydesk::core::BillingDay> days = run.run(day("2026-01-06"));
    QCOMPARE(days.size(), 1);
    QVERIFY(run.portalSummary());
    QCOMPARE(counts(*run.portalSummary()),
             u"files 1 skipped 0 posted 1 (90.00) refunds 0 duplicates 0 skipped 0 exceptions 0"_s);
    // The day's run saw the payment: the family owes nothing, no statement.
    QCOMPARE(f.balance(), u"0.00"_s);
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM audit_log WHERE entity = 'payment' AND user_name = 'daily-run'"_s), 1);
    QCOMPARE(PortalFileLog::list(*db).constFirst().fetchedBy, u"daily-run"_s);

    // The last day again: the fetch still runs, no day does.
    paydesk::core::DailyBillingRun again(*db, u"manager"_s);
    QCOMPARE(again.run(day("2026-01-06")).size(), 0);
    QCOMPARE(again.portalSummary()->filesSkipped, 1);

    // A folder that is gone refuses the run before any day.
    f.desk.settings({{u"portal.report_folder"_s, f.folder.filePath(u"gone"_s)}});
    f.desk.at(day("2026-01-07"));
    QVERIFY(refusalOf([&] {
                paydesk::core::DailyBillingRun(*db, u"manager"_s).run(day("2026-01-07"));
            }).contains(u"not a folder"_s));
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM billing_days WHERE date = '2026-01-07'"_s), 0);
}

void tst_PortalFetch::frontDeskIsRefused()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    Fetching f(*db);
    f.write(u"eod.txt"_s, eodFile({eodRecord({{16, QString()}})}));
    QCOMPARE(f.fetch().exceptions, 1);
    paydesk::core::UserDirectory users(*db);
    users.add(u"boss"_s, u"boss"_s, paydesk::core::Role::Administrator, u"boss-password"_s);
    users.add(u"boss"_s, u"clerk"_s, paydesk::core::Role::FrontDesk, u"clerk-password"_s);
    users.add(u"boss"_s, u"billing"_s, paydesk::core::Role::BillingManager, u"billing-password"_s);

    f.write(u"eod2.txt"_s, eodFile({eodRecord({{9, u"TX2"_s}, {16, f.account()}})}));
    QVERIFY(refusalOf([&] { f.fetch(u"clerk"_s); }).contains(u"billing manager"_s));
    PortalExceptionQueue clerk(*db, u"clerk"_s);
    QCOMPARE(clerk.list().size(), 1); // reading is the front desk's
    const qint64 id = clerk.list().constFirst().id;
    QVERIFY(refusalOf([&] { clerk.match(id, f.rivera); }).contains(u"billing manager"_s));
    QVERIFY(refusalOf([&] { clerk.dismiss(id, u"no"_s); }).contains(u"billing manager"_s));
    QCOMPARE(f.payments(), QStringList());

    QCOMPARE(f.fetch(u"billing"_s).posted, 1);
    PortalExceptionQueue(*db, u"billing"_s).match(id, f.rivera);
    QCOMPARE(f.payments().size(), 2);
}

void tst_PortalFetch::twoFetchesAtOncePostOnce()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    Fetching f(*db);
    constexpr int files = 6;
    constexpr int perFile = 40;
    for (int file = 0; file < files; ++file) {
        QStringList records;
        for (int i = 0; i < perFile; ++i) {
            const QString id = u"TX%1-%2"_s.arg(file).arg(i);
            records << eodRecord({{7, u"1.00"_s}, {9, id}, {10, u"A"_s + id}, {16, f.account()}});
        }
        f.write(u"eod%1.txt"_s.arg(file), eodFile(records));
    }
    // Two connections fetch the same folder at the same time (the desk and run-daily): whichever
    // way they interleave, every transaction posts once and every file is recorded once.
    const paydesk::core::ConnectionSpec spec = db->spec();
    std::atomic<qint64> posted = 0;
    std::barrier start(2);
    const auto work = [&] {
        const Database connection(spec);
        start.arrive_and_wait();
        posted += PortalFetch(connection, u"manager"_s).run(f.folder.path()).posted;
    };
    const QStringList failures = runTogether(work, work);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE(posted.load(), qint64(files * perFile));
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM payments"_s), qint64(files * perFile));
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM portal_files WHERE finished = 1"_s), qint64(files));
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM portal_transactions"_s), qint64(files * perFile));
    QCOMPARE(f.desk.ledger().verifyIssues(), QStringList());
}

void tst_PortalFetch::overlongFieldStandsAlone()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    Fetching f(*db);
    // A damaged record with a 4,000-character transaction id (more than PostgreSQL can index)
    // is an exception of its own; the records around it post, and the file is finished.
    f.write(u"eod.txt"_s,
            eodFile({eodRecord({{16, f.account()}}),
                     eodRecord({{9, QString(4000, u'7')}, {16, f.account()}}),
                     eodRecord({{9, u"TX3"_s}, {7, u"1.00"_s}, {16, f.account()}})}));
    QCOMPARE(counts(f.fetch()), u"files 1 skipped 0 posted 2 (61.00) refunds 0 duplicates 0 skipped 0 exceptions 1"_s);
    const PortalException refused = PortalExceptionQueue(*db, u"manager"_s).list().constFirst();
    QCOMPARE(refused.line, 2);
    QVERIFY2(refused.reason.contains(u"Transaction Id (field 9) is 4000 characters long"_s), qPrintable(refused.reason));
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM portal_files WHERE finished = 1"_s), 1);
}

void tst_PortalFetch::unreadableFileIsAnException()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    Fetching f(*db);
    // A file that cannot be opened (here a link to nothing; a file still being copied or kept
    // from this user alike) is queued once and the files after it are read.
    QVERIFY(QFile::link(f.folder.filePath(u"nowhere.txt"_s), f.folder.filePath(u"a_eod.txt"_s)));
    f.write(u"b_eod.txt"_s, eodFile({eodRecord({{16, f.account()}})}));
    QCOMPARE(counts(f.fetch()), u"files 1 skipped 0 posted 1 (60.00) refunds 0 duplicates 0 skipped 0 exceptions 1"_s);
    const PortalException unreadable = PortalExceptionQueue(*db, u"manager"_s).list().constFirst();
    QCOMPARE(unreadable.file, u"a_eod.txt"_s);
    QVERIFY2(unreadable.reason.contains(u"cannot be read"_s), qPrintable(unreadable.reason));
    QVERIFY(!unreadable.matchable);
    QCOMPARE(counts(f.fetch()), u"files 0 skipped 1 posted 0 (0.00) refunds 0 duplicates 0 skipped 0 exceptions 0"_s);
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM portal_exceptions"_s), 1);

    // Once it can be read, it is read like any other.
    QVERIFY(QFile::remove(f.folder.filePath(u"a_eod.txt"_s)));
    f.write(u"a_eod.txt"_s, eodFile({eodRecord({{9, u"TX2"_s}, {7, u"1.00"_s}, {16, f.account()}})}));
    QCOMPARE(counts(f.fetch()), u"files 1 skipped 1 posted 1 (1.00) refunds 0 duplicates 0 skipped 0 exceptions 0"_s);
}

void tst_PortalFetch::twoMatchesAtOncePostOnce()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    Fetching f(*db);
    constexpr int exceptions = 8;
    QStringList records;
    for (int i = 0; i < exceptions; ++i)
        records << eodRecord({{7, u"7.00"_s}, {9, u"RX%1"_s.arg(i)}, {16, u"999"_s}});
    f.write(u"eod.txt"_s, eodFile(records));
    QCOMPARE(f.fetch().exceptions, exceptions);
    const QList<PortalException> open = PortalExceptionQueue(*db, u"manager"_s).list();

    // Two billing managers match each exception at the same moment: one posts, the other is told
    // it is matched already.
    const paydesk::core::ConnectionSpec spec = db->spec();
    std::atomic<int> refused = 0;
    std::barrier start(2);
    const auto work = [&] {
        // A thread that fails leaves the barrier, so the other does not wait for it forever.
        const auto leave = qScopeGuard([&] { start.arrive_and_drop(); });
        const Database connection(spec);
        PortalExceptionQueue queue(connection, u"manager"_s);
        for (const PortalException &e : open) {
            start.arrive_and_wait();
            try {
                queue.match(e.id, f.rivera);
            } catch (const paydesk::core::Refusal &refusal) {
                if (!refusal.message().contains(u"matched already"_s))
                    throw;
                ++refused;
            }
        }
    };
    const QStringList failures = runTogether(work, work);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE(refused.load(), exceptions);
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM payments"_s), qint64(exceptions));
    QCOMPARE(f.desk.ledger().verifyIssues(), QStringList());
}

void tst_PortalFetch::fetchBesideDeskPostings()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    Fetching f(*db);
    qint64 stone = 0;
    const qint64 stoneFamily = f.desk.family(&stone, u"Stone"_s);
    // A fetch whose records alternate between two families, while a clerk posts to the second
    // again and again: neither ever waits on the other in a circle (PostgreSQL would end one with
    // "deadlock detected").
    constexpr int records = 600;
    QStringList lines;
    for (int i = 0; i < records; ++i) {
        const bool rivera = i % 2 == 0;
        lines << eodRecord({{7, u"1.00"_s},
                            {9, u"TX%1"_s.arg(i)},
                            {13, rivera ? u"Rivera"_s : u"Stone"_s},
                            {16, QString::number(rivera ? f.rivera : stoneFamily)}});
    }
    f.write(u"eod.txt"_s, eodFile(lines));
    const paydesk::core::ConnectionSpec spec = db->spec();
    std::atomic<bool> fetching = true;
    std::atomic<int> deskPostings = 0;
    std::barrier start(2);
    const auto fetch = [&] {
        const auto done = qScopeGuard([&] { fetching = false; });
        const Database connection(spec);
        start.arrive_and_wait();
        PortalFetch(connection, u"manager"_s).run(f.folder.path());
    };
    const auto desk = [&] {
        const Database connection(spec);
        paydesk::core::PaymentPoster poster(connection, u"manager"_s);
        start.arrive_and_wait();
        while (fetching || deskPostings == 0) {
            paydesk::core::PaymentDraft draft;
            draft.patientId = stone;
            draft.date = day("2026-01-06");
            draft.amount = paydesk::core::Money::parse(u"2.00"_s).value();
            poster.post(draft);
            ++deskPostings;
        }
    };
    const QStringList failures = runTogether(fetch, desk);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM payments WHERE method = 'portal'"_s), qint64(records));
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM payments WHERE method = 'cash'"_s), qint64(deskPostings.load()));
    QCOMPARE(f.desk.ledger().verifyIssues(), QStringList());
}

void tst_PortalFetch::cli()
{
    QFETCH(QString, backend);
    PAYDESK_REQUIRE_BACKEND(backend);
    const std::unique_ptr<Database> db = m_dbs.fresh(backend);
    Fetching f(*db);
    const QString url = TestDatabases::url(db->spec());
    f.write(u"eod.txt"_s, eodFile({eodRecord({{16, f.account()}}), eodRecord({{9, u"TX2"_s}, {16, QString()}})}));

    const CliRun fetch = runCli(
            url, u"manager"_s, {u"portal"_s, u"fetch"_s, u"--folder"_s, f.folder.path(), u"--json"_s});
    QVERIFY2(fetch.exitCode == 0 && fetch.err.isEmpty(), qPrintable(fetch.describe()));
    const QJsonObject summary = QJsonDocument::fromJson(fetch.out.toUtf8()).object();
    QCOMPARE(summary,
             (QJsonObject{{u"files"_s, 1},
                          {u"files_skipped"_s, 0},
                          {u"posted"_s, 1},
                          {u"posted_total"_s, u"60.00"_s},
                          {u"refunds"_s, 0},
                          {u"duplicates"_s, 0},
                          {u"skipped"_s, 0},
                          {u"exceptions"_s, 1}}));

    const CliRun text = runCli(url, u"manager"_s, {u"portal"_s, u"fetch"_s, u"--folder"_s, f.folder.path()});
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY2(summaryLine(0, u"0.00"_s, 0, 0, 1).match(text.out).hasMatch(), qPrintable(text.out));

    const CliRun files = runCli(url, u"manager"_s, {u"portal"_s, u"files"_s, u"--json"_s});
    QVERIFY2(files.exitCode == 0, qPrintable(files.describe()));
    const QJsonObject file = QJsonDocument::fromJson(files.out.toUtf8()).array().at(0).toObject();
    QCOMPARE(file.keys(),
             (QStringList{u"duplicates"_s,
                          u"exceptions"_s,
                          u"fetched_at"_s,
                          u"fetched_by"_s,
                          u"files"_s,
                          u"files_skipped"_s,
                          u"id"_s,
                          u"name"_s,
                          u"posted"_s,
                          u"posted_total"_s,
                          u"refunds"_s,
                          u"sha256"_s,
                          u"size"_s,
                          u"skipped"_s}));
    QCOMPARE(file.value(u"name"_s).toString(), u"eod.txt"_s);

    const CliRun exceptions = runCli(url, u"manager"_s, {u"portal"_s, u"exceptions"_s, u"--json"_s});
    QVERIFY2(exceptions.exitCode == 0, qPrintable(exceptions.describe()));
    const QJsonObject exception = QJsonDocument::fromJson(exceptions.out.toUtf8()).array().at(0).toObject();
    for (const QString &key : {u"id"_s, u"file"_s, u"line"_s, u"raw"_s, u"reason"_s, u"status"_s})
        QVERIFY2(exception.contains(key), qPrintable(key));
    QCOMPARE(exception.value(u"status"_s).toString(), u"open"_s);
    QCOMPARE(exception.value(u"line"_s).toInt(), 2);
    const QString id = QString::number(exception.value(u"id"_s).toInteger());

    const CliRun refused = runCli(
            url, u"manager"_s, {u"portal"_s, u"match"_s, u"--exception"_s, id, u"--family"_s, u"999"_s});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.errLines().size(), 1);
    const CliRun match = runCli(
            url, u"manager"_s, {u"portal"_s, u"match"_s, u"--exception"_s, id, u"--family"_s, f.account(), u"--json"_s});
    QVERIFY2(match.exitCode == 0, qPrintable(match.describe()));
    QVERIFY(QJsonDocument::fromJson(match.out.toUtf8()).object().value(u"payment"_s).toInteger() > 0);
    const CliRun all = runCli(url, u"manager"_s, {u"portal"_s, u"exceptions"_s, u"--all"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(all.out.toUtf8()).array().at(0).toObject().value(u"status"_s).toString(),
             u"matched"_s);
    const CliRun dismiss = runCli(
            url, u"manager"_s, {u"portal"_s, u"dismiss"_s, u"--exception"_s, id, u"--reason"_s, u"x"_s});
    QCOMPARE(dismiss.exitCode, 1);
    QVERIFY2(dismiss.err.contains(u"matched already"_s), qPrintable(dismiss.describe()));

    // run-daily (paydesk-cli runs on the real clock: the dates are given): the fetch's object
    // in the first day's, and its line first after the daily run's backup.
    f.desk.settings({{u"portal.report_folder"_s, f.folder.path()}});
    f.write(u"eod3.txt"_s, eodFile({eodRecord({{9, u"TX3"_s}, {7, u"1.00"_s}, {16, f.account()}})}));
    const CliRun daily = runCli(url, u"manager"_s, {u"run-daily"_s, u"--date"_s, u"2026-01-06"_s, u"--json"_s});
    QVERIFY2(daily.exitCode == 0, qPrintable(daily.describe()));
    const QJsonObject first = QJsonDocument::fromJson(daily.out.toUtf8()).array().at(0).toObject();
    QCOMPARE(first.value(u"date"_s).toString(), u"2026-01-06"_s);
    QCOMPARE(first.value(u"portal"_s).toObject().value(u"posted"_s).toInt(), 1);
    f.write(u"eod4.txt"_s, eodFile({eodRecord({{9, u"TX4"_s}, {7, u"1.00"_s}, {16, f.account()}})}));
    const CliRun again = runCli(url, u"manager"_s, {u"run-daily"_s, u"--date"_s, u"2026-01-06"_s});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QVERIFY2(again.out.startsWith(u"backup: "_s), qPrintable(again.out));
    QVERIFY2(summaryLine(1, u"1.00"_s, 0, 1, 2, u"portal: "_s).match(again.out.section(u'\n', 1)).hasMatch(),
             qPrintable(again.out));
}

QTEST_GUILESS_MAIN(tst_PortalFetch)

#include "tst_portalfetch.moc"
