#pragma once

#include <QString>

namespace paydesk::core {
class Database;
}

namespace paydesk::test {

// A legacy practice group of `families` families, one patient, `each` charges and `each`
// payments apiece, written straight through LedgerStore as `user`: big enough that a job can
// be stopped midway. Returns the group's id. The same call on two fresh databases writes the
// same ids.
qint64 addLegacyGroup(const paydesk::core::Database &db, const QString &user, const QString &name, int families,
                      int each = 3);

} // namespace paydesk::test
