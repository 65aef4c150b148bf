#pragma once

#include <QString>
#include <QStringList>

namespace paydesk::core {

class Database;
struct CollectionRosterRow;

// The Collection Roster as CSV, the same file from `collections roster --csv` and the
// Collections page's Export: the header is CollectionRosterRow::csvHeader() (the JSON keys),
// each row its toJson() values, money as 1234.50, dates YYYY-MM-DD, null as an empty field.
class CollectionRosterCsv
{
public:
    static QStringList row(const CollectionRosterRow &row);

    // Writes the roster (every account with a status, or only `code`) to `path`, replacing
    // it only when complete. Asks Permissions (Export) first. Returns the rows written;
    // throws Refusal when the file cannot be written.
    static qint64 write(const Database &db, const QString &user, const QString &code, const QString &path);
};

} // namespace paydesk::core
