#pragma once

namespace paydesk::cli {

class CommandContext;

// collections populate, bench collections: the collections step of the daily run.
class CollectionsRunCommands
{
public:
    static int populate(CommandContext &context);
    static int bench(CommandContext &context);
};

} // namespace paydesk::cli
