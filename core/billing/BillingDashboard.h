#pragma once

#include "billing/BillingStatus.h"
#include "money/Money.h"

#include <QDate>
#include <QList>

#include <utility>

namespace paydesk::core {

class Database;

// What the Dashboard charts: families per billing status (as the lists show them), plans
// the daily run or a user disabled in the 30 days up to `today`, and the payments received
// per month from families while on a plan. The lead implements it; the desk only draws.
class BillingDashboard
{
public:
    explicit BillingDashboard(const Database &db);

    struct Month
    {
        QDate month; // the first day of the month
        Money received;
    };

    // Every status, in BillingStatus order, with its count (zero included).
    QList<std::pair<BillingStatus, qint64>> familiesByStatus() const;
    // Plans disabled per day from today - 29 to today, every day present (zero included).
    QList<std::pair<QDate, qint64>> plansDisabledLast30Days(QDate today) const;
    // The `months` months up to and including today's, oldest first, every month present.
    QList<Month> planPaymentsByMonth(QDate today, int months = 12) const;

private:
    const Database &m_db;
};

} // namespace paydesk::core
