#pragma once

namespace paydesk::cli {

class CommandContext;

// collections plan add|edit|end: payment plans in collections (the non-delinquent plan
// screen, and with --delinquent a collection payment plan).
class CollectionPlanCommands
{
public:
    static int add(CommandContext &context);
    static int edit(CommandContext &context);
    static int end(CommandContext &context);
};

} // namespace paydesk::cli
