#pragma once

namespace paydesk::cli {

class CommandContext;

// The practice's users (core::UserDirectory): user add, list, password, role, disable,
// enable. Passwords come from files only (PasswordInput), never from the command line.
class UserCommands
{
public:
    static int add(CommandContext &context);
    static int list(CommandContext &context);
    static int password(CommandContext &context);
    static int role(CommandContext &context);
    static int disable(CommandContext &context);
    static int enable(CommandContext &context);
};

} // namespace paydesk::cli
