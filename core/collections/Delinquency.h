#pragma once

#include "collections/CollectionsPolicy.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace paydesk::core {

class Database;

// The delinquency rule, the one definition (the run, the roster's `delinquent` and the plan
// screen's refusal all use it). By the desk's aging rule money pays the oldest charges
// first, so the part of a balance older than N days on day d is the balance as of d less
// the net amount of the family's charges dated after d − N up to d, never below zero. A
// charge's net amount is what the patient owes on it as of d, as Aging counts it: its amount
// plus the adjustments attached to it (discounts, voids) less insurance paid and written off
// on it (claims dated up to d), never below zero.
// The account is delinquent when that part is more than zero and at least min_amount.
class Delinquency
{
public:
    static qint64 olderCents(qint64 balanceCents, qint64 recentChargesCents);
    static bool isDelinquent(qint64 olderCents, const CollectionsPolicy &policy);

    // Per family with charges in the window, their net amount as of `day` (families without
    // any are absent: zero). With `marks` (the daily run's billing_marks) only ledger rows
    // with ids up to them count, as the run's balances do; without, every row.
    static QHash<qint64, qint64> recentCharges(const Database &db,
                                               QDate day,
                                               int days,
                                               const QHash<QString, qint64> *marks = nullptr);
    // The same for `families` only (the daily run's days that re-check a few).
    static QHash<qint64, qint64> recentCharges(const Database &db,
                                               const QList<qint64> &families,
                                               QDate day,
                                               int days,
                                               const QHash<QString, qint64> *marks = nullptr);
    // The families whose window loses a charge on `day` (one dated day − days, up to the
    // marks): with no ledger row of their own that day, only they can turn delinquent on a
    // day after one the run checked every family on.
    static QSet<qint64> windowLeavers(const Database &db, QDate day, int days, const QHash<QString, qint64> &marks);
    // The same for one family, every row.
    static qint64 recentCharges(const Database &db, qint64 familyId, QDate day, int days);
};

} // namespace paydesk::core
