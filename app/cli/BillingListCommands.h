#pragma once

namespace paydesk::cli {

class CommandContext;

// paydesk-cli billing status and billing list: families as the Patient Billing page shows
// them (core::BillingAccountReader), as text, JSON or a CSV file (core::BillingListCsv).
class BillingListCommands
{
public:
    static int status(CommandContext &context);
    static int list(CommandContext &context);
};

} // namespace paydesk::cli
