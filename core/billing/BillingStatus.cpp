#include "billing/BillingStatus.h"

#include "util/Tr.h"

#include <array>
#include <utility>

namespace paydesk::core {

namespace {

constexpr std::array<std::pair<BillingStatus, const char *>, 7> texts = {{
    {BillingStatus::NotBilled, "Not billed"},
    {BillingStatus::Queued, "Queued for Submission - Patient statement"},
    {BillingStatus::Submitted, "Submitted - Patient statement"},
    {BillingStatus::FinalStatementSent, "Suspended - Final statement sent"},
    {BillingStatus::PendingWriteOff, "Suspended - Pending write-off"},
    {BillingStatus::PaymentPlan, "Payment plan"},
    {BillingStatus::PlanDisabled, "Suspended - Payment plan disabled"},
}};

} // namespace

QString BillingStatuses::text(BillingStatus status)
{
    for (const auto &[value, name] : texts)
        if (value == status)
            return QString::fromLatin1(name);
    return {};
}

std::optional<BillingStatus> BillingStatuses::parse(const QString &text)
{
    for (const auto &[value, name] : texts)
        if (text == QLatin1String(name))
            return value;
    return std::nullopt;
}

BillingStatus BillingStatuses::standardBilling(int statementsSent, int maxStatements)
{
    if (statementsSent >= maxStatements)
        return BillingStatus::FinalStatementSent;
    return statementsSent > 0 ? BillingStatus::Submitted : BillingStatus::Queued;
}

BillingStatus BillingStatuses::newBalance(bool suspendByDefault)
{
    return suspendByDefault ? BillingStatus::PendingWriteOff : BillingStatus::Queued;
}

BillingStatus BillingStatuses::shown(BillingStatus stored, Money currentBalance, bool planEnabled, bool suspendByDefault)
{
    if (!currentBalance.isPositive())
        return BillingStatus::NotBilled;
    if (planEnabled)
        return BillingStatus::PaymentPlan;
    if (stored == BillingStatus::NotBilled)
        return newBalance(suspendByDefault);
    return stored;
}

QString BillingStatuses::planDisabledReason(qint64 days)
{
    return QStringLiteral("Payment plan disabled: no payment for %1 days").arg(days);
}

QString BillingStatuses::planDisabledReasonText(const QString &stored, qint64 days)
{
    if (stored != planDisabledReason(days))
        return stored;
    return Tr::tr("Payment plan disabled: no payment for %1 days").arg(days);
}

} // namespace paydesk::core
