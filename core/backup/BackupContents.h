#pragma once

#include "backup/AuditMark.h"

namespace paydesk::core {

// What a backup file holds, read before anything is restored from it.
struct BackupContents
{
    int schemaVersion = 0;
    AuditMark last;
};

} // namespace paydesk::core
