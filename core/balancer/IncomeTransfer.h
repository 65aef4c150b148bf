#pragma once

namespace paydesk::core {

class PlanBuilder;

// The income transfer methods. Every row moves money of the payment it belongs to, and all
// of a run's rows for a family hang off one $0 transfer: unallocated credit moves as one
// row (+X to the charge), unearned income and overpaid charges as a pair (−X from where
// the money sits, +X to the charge that owes). Patient money left at the end becomes
// unearned income of its own patient, provider and clinic. Claim payments are spread first.
class IncomeTransfer
{
public:
    enum class Order {
        // Within the most specific bucket first (patient+provider+clinic, patient+provider,
        // provider+clinic, patient+clinic, provider, patient, clinic, the family); inside a
        // bucket the oldest charges take from the oldest sources.
        Rigorous,
        // The oldest charges, whoever they belong to, take unallocated credit first, then
        // unearned income, then overpaid charges, each oldest first.
        Fifo,
    };

    static void plan(PlanBuilder &builder, Order order);
};

} // namespace paydesk::core
