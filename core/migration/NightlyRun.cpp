#include "migration/NightlyRun.h"

#include "ledger/LedgerCalendar.h"
#include "migration/MigrationRunner.h"
#include "migration/MigrationStore.h"
#include "settings/PracticeSettings.h"
#include "util/Clock.h"
#include "util/Errors.h"
#include "util/Permissions.h"
#include "util/Tr.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace paydesk::core {

namespace {

// What the quick view shows, and what the job did to it: the rows it wrote, the families
// it converted and, for an Error, why.
QJsonObject ranJson(const Migration &m)
{
    QJsonObject json = m.toJson();
    json.insert(u"families"_s, m.families);
    json.insert(u"rows"_s, m.rows);
    json.insert(u"reason"_s, m.status == Migration::Status::Error ? QJsonValue(m.reason) : QJsonValue());
    return json;
}

} // namespace

QJsonObject NightlySummary::toJson() const
{
    QJsonArray ran, queued;
    for (const Migration &m : migrations)
        ran.append(ranJson(m));
    for (const Migration &m : waiting)
        queued.append(m.toJson());
    return {{u"at"_s, at.toString(u"yyyy-MM-ddTHH:mm"_s)},
            {u"nightly_time"_s, nightlyTime.toString(u"HH:mm"_s)},
            {u"due"_s, due},
            {u"migrations"_s, ran},
            {u"waiting"_s, queued}};
}

QStringList NightlySummary::lines() const
{
    QStringList shown;
    for (const Migration &m : migrations)
        shown << m.outcome();
    if (!due)
        shown << Tr::tr("nothing due before %1 (it is %2): %n queued migration(s) waiting.", nullptr, int(waiting.size()))
                         .arg(nightlyTime.toString(u"HH:mm"_s), at.toString(u"HH:mm"_s));
    else if (migrations.isEmpty())
        shown << Tr::tr("no migration queued.");
    return shown;
}

bool NightlySummary::anyFailed() const
{
    return std::any_of(migrations.cbegin(), migrations.cend(),
                       [](const Migration &m) { return m.status == Migration::Status::Error; });
}

NightlyRun::NightlyRun(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

NightlySummary NightlyRun::run(const std::optional<QDateTime> &at, const MigrationProgressFn &progress) const
{
    Permissions::require(m_db, m_user, Permissions::Action::MigrateLedger);
    NightlySummary summary;
    if (at) {
        summary.at = *at;
    } else {
        const QDateTime local = Clock::nowUtc().toTimeZone(LedgerCalendar(m_db).timeZone());
        summary.at = QDateTime(local.date(), local.time());
    }
    summary.nightlyTime = PracticeSettings(m_db).timeOfDay(u"nightly.time"_s);
    summary.due = summary.at.time() >= summary.nightlyTime;

    // A migration left In Progress lost its job: it is started again whatever the time, as
    // its group stays locked until it ends.
    QList<Migration> toRun = MigrationStore::withStatus(m_db, Migration::Status::InProgress);
    const QList<Migration> queued = MigrationStore::withStatus(m_db, Migration::Status::Queued);
    if (summary.due)
        toRun += queued;
    else
        summary.waiting = queued;
    std::sort(toRun.begin(), toRun.end(), [](const Migration &a, const Migration &b) { return a.id < b.id; });

    const MigrationRunner runner(m_db, m_user);
    const MigrationStore store(m_db, m_user);
    for (const Migration &m : std::as_const(toRun)) {
        try {
            summary.migrations.append(runner.run(m.id, summary.at.date(), progress));
        } catch (const Refusal &) {
            // Another job ran it to its end while this one waited (SQLite queues the second job
            // on the write lock): it is reported as it ended, and the jobs after it still run.
            const std::optional<Migration> now = store.find(m.id);
            if (!now || now->status == Migration::Status::Queued || now->status == Migration::Status::InProgress)
                throw;
            summary.migrations.append(*now);
        }
    }
    return summary;
}

} // namespace paydesk::core
