#pragma once

namespace paydesk::cli {

class CommandContext;

// The practice's settings (core::PracticeSettings): config list, config set KEY VALUE.
class ConfigCommands
{
public:
    static int list(CommandContext &context);
    static int set(CommandContext &context);
};

} // namespace paydesk::cli
