#pragma once

#include "groups/PracticeGroup.h"
#include "migration/Migration.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace paydesk::core {

class Database;

// A page of the quick view: newest first.
struct MigrationPage
{
    static constexpr int pageSize = 50;

    QList<Migration> migrations;
    int page = 1;   // 1-based, as asked for (clamped to 1 and to the last page)
    int pages = 1;  // at least 1
    qint64 total = 0;
};

// The migrations table and its log: the one place their SQL lives. Reading needs no
// permission beyond sign-in; queue() asks for the administrator's (MigrateLedger).
class MigrationStore
{
public:
    MigrationStore(const Database &db, QString user);

    // Queues the group's migration; returns its id. Refused, naming the group, for an unknown
    // group, a tracked group, and a group whose migration is Queued, In Progress or Active;
    // after Error it may be queued again. One transaction, with its audit row and a "queued"
    // log line.
    qint64 queue(qint64 groupId);
    // What an administrator reads before queueing, the reference's two warnings in PayDesk's
    // words: the whole group, for good; the nightly time and the lock while it runs. Refused
    // as queue() would refuse the group. The desk's Migrate and `migrations queue` without --yes.
    QStringList warnings(qint64 groupId) const;

    // `search` matches the id, the name, the group's name or id, the creator and the status
    // (ignoring case); empty lists every migration.
    MigrationPage page(const QString &search, int page) const;
    std::optional<Migration> find(qint64 id) const;
    // The group's migration that is not Error, else its newest; nullopt when it has none.
    std::optional<Migration> latestOf(qint64 groupId) const;
    // Every group's latest migration, by group id: `group list` and the groups page.
    QHash<qint64, Migration> latestByGroup() const;
    // Oldest first.
    QList<MigrationLogEntry> log(qint64 id) const;

    // The nightly job's writes, each in the caller's transaction.
    static QList<Migration> withStatus(const Database &db, Migration::Status status);
    static void setStatus(const Database &db, const Migration &migration);
    static void appendLog(const Database &db, qint64 migrationId, const MigrationLogEntry &entry);

    // The text a refusal or a banner uses for the migration: "migration 7 (patient_payment)
    // of practice group "Old ledger" (id 3)".
    static QString describe(const Migration &migration);

private:
    // The group, with its families counted, or the Refusal queue() gives; `lock` holds its
    // row (PostgreSQL) for the caller's transaction.
    PracticeGroup requireQueueable(qint64 groupId, bool lock) const;

    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
