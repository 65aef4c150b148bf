#pragma once

namespace paydesk::cli {

class CommandContext;

// Practice groups (issue 14, core::PracticeGroups): `group add|list|assign`.
class GroupCommands
{
public:
    static int add(CommandContext &context);
    static int list(CommandContext &context);
    static int assign(CommandContext &context);
};

} // namespace paydesk::cli
