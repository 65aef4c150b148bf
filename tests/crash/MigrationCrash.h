#pragma once

#include "CrashOperation.h"

namespace paydesk::test {

// run-nightly over legacy practice groups queued one at a time: each attempt queues the next
// group when none is waiting, then runs the nightly job. A kill leaves the migration Queued,
// In Progress with nothing of its conversion (the next job starts it again), or Active with
// the whole group converted.
class MigrationCrash : public CrashOperation
{
public:
    explicit MigrationCrash(int groups) : m_groups(groups) {}

    void prepare(const paydesk::core::Database &db) override;
    QStringList next(const paydesk::core::Database &db) override;
    Effect effect(const paydesk::core::Database &db, QString &problem) override;
    // Until no migration is Queued or In Progress.
    bool pending(const paydesk::core::Database &db) const override;
    QStringList catchUp(const paydesk::core::Database &behind, const paydesk::core::Database &ahead) override;

private:
    // Migrations Active.
    qint64 progress(const paydesk::core::Database &db) const;

    int m_groups = 0;
    qint64 m_migration = 0;
};

} // namespace paydesk::test
