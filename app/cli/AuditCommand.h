#pragma once

namespace paydesk::cli {

class CommandContext;

// paydesk-cli audit: the audit trail (core::AuditTrail), newest first, filtered by family,
// user, action and date, as a table, JSON (--json) or a CSV file (--csv, core::AuditExport).
class AuditCommand
{
public:
    static int run(CommandContext &context);
};

} // namespace paydesk::cli
