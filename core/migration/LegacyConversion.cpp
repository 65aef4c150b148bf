#include "migration/LegacyConversion.h"

#include "ledger/AccountReader.h"
#include "ledger/AutoAllocator.h"
#include "ledger/FamilyAccount.h"
#include "storage/AuditLog.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/LedgerStore.h"
#include "storage/SqlQuery.h"
#include "util/Errors.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace paydesk::core {

namespace {

// Families read, planned and written at a time: memory stays that of a batch however large
// the group, and progress is reported once a batch.
constexpr qsizetype familiesPerBatch = 2000;

struct Totals
{
    qint64 payments = 0; // payments that were given allocations
    qint64 allocations = 0;
    Money allocated;
};

// Every legacy payment of the family, oldest first, by the foundation's FIFO rule: each takes
// what its credit reaches of the items the earlier ones left open.
QList<Allocation> planFamily(const FamilyAccount &account, Totals &totals)
{
    QList<Allocation> rows;
    QList<OpenItem> items = AutoAllocator::openItems(account);
    for (const PaymentLine &line : account.payments) {
        if (line.payment.kind != Payment::Kind::Payment || line.isVoided())
            continue;
        const QList<Split> splits = AutoAllocator::plan(line.availableCredit(), items);
        if (splits.isEmpty())
            continue;
        ++totals.payments;
        for (const Split &split : splits) {
            const auto item = std::find_if(
                    items.begin(), items.end(), [&](const OpenItem &open) { return open.target == split.target; });
            item->balance -= split.amount;
            Allocation row;
            row.paymentId = line.payment.id;
            row.target = split.target;
            row.amount = split.amount;
            row.patientId = item->patientId;
            row.providerId = item->providerId;
            row.clinicId = item->clinicId;
            row.rule = AllocationRule::Migration;
            rows.append(row);
            totals.allocated += split.amount;
        }
    }
    return rows;
}

// The group's families, ascending. On PostgreSQL they are locked first, so that a posting
// that passed the PostingLock just before the migration started is either waited for or
// seen whole; SQLite's write lock, held by the caller's transaction, already does.
QList<qint64> lockGroup(const Database &db, qint64 groupId)
{
    // The group's own row first: PracticeGroups::assign shares it before it moves a family in
    // or out, so no family joins or leaves between this list and the commit.
    if (db.isPostgres())
        db.query().prepare(u"SELECT id FROM practice_groups WHERE id = :g FOR UPDATE"_s).bind(u":g"_s, groupId).exec();
    SqlQuery q = db.query();
    q.prepare(u"SELECT id FROM families WHERE practice_group_id = :g ORDER BY id"_s
              + (db.isPostgres() ? u" FOR UPDATE"_s : QString()))
            .bind(u":g"_s, groupId)
            .exec();
    QList<qint64> families;
    while (q.next())
        families.append(q.id(0));
    return families;
}

} // namespace

LegacyConversion::LegacyConversion(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

MigrationProgress LegacyConversion::run(qint64 migrationId, qint64 groupId, const MigrationProgressFn &progress) const
{
    const QList<qint64> families = lockGroup(m_db, groupId);
    MigrationProgress done{.migrationId = migrationId, .familiesDone = 0, .families = families.size(), .rows = 0};
    Totals totals;
    const AccountReader reader(m_db);
    LedgerStore store(m_db, m_user);
    for (qsizetype first = 0; first < families.size(); first += familiesPerBatch) {
        const QList<qint64> batch = families.mid(first, familiesPerBatch);
        const QSet<qint64> wanted(batch.cbegin(), batch.cend());
        QList<Allocation> rows;
        // The range may hold other groups' families: they are read and left alone.
        QList<FamilyAccount> accounts;
        try {
            accounts = reader.loadRange(batch.first(), batch.last());
        } catch (const Refusal &) {
            // One of them may be unreadable (amounts beyond Money's range): that is its own
            // group's to fix, not a reason to fail this one. The group's families are read one
            // at a time instead, so a refusal can only name one of them.
            accounts.clear();
            for (const qint64 family : batch)
                accounts.append(reader.load(family));
        }
        for (const FamilyAccount &account : std::as_const(accounts)) {
            if (wanted.contains(account.familyId))
                rows += planFamily(account, totals);
        }
        if (!rows.isEmpty()) {
            qint64 id = m_db.reserveIds(u"allocations"_s, rows.size());
            // Many rows to a statement: on PostgreSQL a round trip each would cost more than
            // everything else the conversion does.
            BulkStatement::Batching batching(m_db);
            for (Allocation &row : rows) {
                row.id = id++;
                store.insertAllocation(row);
            }
            batching.flush();
        }
        done.familiesDone += batch.size();
        done.rows += rows.size();
        if (progress)
            progress(done);
    }
    totals.allocations = done.rows;
    // One audit row for the whole conversion, with its counts, rather than one per
    // allocation: a group of 100,000 families would otherwise add millions of audit rows
    // that say nothing more than "migration N wrote this", which every row's rule and
    // created_by already say.
    AuditLog::record(m_db,
                     m_user,
                     u"convert"_s,
                     u"migration"_s,
                     migrationId,
                     {},
                     {{u"group"_s, groupId},
                      {u"families"_s, done.families},
                      {u"payments"_s, totals.payments},
                      {u"allocations"_s, totals.allocations},
                      {u"allocated"_s, totals.allocated.toString()}});
    if (progress && families.isEmpty())
        progress(done);
    return done;
}

} // namespace paydesk::core
