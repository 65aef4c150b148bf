#pragma once

#include "portal/FetchSummary.h"

#include <QString>

#include <functional>

namespace paydesk::core {
class Database;
}

namespace paydesk::core::portal {

class PortalJournal;

// Fetch and Process Reports: reads every report file in the folder in the order of their
// names; a file whose SHA-256 was processed before is skipped whole. `*_dpa835_*.rep` is read
// as an X12 835 (RemittanceFile), anything else as an EOD Posting File (EodPostingFile). Each
// transaction stands on its own: it posts (a payment on the guarantor, method portal,
// auto-allocated FIFO across the family), refunds (PaymentPoster's refund that takes
// allocations back), is a duplicate (same transaction id and action, or an 835 that agrees
// with an EOD transaction on authorization number, amount, date and direction), is skipped
// (status D, V, SE) or becomes an exception (PortalExceptionQueue); none is ever recorded
// twice. Each file is recorded (PortalFileLog).
//
// Asks Permissions (ManagePortalPayments) of `user` before anything; postings and the audit
// trail are written as `user`. run-daily (DailyBillingRun) runs it as daily-run after its own
// permission check.
class PortalFetch
{
public:
    PortalFetch(const Database &db, QString user);
    // run-daily's first step: writes as daily-run and asks no permission, since the daily run
    // asked its own (RunDailyBilling) of the user who started it.
    static PortalFetch forDailyRun(const Database &db);

    // Called after each file with its name, the files done and the files in all; returning
    // false stops before the next file (what was processed stays).
    using Progress = std::function<bool(const QString &file, int done, int total)>;

    // `folder` empty: portal.report_folder (refused when that is not set or not a folder).
    FetchSummary run(const QString &folder = {}, const Progress &progress = {});

private:
    // One readable file: skipped whole when its SHA-256 was finished before, else each record.
    FetchSummary fetchFile(PortalJournal &journal, const QString &name, const QByteArray &content) const;

    const Database &m_db;
    QString m_user;
    bool m_askPermission = true;
};

} // namespace paydesk::core::portal
