#pragma once

namespace paydesk::cli {

class CommandContext;

// balance-families, report net-unearned, bench balancer.
class BalancerCommands
{
public:
    static int balanceFamilies(CommandContext &context);
    static int netUnearned(CommandContext &context);
    static int bench(CommandContext &context);
};

} // namespace paydesk::cli
