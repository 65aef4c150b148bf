#pragma once

#include <QtGlobal>

#include <functional>

namespace paydesk::core {

// How far a conversion is: reported inside its transaction (so a test can hold the job there)
// and shown by the desk and the CLI while it runs.
struct MigrationProgress
{
    qint64 migrationId = 0;
    qint64 familiesDone = 0;
    qint64 families = 0; // of the group
    qint64 rows = 0;     // rows written so far
};

using MigrationProgressFn = std::function<void(const MigrationProgress &)>;

} // namespace paydesk::core
