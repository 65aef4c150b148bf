#pragma once

#include "money/Money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace paydesk::core {

class Database;

// After a conversion or a balancer run: the families still holding unearned income
// (prepayments), how long they have held it, and what their charges still owe, so that a
// billing manager can apply it or refund it.
struct NetUnearnedReport
{
    struct Line
    {
        qint64 familyId = 0;
        QString guarantor;
        Money unearned;
        QDate oldest; // date of the oldest payment whose unearned income is still held
        qint64 daysHeld = 0;
        Money chargesOwe; // Σ of the positive balances of the family's charges
    };

    QDate today;
    QList<Line> lines; // family id order
    Money totalUnearned;
    Money totalChargesOwe;

    static NetUnearnedReport build(const Database &db, const QDate &today);
    // The same for `user`, after Permissions::require(RunReports). The form without a user is for a
    // caller that asked Permissions itself.
    static NetUnearnedReport build(const Database &db, const QString &user, const QDate &today);
    // Columns: family_id, guarantor, unearned, oldest_date, days_held, charges_owe.
    void writeCsv(const QString &path) const;
};

} // namespace paydesk::core
