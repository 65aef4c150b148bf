#include "bench/DailyBillingBenchmark.h"

#include "bench/BenchMeasure.h"
#include "billing/DailyBillingRun.h"
#include "billing/LedgerDelta.h"
#include "import/DemoPractice.h"
#include "ledger/LedgerCalendar.h"
#include "ledger/PaymentPoster.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <algorithm>

namespace paydesk::core {

using namespace BenchMeasure;

namespace {

struct Owing
{
    qint64 familyId = 0;
    qint64 cents = 0;
};

// The families that owe, in family order (the balances the lists show).
QList<Owing> owingFamilies(const Database &db)
{
    const QHash<qint64, qint64> balances = LedgerDelta::currentBalances(db);
    QList<Owing> owing;
    for (auto it = balances.cbegin(); it != balances.cend(); ++it)
        if (it.value() > 0)
            owing.append({it.key(), it.value()});
    std::sort(owing.begin(), owing.end(), [](const Owing &a, const Owing &b) { return a.familyId < b.familyId; });
    return owing;
}

} // namespace

DailyBillingBenchmark::DailyBillingBenchmark(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

PlanPractice DailyBillingBenchmark::addPracticeWithPlans(
        const Database &db, const QString &user, int families, int plans, quint32 seed, QDate day)
{
    PlanPractice practice;
    practice.families = families;
    auto start = BenchMeasure::Clock::now();
    DemoPractice::add(db, user, families, seed, day);
    practice.generateNs = elapsedNs(start);

    start = BenchMeasure::Clock::now();
    const QList<Owing> owing = owingFamilies(db);
    practice.owing = owing.size();
    practice.plans = std::min<qint64>(plans, owing.size());
    const QString now = core::Clock::nowUtc().toString(Qt::ISODateWithMs);
    Transaction tx(db);
    qint64 id = practice.plans ? db.reserveIds(QStringLiteral("payment_plans"), practice.plans) : 0;
    {
        BulkStatement::Batching batching(db);
        BulkStatement &plan = db.bulkStatement(
                "INSERT INTO payment_plans (id, family_id, status, amount_cents, start_date, end_reason, created_by,"
                " created_at) VALUES (?, ?, 'Enabled', ?, ?, '', ?, ?)");
        for (qsizetype i = 0; i < practice.plans; ++i) {
            const Owing &family = owing.at(i);
            const qint64 amount = std::min(family.cents, std::max<qint64>(100, family.cents / 6));
            plan.add(id++)
                    .add(family.familyId)
                    .add(amount)
                    .add(day.addDays(-(family.familyId % 60)))
                    .add(user)
                    .add(now)
                    .exec();
        }
        // As PlanService leaves an enabled family; a balance of 0 as the run has read nothing yet.
        BulkStatement &account = db.bulkStatement(
                "INSERT INTO billing_accounts (family_id, status, statements_sent, suspension_reason, balance_cents,"
                " status_since) VALUES (?, 'Payment plan', 0, '', 0, ?)");
        for (qsizetype i = 0; i < practice.plans; ++i)
            account.add(owing.at(i).familyId).add(day).exec();
        batching.flush();
    }
    tx.commit();
    practice.plansNs = elapsedNs(start);
    return practice;
}

DailyBillingBenchFigures DailyBillingBenchmark::run(const Options &options, const Report &report) const
{
    DailyBillingBenchFigures figures;
    const QDate today = LedgerCalendar(m_db).today();
    const QDate first = today.addDays(-daysBeforeToday);
    report(QStringLiteral("Daily billing benchmark on %1 (%2), %3 families, %4 plans, seed %5; first run %6")
                   .arg(m_db.isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"),
                        m_db.spec().displayName(),
                        grouped(options.families),
                        grouped(options.plans))
                   .arg(options.seed)
                   .arg(first.toString(Qt::ISODate)));
    figures.practice = addPracticeWithPlans(m_db, m_user, options.families, options.plans, options.seed, first);
    report(QStringLiteral("practice: generated in %1; %2 families owe; %3 put on plans in %4 (setup, not timed)")
                   .arg(seconds(figures.practice.generateNs),
                        grouped(figures.practice.owing),
                        grouped(figures.practice.plans),
                        seconds(figures.practice.plansNs)));

    resetPeakResident();
    DailyBillingRun run(m_db, m_user);
    run.setRotatingBackup(false);
    auto start = BenchMeasure::Clock::now();
    const QList<BillingDay> firstDay = run.run(first);
    figures.firstRunNs = elapsedNs(start);
    report(QStringLiteral("first run (every ledger row new to it, the baseline): %1; %2")
                   .arg(seconds(figures.firstRunNs), firstDay.value(0).line()));

    // A day's payments: one family in fifty of those that owe pays part of its balance.
    const QDate next = first.addDays(1);
    {
        const QList<Owing> owing = owingFamilies(m_db);
        SqlQuery guarantors = m_db.query();
        guarantors.prepare(QStringLiteral("SELECT family_id, id FROM patients WHERE is_guarantor = 1")).exec();
        QHash<qint64, qint64> guarantorOf;
        while (guarantors.next())
            guarantorOf.insert(guarantors.id(0), guarantors.id(1));
        guarantors.finish();
        PaymentPoster poster(m_db, m_user);
        for (qsizetype i = 0; i < owing.size(); i += payersEvery) {
            PaymentDraft draft;
            draft.patientId = guarantorOf.value(owing.at(i).familyId);
            draft.date = next;
            draft.amount = Money::fromCents(std::min<qint64>(owing.at(i).cents, 2500));
            draft.method = PaymentMethod::Card;
            draft.reference = QStringLiteral("bench");
            poster.post(draft);
            ++figures.dayPayments;
        }
    }
    start = BenchMeasure::Clock::now();
    const QList<BillingDay> oneDay = run.run(next);
    figures.dayNs = elapsedNs(start);
    figures.dayStatements = oneDay.value(0).statements;
    report(QStringLiteral("one day after %1 payments: %2 (goal on SQLite: under 1.00 s; %3 of the first run); %4")
                   .arg(grouped(figures.dayPayments),
                        seconds(figures.dayNs),
                        ratio(figures.dayNs, figures.firstRunNs),
                        oneDay.value(0).line()));

    start = BenchMeasure::Clock::now();
    const QList<BillingDay> catchUp = run.run(next.addDays(catchUpDays));
    figures.catchUpNs = elapsedNs(start);
    figures.catchUpDays = catchUp.size();
    for (const BillingDay &day : catchUp) {
        figures.catchUpStatements += day.statements;
        figures.catchUpDisabled += day.plansDisabled;
    }
    figures.peakKb = peakResidentKb();
    report(QStringLiteral("catch-up of %1 days: %2 (%3 a day); %4 statements, %5 plans disabled")
                   .arg(figures.catchUpDays)
                   .arg(seconds(figures.catchUpNs),
                        seconds(figures.catchUpDays ? figures.catchUpNs / figures.catchUpDays : 0),
                        grouped(figures.catchUpStatements),
                        grouped(figures.catchUpDisabled)));
    report(QStringLiteral("peak memory over the runs: %1 resident").arg(megabytes(figures.peakKb)));
    return figures;
}

} // namespace paydesk::core
