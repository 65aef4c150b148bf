#pragma once

#include "money/Money.h"

#include <QDate>
#include <QString>

namespace paydesk::core {
class Database;
}

// The practice the statement tests share: families with charges, payments and an
// adjustment, a payment plan, and the statements the daily run sends them.
namespace paydesk::test::statements {

inline const QString clerk = QStringLiteral("clerk");

inline core::Money cents(qint64 value)
{
    return core::Money::fromCents(value);
}

// A family of two: Ana (guarantor) and her son Luis, with a mailing address.
struct Family
{
    qint64 id = 0;
    qint64 ana = 0;
    qint64 luis = 0;
};

Family addFamily(const core::Database &db, const QString &last, const QString &address);
void charge(const core::Database &db, qint64 patient, QDate date, const QString &code, const QString &description,
            qint64 amount);
void discount(const core::Database &db, qint64 patient, QDate date, qint64 amount);
void pay(const core::Database &db, qint64 patient, QDate date, qint64 amount, const QString &reference);
// PlanService's enable, by user "setup".
qint64 enablePlan(const core::Database &db, qint64 familyId, qint64 amount, QDate start);
// The daily run up to `date`, by user "setup".
void runDaily(const core::Database &db, QDate date);
qint64 count(const core::Database &db, const QString &table);
// The pages of a PDF that QPdfWriter wrote: its page objects ("/Type /Page", not "/Pages").
int pdfPages(const QString &path);

// The practice "Lakeside Dental" (name, address, phone set; statements every 28 days): the
// daily run sends the Riveras and the Okafors statement 1 on 2026-01-31; the Riveras then
// go on a plan of 10.00 a month and are sent statement 2 on 2026-02-28, the Okafors having
// paid in full; a charge of 2026-03-02 is on neither. `extraOkaforCharges` charges of 1.00
// dated 2026-01-20 lengthen the Okafors' first statement.
struct Practice
{
    Family rivera;
    Family okafor;
    qint64 plan = 0;
};
Practice practice(const core::Database &db, int extraOkaforCharges = 0);

} // namespace paydesk::test::statements
