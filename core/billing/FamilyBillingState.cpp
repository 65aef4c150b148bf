#include "billing/FamilyBillingState.h"

namespace paydesk::core {

void FamilyBillingState::setStatus(BillingStatus to, QDate on)
{
    if (status != to || !statusSince.isValid())
        statusSince = on;
    status = to;
}

void FamilyBillingState::returnToStandardBilling(int maxStatements, QDate on)
{
    setStatus(BillingStatuses::standardBilling(statementsSent, maxStatements), on);
    resumeOn = {};
    suspensionReason.clear();
}

void FamilyBillingState::settle(QDate on)
{
    setStatus(BillingStatus::NotBilled, on);
    statementsSent = 0;
    resumeOn = {};
    suspensionReason.clear();
}

void FamilyBillingState::startNewBalance(bool suspendByDefault, QDate on)
{
    setStatus(BillingStatuses::newBalance(suspendByDefault), on);
    statementsSent = 0;
}

} // namespace paydesk::core
