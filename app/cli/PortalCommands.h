#pragma once

namespace paydesk::cli {

class CommandContext;

// paydesk-cli portal …: the clearinghouse's online payments. balance-due lists every family
// with a balance due and the Pay Now address (core::BalanceDueList), as text, JSON or a CSV.
class PortalCommands
{
public:
    static int balanceDue(CommandContext &context);
};

} // namespace paydesk::cli
