#include "migration/MigrationStore.h"

#include "groups/PracticeGroup.h"
#include "ledger/LedgerCalendar.h"
#include "settings/PracticeSettings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Errors.h"
#include "util/Permissions.h"
#include "util/Tr.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace paydesk::core {

namespace {

const QString selectMigrations =
        u"SELECT m.id, m.name, m.practice_group_id, g.name, m.created_at, m.created_by, m.status, m.started_at,"
        " m.completed_on, m.reason, m.families, m.rows_written FROM migrations m"
        " JOIN practice_groups g ON g.id = m.practice_group_id"_s;

Migration readMigration(const SqlQuery &q)
{
    Migration m;
    m.id = q.id(0);
    m.name = q.text(1);
    m.groupId = q.id(2);
    m.groupName = q.text(3);
    m.createdAt = QDateTime::fromString(q.text(4), Qt::ISODateWithMs);
    m.createdBy = q.text(5);
    // The column's CHECK allows only the four codes.
    m.status = Migration::statusFromCode(q.text(6)).value_or(Migration::Status::Error);
    m.startedAt = QDateTime::fromString(q.text(7), Qt::ISODateWithMs);
    m.completedOn = q.date(8);
    m.reason = q.text(9);
    m.families = q.id(10);
    m.rows = q.id(11);
    return m;
}

QList<Migration> readAll(SqlQuery &q)
{
    QList<Migration> all;
    while (q.next())
        all.append(readMigration(q));
    return all;
}

} // namespace

