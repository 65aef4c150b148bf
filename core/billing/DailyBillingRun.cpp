#include "billing/DailyBillingRun.h"

#include "billing/BillingDayProcessor.h"
#include "billing/BillingRunLock.h"
#include "ledger/LedgerCalendar.h"
#include "portal/PortalFetch.h"
#include "settings/PracticeSettings.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/Permissions.h"
#include "util/Tr.h"

namespace paydesk::core {

QString BillingDay::line() const
{
    return Tr::tr("%1: statements %2, plans disabled %3, completed %4, billing resumed %5")
            .arg(date.toString(Qt::ISODate))
            .arg(statements)
            .arg(plansDisabled)
            .arg(completed)
            .arg(billingResumed);
}

QString BillingDay::collectionsLine() const
{
    if (!collectionsOn)
        return {};
    return Tr::tr("  collections: entered %1, moved %2, left %3, plans failed %4, plans paid %5")
            .arg(collectionsEntered)
            .arg(collectionsMoved)
            .arg(collectionsLeft)
            .arg(collectionPlansFailed)
            .arg(collectionPlansPaid);
}

QJsonObject BillingDay::toJson() const
{
    QJsonObject json{{QStringLiteral("date"), date.toString(Qt::ISODate)},
                     {QStringLiteral("statements"), statements},
                     {QStringLiteral("plans_disabled"), plansDisabled},
                     {QStringLiteral("completed"), completed},
                     {QStringLiteral("billing_resumed"), billingResumed}};
    if (collectionsOn) {
        json.insert(QStringLiteral("collections_entered"), collectionsEntered);
        json.insert(QStringLiteral("collections_moved"), collectionsMoved);
        json.insert(QStringLiteral("collections_left"), collectionsLeft);
        json.insert(QStringLiteral("collection_plans_failed"), collectionPlansFailed);
        json.insert(QStringLiteral("collection_plans_paid"), collectionPlansPaid);
    }
    return json;
}

DailyBillingRun::DailyBillingRun(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

QList<BillingDay> DailyBillingRun::run(QDate date, const Progress &progress)
{
    m_portal.reset();
    Permissions::require(m_db, m_user, Permissions::Action::RunDailyBilling);
    const QDate today = LedgerCalendar(m_db).today();
    if (!date.isValid())
        date = today;
    if (date > today)
        throw Refusal(Tr::tr("Run date %1 is after today (%2): the daily run processes days that have begun.")
                              .arg(date.toString(Qt::ISODate), today.toString(Qt::ISODate)));

    m_backup.reset();
    if (m_rotatingBackup) {
        // A backup that fails stops the run, loudly (exit status 1 from the timer's job),
        // rather than billing on and warning: a warning in a log nobody reads would let the
        // backups stop for weeks unnoticed, while a day not billed is only late, as the next
        // run catches up every day since the last. Taken before the run's lock, so that a
        // restored backup never holds a run in progress.
        m_backup = RotatingBackup(m_db, m_user).run(today);
    }
    const BillingRunLock lock(m_db, m_user);
    std::optional<BillingDayProcessor> processor;
    const auto load = [&] {
        processor.emplace(m_db, BillingPolicy::read(m_db), m_user);
        Transaction snapshot(m_db, Transaction::Mode::Read);
        processor->load();
        snapshot.commit();
    };
    load();
    const QDate last = processor->lastDay();
    if (last.isValid() && date < last)
        throw Refusal(Tr::tr("Run date %1 is before the last run (%2): days already run are not run again.")
                              .arg(date.toString(Qt::ISODate), last.toString(Qt::ISODate)));
    if (!PracticeSettings(m_db).value(QStringLiteral("portal.report_folder")).trimmed().isEmpty()) {
        m_portal = portal::PortalFetch::forDailyRun(m_db).run();
        // A payment can move an account out of collections at once (CollectionsRecheck): the
        // days start from the state as the fetch left it.
        load();
    }
    // The first run ever processes its date alone; later ones catch up from the day after the last.
    const QDate first = last.isValid() ? last.addDays(1) : date;
    const int total = int(first.daysTo(date)) + 1;
    QList<BillingDay> days;
    for (QDate day = first; day <= date; day = day.addDays(1)) {
        Transaction tx(m_db);
        const BillingDay done = processor->process(day);
        tx.commit();
        days.append(done);
        if (progress && !progress(done, int(days.size()), total))
            break;
    }
    return days;
}

} // namespace paydesk::core
