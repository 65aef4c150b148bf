#pragma once

#include "money/Money.h"

#include <QJsonObject>
#include <QString>

namespace paydesk::core::portal {

// What one Fetch and Process Reports did, for the desk's notification area, `portal fetch`
// and run-daily's first step. A file is counted once: in `files` when it was read, in
// `filesSkipped` when its SHA-256 had been processed before. Each record read lands in exactly
// one of posted, refunds, duplicates, skipped and exceptions (an insurer's 835 is one exception).
struct FetchSummary
{
    qint64 files = 0;
    qint64 filesSkipped = 0;
    qint64 posted = 0;
    Money postedTotal; // the payments posted, refunds not deducted
    qint64 refunds = 0;
    qint64 duplicates = 0;
    qint64 skipped = 0;
    qint64 exceptions = 0;

    FetchSummary &operator+=(const FetchSummary &other);

    // The keys: files, files_skipped, posted, posted_total (money text "12.50"),
    // refunds, duplicates, skipped, exceptions.
    QJsonObject toJson() const;
    // The translated summary the desk notifies and the CLI prints: "Posted 3 payments
    // ($150.00); 1 refund; 0 duplicates; 1 skipped; 2 exceptions (2 files read, 1 skipped)."
    QString line() const;
};

} // namespace paydesk::core::portal
