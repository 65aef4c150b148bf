#pragma once

#include <QString>

namespace paydesk::core::portal {

// A record of a clearinghouse report that could not be read: where it stands, what it was and
// why, the reason naming the field and the value (translated). It goes to the exceptions queue.
struct PortalProblem
{
    QString file; // the report's file name, as in the folder
    int line = 0; // 1-based line of the record; 0 when the problem is the whole file
    QString raw;  // the record as it stands in the file (empty for a whole-file problem)
    QString reason;
};

} // namespace paydesk::core::portal
