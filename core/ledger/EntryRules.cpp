#include "ledger/EntryRules.h"

#include "money/Money.h"
#include "util/Tr.h"

namespace paydesk::core {

void EntryRules::checkChargeAmount(QStringList &problems, const Money &amount)
{
    if (!isChargeAmount(amount))
        problems << Tr::tr("The charge amount %1 is negative: a charge may be 0.00 but never less; enter a credit as "
                           "an adjustment.")
                            .arg(amount.toString());
}

void EntryRules::checkAdjustmentAmount(QStringList &problems, const Money &amount)
{
    if (!isAdjustmentAmount(amount))
        problems << Tr::tr("The adjustment amount is 0.00: an adjustment changes the balance.");
}

void EntryRules::checkBirthDate(QStringList &problems, const QDate &date, const QDate &today)
{
    if (!date.isValid())
        problems << Tr::tr("The birth date is missing or not a date (YYYY-MM-DD).");
    else if (!isBirthDate(date, today))
        problems << Tr::tr("The birth date %1 is in the future.").arg(date.toString(Qt::ISODate));
}

} // namespace paydesk::core
