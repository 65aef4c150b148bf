#pragma once

namespace paydesk::cli {

class CommandContext;

// balance-families, report net-unearned.
class BalancerCommands
{
public:
    static int balanceFamilies(CommandContext &context);
    static int netUnearned(CommandContext &context);
};

} // namespace paydesk::cli
