#pragma once

#include "reports/Aging.h"

#include <QList>

namespace paydesk::core {

class Database;

// Aging for the whole practice as of a date: every family that owes on that date, its
// balance by bucket (Aging), and the totals per bucket. Read through one PracticeSnapshot
// (a scan of each table), not one account at a time, so 100,000 families take seconds.
struct AgingReport
{
    struct Line
    {
        qint64 familyId = 0;
        QString guarantor; // "Last, First"
        AgedBalance aged;
    };

    QDate asOf;
    QList<Line> lines; // families that owe, in family id order
    AgedBalance totals;

    // Throws Refusal for an as-of date after today (LedgerCalendar::checkReportDate).
    static AgingReport build(const Database &db, const QDate &asOf);
    // The same for `user`, after Permissions::require(RunReports). The form without a user is for a
    // caller that asked Permissions itself.
    static AgingReport build(const Database &db, const QString &user, const QDate &asOf);
    // One row per line with exactly the columns family, guarantor, 0-30, 31-60, 61-90,
    // over_90, balance (money as 1234.50); no total rows, so every column sums cleanly.
    // Throws StorageError when the file cannot be written.
    void writeCsv(const QString &path) const;
    static QStringList csvHeader();
};

} // namespace paydesk::core
