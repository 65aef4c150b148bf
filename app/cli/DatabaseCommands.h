#pragma once

namespace paydesk::cli {

class CommandContext;

// Whole-database work: init, import, verify, demo, bench.
class DatabaseCommands
{
public:
    static int init(CommandContext &context);
    static int importFolder(CommandContext &context);
    static int verify(CommandContext &context);
    static int demo(CommandContext &context);
    static int bench(CommandContext &context);
};

} // namespace paydesk::cli
