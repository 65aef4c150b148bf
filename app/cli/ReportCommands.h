#pragma once

namespace paydesk::cli {

class CommandContext;

// report deposit, report aging, export.
class ReportCommands
{
public:
    static int deposit(CommandContext &context);
    static int aging(CommandContext &context);
    static int exportList(CommandContext &context);
};

} // namespace paydesk::cli
