#pragma once

#include "billing/BillingAccountReader.h"

#include <QStringList>

namespace paydesk::core {

// A billing list as CSV, the same file from `billing list --csv` and the desk's export.
// The columns are the JSON keys of BillingAccount::toJson, the plan's prefixed "plan_",
// except the Payment plans list, which keeps ZOLL's header (MontlyPaymentPlanAmount, sic):
// Account, Guarantor, MontlyPaymentPlanAmount, PlanStart, LastPaymentDate, LastPaymentAmount,
// DaysSinceLastPayment, LastStatement, Balance, Status.
class BillingListCsv
{
public:
    static QStringList header(BillingList list);
    static QStringList row(BillingList list, const BillingAccount &account);

    // Writes the list (filtered as BillingAccountReader::list filters) to `path`, replacing
    // it only when complete. Asks Permissions (Export) first. Returns the rows written;
    // throws Refusal when the file cannot be written.
    static qint64 write(const Database &db, const QString &user, BillingList list, const QString &filter,
                        const QString &path);
};

} // namespace paydesk::core
