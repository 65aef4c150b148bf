#pragma once

namespace paydesk::cli {

class CommandContext;

// charge add, adjustment add: production entered by hand; charge void, adjustment void:
// taking it back.
class EntryCommands
{
public:
    static int addCharge(CommandContext &context);
    static int addAdjustment(CommandContext &context);
    static int voidCharge(CommandContext &context);
    static int voidAdjustment(CommandContext &context);
};

} // namespace paydesk::cli
