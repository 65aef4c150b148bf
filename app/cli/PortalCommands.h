#pragma once

namespace paydesk::cli {

class CommandContext;

// paydesk-cli portal …: the clearinghouse's online payments. balance-due lists every family
// with a balance due and the Pay Now address (core::BalanceDueList), as text, JSON or a CSV;
// fetch runs Fetch and Process Reports (core::portal::PortalFetch), files lists the report
// files read, exceptions, match and dismiss work the exceptions queue.
class PortalCommands
{
public:
    static int balanceDue(CommandContext &context);
    static int fetch(CommandContext &context);
    static int files(CommandContext &context);
    static int exceptions(CommandContext &context);
    static int match(CommandContext &context);
    static int dismiss(CommandContext &context);
};

} // namespace paydesk::cli
