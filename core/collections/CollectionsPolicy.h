#pragma once

#include "collections/CollectionPlan.h"
#include "money/Money.h"

#include <QString>
#include <QStringList>

namespace paydesk::core {

class Database;

// The Patient Collections Integration (the collections.* settings) as the rules use them,
// read in one place.
struct CollectionsPolicy
{
    int delinquentDays = 90;
    Money minAmount;
    QString initialStatus; // empty: collections are off, the daily run skips them
    QString planCode;          // Collection Payment Plan
    QString planFailedCode;    // Collection Payment Plan Failed
    QString ndPlanCode;        // Non-Delinquent Payment Plan
    QString ndPlanFailedCode;  // Non-Delinquent Pmt Plan Failed

    static CollectionsPolicy read(const Database &db);

    bool enabled() const { return !initialStatus.isEmpty(); }
    // "In collections": any collection status other than the non-delinquent plan's.
    bool inCollections(const QString &code) const { return !code.isEmpty() && code != ndPlanCode; }
    // The status a plan of `kind` puts the account in, and its failed code.
    QString planCodeFor(CollectionPlan::Kind kind) const;
    QString failedCodeFor(CollectionPlan::Kind kind) const;
    // Codes the integration may not share, one message each: the non-delinquent plan's code
    // is the one status "not in collections", so it can be none of the others; a plan's
    // failed code must differ from its plan code (a default would leave the account there).
    QStringList conflicts() const;
};

} // namespace paydesk::core
