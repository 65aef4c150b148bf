#pragma once

namespace paydesk::cli {

class CommandContext;

// account: one family's account as JSON (LedgerJson::account) or as aligned tables.
class AccountCommand
{
public:
    static int run(CommandContext &context);
};

} // namespace paydesk::cli
