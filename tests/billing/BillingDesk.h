#pragma once

#include "LedgerDesk.h"

#include "billing/BillingAccount.h"
#include "billing/DailyBillingRun.h"
#include "billing/FamilyBillingState.h"
#include "plans/PaymentPlan.h"
#include "util/Clock.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace paydesk::test {

// The billing tests' desk: the ledger desk, a clock the test moves from day to day (each
// action happens at noon of its day, in a practice on UTC), the daily run, the plans, and
// what the billing tables hold, in words a test table can compare.
class BillingDesk
{
public:
    explicit BillingDesk(const core::Database &db, const QString &user = QStringLiteral("manager"));

    const core::Database &db() const { return m_ledger.db(); }
    LedgerDesk &ledger() { return m_ledger; }
    const QString &user() const { return m_user; }

    // The clock's day from now on.
    void at(QDate day);
    QDate today() const { return m_today; }
    void settings(const QList<std::pair<QString, QString>> &values);

    // A new family with a guarantor; returns the family, and its guarantor in `patient`.
    qint64 family(qint64 *patient, const QString &lastName = QStringLiteral("Rivera"));
    // A new family that owes `amount` from a charge of 2026-01-02.
    qint64 owingFamily(qint64 *patient, const QString &amount);
    // Entries are entered on their day unless the clock is past it already.
    void charge(qint64 patient, QDate date, const QString &amount);
    qint64 pay(qint64 patient, QDate date, const QString &amount);
    // The daily run up to `day` (the clock moves there first): one line per day, each
    // followed by its collections line when collections are on, as run-daily prints them.
    QStringList run(QDate day);

    // The family's state as the run keeps it (its balance as of the last day).
    core::FamilyBillingState state(qint64 family) const;
    // The family as the lists show it (BillingAccountReader), and its shown status.
    core::BillingAccount account(qint64 family) const;
    QString status(qint64 family) const;
    std::optional<core::PaymentPlan> plan(qint64 family) const;
    // "2026-01-05 #1 balance 240.00 due 240.00" per statement of the family, in order.
    QStringList statements(qint64 family) const;
    // The family's audit rows: "action by user" in order.
    QStringList audit(qint64 family) const;

    qint64 scalar(const QString &sql) const { return m_ledger.scalar(sql); }

private:
    LedgerDesk m_ledger;
    QString m_user;
    core::Clock::Override m_clock;
    QDate m_today;
};

QDate date(const char *text);

} // namespace paydesk::test
