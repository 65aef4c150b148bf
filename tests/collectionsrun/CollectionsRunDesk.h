#pragma once

#include "BillingDesk.h"

#include "collections/CollectionPlan.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace paydesk::test {

// The collections tests' desk: the billing desk with a Collection Status Table and the
// Patient Collections Integration set up, plans and statuses written as the plan screen and
// the Collections page write them, and what the collections tables hold, in words a test
// compares.
class CollectionsRunDesk
{
public:
    explicit CollectionsRunDesk(const core::Database &db);

    BillingDesk &billing() { return m_billing; }
    const core::Database &db() const { return m_billing.db(); }

    // The status table (IC 10 days -> C2, C2 10 -> AG, AG, CP 5 -> AG, CPF 15 -> AG, ND,
    // NDF 20 -> IC) and the integration (initial IC, CP/CPF, ND/NDF, minimum 25.00, delinquent
    // after `delinquentDays`). Collections are off until this is called.
    void setUp(int delinquentDays);

    // The start of most timelines: setUp(delinquentDays), a family owing `amount` from a
    // charge of 2026-01-02 (its guarantor in `patient`), and the first run on 2026-01-05.
    qint64 start(int delinquentDays, const QString &amount, qint64 *patient);
    // On 2026-01-10, a non-delinquent plan of 50.00 every 30 days from that day (due 02-09
    // unless `next` says otherwise).
    void ndPlan(qint64 family, QDate next = {}, const QString &defaultStatus = {});
    // A plan as the plan screen saves it, on the clock's day: Active, the account in the
    // kind's plan code. `next` null: start + days; `defaultStatus` empty: the kind's failed code.
    qint64 addPlan(qint64 family,
                   core::CollectionPlan::Kind kind,
                   QDate start,
                   const QString &amount,
                   int days,
                   QDate next = {},
                   const QString &defaultStatus = {});
    // Puts the family in a billing group with Suppress Collections.
    void suppress(qint64 family);

    // The family's collection status ("" for none), whether it stays there, its latest plan
    // ("Active next 2026-02-09", "Failed on 2026-03-12 by daily-run", "" without one) and its
    // history ("IC from 2026-02-01 by daily-run", "- from ..." for a period out of collections).
    QString code(qint64 family) const;
    bool stays(qint64 family) const;
    QString plan(qint64 family) const;
    QStringList history(qint64 family) const;

    // The collections line run-daily prints for a day with these counts.
    static QString counts(qint64 entered, qint64 moved, qint64 left, qint64 failed, qint64 paid);

private:
    BillingDesk m_billing;
};

} // namespace paydesk::test
