#pragma once

namespace paydesk::cli {

class CommandContext;

// post-payment, allocate, void-payment, refund.
class PaymentCommands
{
public:
    static int post(CommandContext &context);
    static int allocate(CommandContext &context);
    static int voidPayment(CommandContext &context);
    static int refund(CommandContext &context);
};

} // namespace paydesk::cli
