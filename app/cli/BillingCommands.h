#pragma once

namespace paydesk::cli {

class CommandContext;

// run-daily, plan enable|disable|amount, billing requeue, bench daily.
class BillingCommands
{
public:
    static int runDaily(CommandContext &context);
    static int planEnable(CommandContext &context);
    static int planDisable(CommandContext &context);
    static int planAmount(CommandContext &context);
    static int requeue(CommandContext &context);
    static int bench(CommandContext &context);
};

} // namespace paydesk::cli
