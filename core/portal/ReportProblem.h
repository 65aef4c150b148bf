#pragma once

#include <QString>

namespace paydesk::core::portal {

// A record of a clearinghouse report that could not be read as a transaction, for the
// exceptions queue: where it is, what it says, and why (the field and its value, translated).
// Line 0 means the whole file (an insurer's 835, a file that is not a report).
struct ReportProblem
{
    QString file;
    int line = 0;
    QString raw;
    QString reason;
};

} // namespace paydesk::core::portal
