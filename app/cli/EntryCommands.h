#pragma once

namespace paydesk::cli {

class CommandContext;

// charge add, adjustment add: production entered by hand.
class EntryCommands
{
public:
    static int addCharge(CommandContext &context);
    static int addAdjustment(CommandContext &context);
};

} // namespace paydesk::cli
