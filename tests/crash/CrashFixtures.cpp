#include "CrashFixtures.h"

#include "import/DemoPractice.h"
#include "ledger/LedgerCalendar.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace paydesk::test {

namespace {

constexpr quint32 demoSeed = 15;

} // namespace

void addDemo(const core::Database &db, int families)
{
    core::DemoPractice::add(db, crashUser, families, demoSeed, core::LedgerCalendar(db).today());
}

qint64 scalar(const core::Database &db, const QString &sql)
{
    core::SqlQuery q = db.query();
    q.prepare(sql).exec();
    return q.next() ? q.id(0) : -1;
}

} // namespace paydesk::test
