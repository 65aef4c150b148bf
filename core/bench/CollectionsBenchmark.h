#pragma once

#include "bench/DailyBillingBenchmark.h"

#include <QString>

#include <functional>

namespace paydesk::core {

class Database;

struct CollectionsBenchFigures
{
    PlanPractice practice;
    qint64 delinquent = 0; // families delinquent on the first day
    qint64 accounts = 0;   // put in collections by the set-up
    qint64 plans = 0;      // of those, on collection payment plans
    qint64 firstRunNs = 0;
    qint64 firstCollectionsNs = 0;
    qint64 firstEntered = 0;
    qint64 dayPayments = 0;
    qint64 dayNs = 0;
    qint64 dayCollectionsNs = 0;
    qint64 catchUpDays = 0;
    qint64 catchUpNs = 0;
    qint64 catchUpCollectionsNs = 0;
    qint64 peakKb = 0;
};

// The daily run with its collections step on a generated practice (DailyBillingBenchmark's,
// with statement plans if asked): the set-up puts delinquent families in collections (CGM-like codes,
// statuses held for 0 to 59 days) and some of them on collection payment plans due every 30
// days, then times the first run ever, one day's run after a day of payments (plan
// instalments among them) and a 30-day catch-up, each with the collections step's share
// (the goal: the whole day under a second on SQLite). It adds the practice to the database:
// point it at a scratch database.
class CollectionsBenchmark
{
public:
    struct Options
    {
        int families = 100000;
        int statementPlans = 0;
        int accounts = 20000;
        int plans = 10000;
        quint32 seed = 1;
    };
    using Report = std::function<void(const QString &line)>;

    CollectionsBenchmark(const Database &db, QString user);
    CollectionsBenchFigures run(const Options &options, const Report &report) const;

private:
    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
