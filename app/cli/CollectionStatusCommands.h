#pragma once

namespace paydesk::cli {

class CommandContext;

// collections set|clear|status|roster|due: an account's collection status by hand, its
// state and history, the Collection Roster and the webPAY instalments due.
class CollectionStatusCommands
{
public:
    static int set(CommandContext &context);
    static int clear(CommandContext &context);
    static int status(CommandContext &context);
    static int roster(CommandContext &context);
    static int due(CommandContext &context);
};

} // namespace paydesk::cli
