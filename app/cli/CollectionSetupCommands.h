#pragma once

namespace paydesk::cli {

class CommandContext;

// The collections set-up: `collections code add|edit|delete|list` (the Collection Status
// Table, core::CollectionCodeTable), `collections merchant|method add|list` (the webPAY
// lists), `billing-group add|edit|assign|list` and `collections setup-defaults`.
class CollectionSetupCommands
{
public:
    static int codeAdd(CommandContext &context);
    static int codeEdit(CommandContext &context);
    static int codeDelete(CommandContext &context);
    static int codeList(CommandContext &context);
    static int merchantAdd(CommandContext &context);
    static int merchantList(CommandContext &context);
    static int methodAdd(CommandContext &context);
    static int methodList(CommandContext &context);
    static int setupDefaults(CommandContext &context);
    static int groupAdd(CommandContext &context);
    static int groupEdit(CommandContext &context);
    static int groupAssign(CommandContext &context);
    static int groupList(CommandContext &context);
};

} // namespace paydesk::cli
