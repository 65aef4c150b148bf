#include "migration/NightlyRun.h"

#include "ledger/LedgerCalendar.h"
#include "migration/MigrationRunner.h"
#include "migration/MigrationStore.h"
#include "settings/PracticeSettings.h"
#include "util/Clock.h"
#include "util/Permissions.h"

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
    for (const Migration &m : std::as_const(toRun))
        summary.migrations.append(runner.run(m.id, summary.at.date(), progress));
    return summary;
}

} // namespace paydesk::core
