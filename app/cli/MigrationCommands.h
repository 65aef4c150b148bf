#pragma once

namespace paydesk::cli {

class CommandContext;

// Migrations from the legacy ledger to tracked allocations (issue 14, core/migration):
// `migrations queue|list|log|resume`, the nightly job (`run-nightly`) and `bench migration`.
class MigrationCommands
{
public:
    static int queue(CommandContext &context);
    static int list(CommandContext &context);
    static int log(CommandContext &context);
    static int resume(CommandContext &context);
    static int runNightly(CommandContext &context);
    static int bench(CommandContext &context);
};

} // namespace paydesk::cli
