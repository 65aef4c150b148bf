#pragma once

#include <QDate>
#include <QString>

#include <functional>

namespace paydesk::core {

class Database;

// A generated practice with families on payment plans, for the daily run's benchmark and
// the Payment plans tab's first paint.
struct PlanPractice
{
    qint64 families = 0;
    qint64 owing = 0; // families that owe on `day`
    qint64 plans = 0; // enabled plans (at most the owing families)
    qint64 generateNs = 0;
    qint64 plansNs = 0;
};

struct DailyBillingBenchFigures
{
    PlanPractice practice;
    qint64 firstRunNs = 0; // the first run ever: every ledger row is new to it
    qint64 dayPayments = 0;
    qint64 dayNs = 0; // one day's run after a day of payments
    qint64 dayStatements = 0;
    qint64 catchUpDays = 0;
    qint64 catchUpNs = 0;
    qint64 catchUpStatements = 0;
    qint64 catchUpDisabled = 0;
    qint64 peakKb = 0; // over the three runs
};

// The daily billing run on a generated practice (DemoPractice) with families on plans:
// the first run ever, then a day's payments and that day's run (the goal: under a second
// on SQLite for 100,000 families with 50,000 plans), then a 30-day catch-up, with peak
// memory. The practice's history ends 32 days before today, so every day run is before
// today. It adds the practice to the database: point it at a scratch database.
class DailyBillingBenchmark
{
public:
    struct Options
    {
        int families = 100000;
        int plans = 50000;
        quint32 seed = 1;
    };
    using Report = std::function<void(const QString &line)>;

    // Days the practice's history ends before today: the first run, the day after it and a
    // 30-day catch-up all fall before today. One family in `payersEvery` of those that owe
    // pays on the day measured. The collections benchmark measures the same days.
    static constexpr int daysBeforeToday = 32;
    static constexpr int catchUpDays = 30;
    static constexpr int payersEvery = 50;

    DailyBillingBenchmark(const Database &db, QString user);
    DailyBillingBenchFigures run(const Options &options, const Report &report) const;

    // Adds a practice of `families` families whose history ends on `day`, and puts up to
    // `plans` of those that owe on `day` on a monthly plan (a sixth of the balance, at least
    // 1.00; started 0 to 59 days before `day`), written as one batch without the
    // PlanService's per-family checks. No daily run is made: call DailyBillingRun for one.
    static PlanPractice addPracticeWithPlans(
            const Database &db, const QString &user, int families, int plans, quint32 seed, QDate day);

private:
    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
