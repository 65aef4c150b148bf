#pragma once

namespace paydesk::cli {

class CommandContext;

// backup and restore of the whole database (core::DatabaseBackup).
class BackupCommands
{
public:
    static int backup(CommandContext &context);
    static int restore(CommandContext &context);
};

} // namespace paydesk::cli
