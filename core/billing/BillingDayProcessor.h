#pragma once

#include "billing/BillingPolicy.h"
#include "billing/DailyBillingRun.h"
#include "billing/FamilyBillingState.h"
#include "billing/LedgerDelta.h"
#include "collections/CollectionsDay.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace paydesk::core {

class AuditLog;
class BillingStateStore;
class Database;

// The five steps for every family on one day, then the collections step
// (CollectionsDay) in the same transaction, over the state the run loads once and keeps in
// memory: each day reads only the ledger rows it has not counted yet
// (LedgerDelta), looks up a plan's last payment only for a family whose payments changed
// (or a plan it has not followed yet), and writes only the rows that changed.
class BillingDayProcessor
{
public:
    BillingDayProcessor(const Database &db, const BillingPolicy &policy, QString user);

    // Reads the billing state and the marks; inside a transaction that sees one state.
    void load();
    // The last day processed (null before the first run).
    QDate lastDay() const { return m_marks.lastDay; }
    // Processes `day` (the day after lastDay(), or any day on the first run) and writes it,
    // inside the caller's transaction. The state in memory moves on with it: if the
    // transaction does not commit, the processor must not be used again.
    BillingDay process(QDate day);

private:
    struct DayWrites;

    void applyLedger(QDate day, DayWrites &writes);
    void followPlanPayments(QDate day, DayWrites &writes);
    void step(FamilyBillingState &family, QDate day, DayWrites &writes);
    // The first charge dated after the family's last statement (null: none).
    QDate firstChargeAfterStatement(const FamilyBillingState &family);

    const Database &m_db;
    BillingPolicy m_policy;
    QString m_user;
    LedgerMarks m_marks;
    QMap<qint64, FamilyBillingState> m_families;
    // Families in (or entering) "Suspended - Final statement sent": their first charge dated
    // after the last statement, which restarts billing once a day reaches it.
    QHash<qint64, QDate> m_chargeAfterStatement;
    QSet<qint64> m_paymentsChanged; // this day's
    CollectionsDay m_collections;
};

} // namespace paydesk::core
