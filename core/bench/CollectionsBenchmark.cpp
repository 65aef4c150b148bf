#include "bench/CollectionsBenchmark.h"

#include "bench/BenchMeasure.h"
#include "billing/DailyBillingRun.h"
#include "billing/LedgerDelta.h"
#include "collections/CollectionsPolicy.h"
#include "collections/Delinquency.h"
#include "ledger/LedgerCalendar.h"
#include "ledger/PaymentPoster.h"
#include "settings/PracticeSettings.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QSet>

#include <algorithm>

namespace paydesk::core {

using namespace BenchMeasure;

namespace {

// The Payment Days of every collection plan the set-up makes.
constexpr int planDays = 30;

struct CodeRow
{
    const char *code;
    const char *description;
    int days;
    const char *next;
};

// CGM-like codes, the transfers' targets first.
constexpr CodeRow codes[] = {
        {"AG", "Agency", 0, nullptr},
        {"C2", "Second notice", 30, "AG"},
        {"IC", "Initial collection", 30, "C2"},
        {"CP", "Collection Payment Plan", 0, nullptr},
        {"CPF", "Collection Payment Plan Failed", 15, "AG"},
        {"ND", "Non-Delinquent Payment Plan", 0, nullptr},
        {"NDF", "Non-Delinquent Pmt Plan Failed", 30, "IC"},
};
// The statuses the set-up spreads accounts without a plan over.
const char *const heldCodes[] = {"IC", "C2", "AG"};

struct Account
{
    qint64 familyId = 0;
    qint64 balanceCents = 0;
};

// The delinquent families on `day` (no daily run yet: every ledger row counts) without a
// statement plan, in family order; `delinquent` receives how many are delinquent in all.
QList<Account> delinquentFamilies(const Database &db, QDate day, qint64 *delinquent)
{
    const CollectionsPolicy policy = CollectionsPolicy::read(db);
    const QHash<qint64, qint64> balances = LedgerDelta::currentBalances(db);
    const QHash<qint64, qint64> recent = Delinquency::recentCharges(db, day, policy.delinquentDays);
    QSet<qint64> onPlans;
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT family_id FROM payment_plans WHERE status = 'Enabled'")).exec();
    while (q.next())
        onPlans.insert(q.id(0));
    QList<Account> families;
    *delinquent = 0;
    for (auto it = balances.cbegin(); it != balances.cend(); ++it) {
        if (!Delinquency::isDelinquent(Delinquency::olderCents(it.value(), recent.value(it.key())), policy))
            continue;
        ++*delinquent;
        if (!onPlans.contains(it.key()))
            families.append({it.key(), it.value()});
    }
    std::sort(families.begin(), families.end(), [](const Account &a, const Account &b) {
        return a.familyId < b.familyId;
    });
    return families;
}

// Puts the first `accounts` of `families` in collections as of `day`, every other one on a
// collection payment plan (up to `plans`) due every 30 days from a start 1 to 30 days before
// `day`, the others in IC, C2 or AG since 0 to 29 days before it; returns the plans made.
qint64 putInCollections(const Database &db,
                        const QString &user,
                        const QList<Account> &families,
                        qint64 accounts,
                        qint64 plans,
                        QDate day)
{
    const QString now = core::Clock::nowUtc().toString(Qt::ISODateWithMs);
    Transaction tx(db);
    for (const CodeRow &row : codes)
        db.query()
                .prepare(QStringLiteral("INSERT INTO collection_codes (code, description, days_to_remain, next_code)"
                                        " VALUES (?, ?, ?, ?)"))
                .execWith({QString::fromLatin1(row.code),
                           QString::fromLatin1(row.description),
                           row.days,
                           row.next ? QVariant(QString::fromLatin1(row.next))
                                    : QVariant(QMetaType::fromType<QString>())});
    tx.commit();
    PracticeSettings(db).set(user,
                             {{QStringLiteral("collections.initial_status"), QStringLiteral("IC")},
                              {QStringLiteral("collections.plan_code"), QStringLiteral("CP")},
                              {QStringLiteral("collections.plan_failed_code"), QStringLiteral("CPF")},
                              {QStringLiteral("collections.nd_plan_code"), QStringLiteral("ND")},
                              {QStringLiteral("collections.nd_plan_failed_code"), QStringLiteral("NDF")}});

    const qint64 count = std::min<qint64>(accounts, families.size());
    const qint64 planCount = std::min<qint64>(plans, (count + 1) / 2);
    Transaction writes(db);
    qint64 historyId = count ? db.reserveIds(QStringLiteral("collection_history"), count) : 0;
    qint64 planId = planCount ? db.reserveIds(QStringLiteral("collection_plans"), planCount) : 0;
    qint64 planned = 0;
    {
        BulkStatement::Batching batching(db);
        BulkStatement &account = db.bulkStatement(
                "INSERT INTO collection_accounts (family_id, code, since, stays) VALUES (?, ?, ?, 0)");
        BulkStatement &history = db.bulkStatement(
                "INSERT INTO collection_history (id, family_id, code, from_date, changed_by, note, created_at)"
                " VALUES (?, ?, ?, ?, ?, '', ?)");
        BulkStatement &plan = db.bulkStatement(
                "INSERT INTO collection_plans (id, family_id, kind, status, start_date, amount_cents, payment_days,"
                " next_payment_date, paid_after, default_status, webpay, holder, zip, end_note, created_by,"
                " created_at) VALUES (?, ?, 'collection', 'Active', ?, ?, ?, ?, ?, 'CPF', 0, '', '', '', ?, ?)");
        for (qint64 i = 0; i < count; ++i) {
            const Account &family = families.at(i);
            const bool onPlan = i % 2 == 0 && planned < planCount;
            const QString code = onPlan ? QStringLiteral("CP") : QString::fromLatin1(heldCodes[i / 2 % 3]);
            const QDate since = day.addDays(-(family.familyId % planDays));
            account.add(family.familyId).add(code).add(since).exec();
            history.add(historyId++).add(family.familyId).add(code).add(since).add(user).add(now).exec();
            if (!onPlan)
                continue;
            const QDate start = since.addDays(-1);
            plan.add(planId++)
                    .add(family.familyId)
                    .add(start)
                    .add(std::clamp<qint64>(family.balanceCents / 6, 100, family.balanceCents))
                    .add(qint64(planDays))
                    .add(start.addDays(planDays))
                    .add(start.addDays(-1))
                    .add(user)
                    .add(now)
                    .exec();
            ++planned;
        }
        batching.flush();
    }
    writes.commit();
    return planned;
}

// The instalments due on `due` of half the plans, dated that day, and a part payment of one
// family in fifty of those that owe, dated `day`, each posted as the desk posts it.
qint64 postPayments(const Database &db, const QString &user, QDate due, QDate day)
{
    QHash<qint64, qint64> guarantorOf;
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT family_id, id FROM patients WHERE is_guarantor = 1")).exec();
    while (q.next())
        guarantorOf.insert(q.id(0), q.id(1));
    QList<std::pair<qint64, qint64>> instalments;
    q.prepare(QStringLiteral("SELECT family_id, amount_cents FROM collection_plans WHERE status = 'Active'"
                             " AND next_payment_date = :due ORDER BY family_id"))
            .bind(QStringLiteral(":due"), due.toString(Qt::ISODate))
            .exec();
    while (q.next())
        instalments.append({q.id(0), q.id(1)});
    q.finish();
    PaymentPoster poster(db, user);
    const auto pay = [&](qint64 family, qint64 cents, QDate date) {
        PaymentDraft draft;
        draft.patientId = guarantorOf.value(family);
        draft.date = date;
        draft.amount = Money::fromCents(cents);
        draft.method = PaymentMethod::Card;
        draft.reference = QStringLiteral("bench");
        poster.post(draft);
    };
    qint64 posted = 0;
    for (qsizetype i = 0; i < instalments.size(); i += 2, ++posted)
        pay(instalments.at(i).first, instalments.at(i).second, due);
    const QHash<qint64, qint64> balances = LedgerDelta::currentBalances(db);
    QList<qint64> owing;
    for (auto it = balances.cbegin(); it != balances.cend(); ++it)
        if (it.value() > 0)
            owing.append(it.key());
    std::sort(owing.begin(), owing.end());
    for (qsizetype i = 0; i < owing.size(); i += DailyBillingBenchmark::payersEvery, ++posted)
        pay(owing.at(i), std::min<qint64>(balances.value(owing.at(i)), 2500), day);
    return posted;
}

QString collectionsCounts(const QList<BillingDay> &days)
{
    BillingDay sum;
    sum.collectionsOn = true;
    for (const BillingDay &day : days) {
        sum.collectionsEntered += day.collectionsEntered;
        sum.collectionsMoved += day.collectionsMoved;
        sum.collectionsLeft += day.collectionsLeft;
        sum.collectionPlansFailed += day.collectionPlansFailed;
        sum.collectionPlansPaid += day.collectionPlansPaid;
    }
    return sum.collectionsLine().trimmed();
}

qint64 collectionsNs(const QList<BillingDay> &days)
{
    qint64 ns = 0;
    for (const BillingDay &day : days)
        ns += day.collectionsNs;
    return ns;
}

} // namespace

CollectionsBenchmark::CollectionsBenchmark(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

CollectionsBenchFigures CollectionsBenchmark::run(const Options &options, const Report &report) const
{
    CollectionsBenchFigures figures;
    const QDate today = LedgerCalendar(m_db).today();
    const QDate first = today.addDays(-DailyBillingBenchmark::daysBeforeToday);
    report(QStringLiteral("Collections benchmark on %1 (%2), %3 families, %4 statement plans, %5 accounts in "
                          "collections, %6 collection plans, seed %7; first run %8")
                   .arg(m_db.isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"),
                        m_db.spec().displayName(),
                        grouped(options.families),
                        grouped(options.statementPlans),
                        grouped(options.accounts),
                        grouped(options.plans))
                   .arg(options.seed)
                   .arg(first.toString(Qt::ISODate)));
    figures.practice = DailyBillingBenchmark::addPracticeWithPlans(
            m_db, m_user, options.families, options.statementPlans, options.seed, first);
    auto start = BenchMeasure::Clock::now();
    const QList<Account> delinquent = delinquentFamilies(m_db, first, &figures.delinquent);
    figures.plans = putInCollections(m_db, m_user, delinquent, options.accounts, options.plans, first);
    figures.accounts = std::min<qint64>(options.accounts, delinquent.size());
    report(QStringLiteral("practice: generated in %1; %2 families owe, %3 on statement plans, %4 delinquent; %5 put "
                          "in collections, %6 of them on collection plans, in %7 (setup, not timed)")
                   .arg(seconds(figures.practice.generateNs),
                        grouped(figures.practice.owing),
                        grouped(figures.practice.plans),
                        grouped(figures.delinquent),
                        grouped(figures.accounts),
                        grouped(figures.plans),
                        seconds(elapsedNs(start))));

    resetPeakResident();
    DailyBillingRun run(m_db, m_user);
    run.setRotatingBackup(false);
    start = BenchMeasure::Clock::now();
    const QList<BillingDay> firstDay = run.run(first);
    figures.firstRunNs = elapsedNs(start);
    figures.firstCollectionsNs = collectionsNs(firstDay);
    figures.firstEntered = firstDay.value(0).collectionsEntered;
    report(QStringLiteral("first run (every ledger row new to it, the baseline): %1, collections step %2; %3; %4")
                   .arg(seconds(figures.firstRunNs),
                        seconds(figures.firstCollectionsNs),
                        firstDay.value(0).line(),
                        collectionsCounts(firstDay)));

    const QDate next = first.addDays(1);
    figures.dayPayments = postPayments(m_db, m_user, first, next);
    start = BenchMeasure::Clock::now();
    const QList<BillingDay> oneDay = run.run(next);
    figures.dayNs = elapsedNs(start);
    figures.dayCollectionsNs = collectionsNs(oneDay);
    report(QStringLiteral("one day after %1 payments: %2 (goal on SQLite: under 1.00 s), collections step %3 (%4 of "
                          "the day); %5; %6")
                   .arg(grouped(figures.dayPayments),
                        seconds(figures.dayNs),
                        seconds(figures.dayCollectionsNs),
                        ratio(figures.dayCollectionsNs, figures.dayNs),
                        oneDay.value(0).line(),
                        collectionsCounts(oneDay)));

    start = BenchMeasure::Clock::now();
    const QList<BillingDay> catchUp = run.run(next.addDays(DailyBillingBenchmark::catchUpDays));
    figures.catchUpNs = elapsedNs(start);
    figures.catchUpDays = catchUp.size();
    figures.catchUpCollectionsNs = collectionsNs(catchUp);
    figures.peakKb = peakResidentKb();
    const qint64 days = std::max<qint64>(1, figures.catchUpDays);
    report(QStringLiteral("catch-up of %1 days: %2 (%3 a day), collections step %4 (%5 a day); %6")
                   .arg(figures.catchUpDays)
                   .arg(seconds(figures.catchUpNs),
                        seconds(figures.catchUpNs / days),
                        seconds(figures.catchUpCollectionsNs),
                        seconds(figures.catchUpCollectionsNs / days),
                        collectionsCounts(catchUp)));
    report(QStringLiteral("peak memory over the runs: %1 resident").arg(megabytes(figures.peakKb)));
    return figures;
}

} // namespace paydesk::core
