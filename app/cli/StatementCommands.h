#pragma once

namespace paydesk::cli {

class CommandContext;

// statement, statements print: PDFs of patient statements. Printing never sends: nothing is
// written to the database.
class StatementCommands
{
public:
    static int family(CommandContext &context);
    static int day(CommandContext &context);
};

} // namespace paydesk::cli
