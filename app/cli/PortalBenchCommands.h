#pragma once

namespace paydesk::cli {

class CommandContext;

// bench portal: Fetch and Process Reports on a generated practice.
class PortalBenchCommands
{
public:
    static int bench(CommandContext &context);
};

} // namespace paydesk::cli