MigrationStore::MigrationStore(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

PracticeGroup MigrationStore::requireQueueable(qint64 groupId, bool lock) const
{
    // Two administrators queueing one group at once: the second waits here, then finds the
    // first's migration (the unique index would otherwise refuse it with a storage error).
    SqlQuery q = m_db.query();
    q.prepare(u"SELECT g.name, g.ledger, (SELECT COUNT(*) FROM families f WHERE f.practice_group_id = g.id)"
              " FROM practice_groups g WHERE g.id = :id"_s
              + (lock && m_db.isPostgres() ? u" FOR UPDATE"_s : QString()))
            .bind(u":id"_s, groupId)
            .exec();
    if (!q.next())
        throw Refusal(Tr::tr("Practice group: there is no group with id %1.").arg(groupId));
    PracticeGroup group;
    group.id = groupId;
    group.name = q.text(0);
    group.ledger = PracticeGroup::ledgerFromCode(q.text(1)).value_or(PracticeGroup::Ledger::Tracked);
    group.families = q.id(2);
    q.finish();
    if (const std::optional<Migration> live = latestOf(groupId); live && live->isLive()) {
        QString state = Migration::statusName(live->status);
        if (live->status == Migration::Status::Active)
            state = Tr::tr("Active since %1").arg(live->completedOn.toString(Qt::ISODate));
        throw Refusal(Tr::tr("Practice group \"%1\" (id %2) has migration %3 already (%4): a group is migrated once, "
                             "and an Active migration is never reversed.")
                              .arg(group.name)
                              .arg(groupId)
                              .arg(live->id)
                              .arg(state));
    }
    if (group.ledger != PracticeGroup::Ledger::Legacy)
        throw Refusal(Tr::tr("Practice group \"%1\" (id %2) keeps tracked allocations already: there is nothing to "
                             "migrate.")
                              .arg(group.name)
                              .arg(groupId));
    return group;
}

QStringList MigrationStore::warnings(qint64 groupId) const
{
    const PracticeGroup group = requireQueueable(groupId, false);
    const QTime nightly = PracticeSettings(m_db).timeOfDay(u"nightly.time"_s);
    const QString zone = QString::fromUtf8(LedgerCalendar(m_db).timeZone().id());
    return {Tr::tr("WARNING: This migrates the whole practice group \"%1\" (id %2, %n families) from the legacy "
                   "ledger to tracked allocations. Every family of the group is migrated, none can stay behind, and "
                   "it cannot be undone.",
                   nullptr,
                   int(group.families))
                    .arg(group.name)
                    .arg(group.id),
            Tr::tr("WARNING: The nightly job starts it at %1 (%2), the practice's nightly time (nightly.time). While "
                   "it runs, postings to the group's families are locked: charges, adjustments, payments, "
                   "allocations, voids and refunds are refused until the migration is Active.")
                    .arg(nightly.toString(u"HH:mm"_s), zone)};
}

qint64 MigrationStore::queue(qint64 groupId)
{
    Permissions::require(m_db, m_user, Permissions::Action::MigrateLedger);
    Transaction tx(m_db);
    const PracticeGroup group = requireQueueable(groupId, true);
    const QString groupName = group.name;

    Migration m;
    m.id = m_db.reserveIds(u"migrations"_s);
    m.name = Migration::kindName();
    m.groupId = groupId;
    m.groupName = groupName;
    m.createdAt = Clock::nowUtc();
    m.createdBy = m_user;
    m.status = Migration::Status::Queued;
    m_db.query()
            .prepare(u"INSERT INTO migrations (id, name, practice_group_id, created_at, created_by, status)"
                     " VALUES (:id, :n, :g, :at, :by, :s)"_s)
            .bind(u":id"_s, m.id)
            .bind(u":n"_s, m.name)
            .bind(u":g"_s, groupId)
            .bind(u":at"_s, m.createdAt.toString(Qt::ISODateWithMs))
            .bind(u":by"_s, m_user)
            .bind(u":s"_s, Migration::statusCode(m.status))
            .exec();
    appendLog(m_db, m.id, {m.createdAt, u"queued"_s, 0, 0, Tr::tr("Queued by %1.").arg(m_user)});
    AuditLog::record(m_db, m_user, u"queue"_s, u"migration"_s, m.id, {}, m.toJson());
    tx.commit();
    return m.id;
}

MigrationPage MigrationStore::page(const QString &searchText, int page) const
{
    // A practice has a migration or two per group, so the search runs over them in C++: its
    // case folding is Unicode's ("Ávila" finds "ÁVILA"), where SQLite's LOWER knows only ASCII.
    // Integers are compared as text so that "22" finds migration 122 and group 225382, as the
    // reference's quick view search does.
    const QString search = searchText.trimmed();
    const auto matches = [&](const Migration &m) {
        const auto has = [&](const QString &text) { return text.contains(search, Qt::CaseInsensitive); };
        return search.isEmpty() || has(QString::number(m.id)) || has(m.name) || has(m.groupName)
            || has(QString::number(m.groupId)) || has(m.createdBy) || has(Migration::statusText(m.status))
            || has(Migration::statusName(m.status));
    };
    SqlQuery q = m_db.query();
    q.prepare(selectMigrations + u" ORDER BY m.id DESC"_s).exec();
    QList<Migration> found;
    while (q.next()) {
        Migration m = readMigration(q);
        if (matches(m))
            found.append(m);
    }
    MigrationPage result;
    result.total = found.size();
    result.pages = std::max<qint64>(1, (result.total + MigrationPage::pageSize - 1) / MigrationPage::pageSize);
    result.page = std::clamp(page, 1, result.pages);
    result.migrations = found.mid(qsizetype(result.page - 1) * MigrationPage::pageSize, MigrationPage::pageSize);
    return result;
}

std::optional<Migration> MigrationStore::find(qint64 id) const
{
    SqlQuery q = m_db.query();
    q.prepare(selectMigrations + u" WHERE m.id = :id"_s).bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    return readMigration(q);
}

std::optional<Migration> MigrationStore::latestOf(qint64 groupId) const
{
    // A new migration is queued only when the group has none that is not Error, so the newest
    // is the live one when there is one.
    SqlQuery q = m_db.query();
    q.prepare(selectMigrations + u" WHERE m.practice_group_id = :g ORDER BY m.id DESC LIMIT 1"_s)
            .bind(u":g"_s, groupId)
            .exec();
    if (!q.next())
        return std::nullopt;
    return readMigration(q);
}

QHash<qint64, Migration> MigrationStore::latestByGroup() const
{
    SqlQuery q = m_db.query();
    q.prepare(selectMigrations + u" ORDER BY m.id"_s).exec();
    QHash<qint64, Migration> latest;
    while (q.next()) {
        Migration m = readMigration(q);
        latest.insert(m.groupId, m);
    }
    return latest;
}

QList<MigrationLogEntry> MigrationStore::log(qint64 id) const
{
    SqlQuery q = m_db.query();
    q.prepare(u"SELECT at, step, families, rows_written, message FROM migration_log WHERE migration_id = :id ORDER BY id"_s)
            .bind(u":id"_s, id)
            .exec();
    QList<MigrationLogEntry> entries;
    while (q.next())
        entries.append({QDateTime::fromString(q.text(0), Qt::ISODateWithMs), q.text(1), q.id(2), q.id(3), q.text(4)});
    return entries;
}

QList<Migration> MigrationStore::withStatus(const Database &db, Migration::Status status)
{
    SqlQuery q = db.query();
    q.prepare(selectMigrations + u" WHERE m.status = :s ORDER BY m.id"_s)
            .bind(u":s"_s, Migration::statusCode(status))
            .exec();
    return readAll(q);
}

void MigrationStore::setStatus(const Database &db, const Migration &m)
{
    const auto timeOrNull = [](const QDateTime &t) { return t.isValid() ? QVariant(t.toString(Qt::ISODateWithMs)) : QVariant(); };
    db.query()
            .prepare(u"UPDATE migrations SET status = :s, started_at = :st, completed_on = :c, reason = :r,"
                     " families = :f, rows_written = :w WHERE id = :id"_s)
            .bind(u":s"_s, Migration::statusCode(m.status))
            .bind(u":st"_s, timeOrNull(m.startedAt))
            .bind(u":c"_s, m.completedOn.isValid() ? QVariant(m.completedOn.toString(Qt::ISODate)) : QVariant())
            // The column is NOT NULL: a migration without a reason has an empty one.
            .bind(u":r"_s, m.reason.isNull() ? u""_s : m.reason)
            .bind(u":f"_s, m.families)
            .bind(u":w"_s, m.rows)
            .bind(u":id"_s, m.id)
            .exec();
}

void MigrationStore::appendLog(const Database &db, qint64 migrationId, const MigrationLogEntry &entry)
{
    db.query()
            .prepare(u"INSERT INTO migration_log (id, migration_id, at, step, families, rows_written, message)"
                     " VALUES (:id, :m, :at, :s, :f, :w, :msg)"_s)
            .bind(u":id"_s, db.reserveIds(u"migration_log"_s))
            .bind(u":m"_s, migrationId)
            .bind(u":at"_s, entry.at.toUTC().toString(Qt::ISODateWithMs))
            .bind(u":s"_s, entry.step)
            .bind(u":f"_s, entry.families)
            .bind(u":w"_s, entry.rows)
            .bind(u":msg"_s, entry.message)
            .exec();
}

QString MigrationStore::describe(const Migration &m)
{
    return Tr::tr("migration %1 (%2) of practice group \"%3\" (id %4)").arg(m.id).arg(m.name, m.groupName).arg(m.groupId);
}

} // namespace paydesk::core
