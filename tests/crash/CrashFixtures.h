#pragma once

#include <QString>

namespace paydesk::core {
class Database;
}

namespace paydesk::test {

// The user every crash test's command and set-up runs as (an open database: any name may).
inline const QString crashUser = QStringLiteral("crash");

// The demo practice of `families` families, the same on every fresh database (fixed seed,
// today's date).
void addDemo(const paydesk::core::Database &db, int families);
// The first column of the first row of `sql`, or -1 without a row.
qint64 scalar(const paydesk::core::Database &db, const QString &sql);

} // namespace paydesk::test
