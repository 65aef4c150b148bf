#pragma once

namespace paydesk::cli {

class CommandContext;

// patient add
class PatientCommands
{
public:
    static int add(CommandContext &context);
};

} // namespace paydesk::cli
