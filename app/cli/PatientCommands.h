#pragma once

namespace paydesk::cli {

class CommandContext;

// patient add, family address
class PatientCommands
{
public:
    static int add(CommandContext &context);
    static int familyAddress(CommandContext &context);
};

} // namespace paydesk::cli
