#pragma once

namespace paydesk::cli {

class CommandContext;

// report deposit, export.
class ReportCommands
{
public:
    static int deposit(CommandContext &context);
    static int exportList(CommandContext &context);
};

} // namespace paydesk::cli
