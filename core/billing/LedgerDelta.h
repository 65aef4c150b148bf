#pragma once

#include <QDate>
#include <QHash>
#include <QList>

namespace paydesk::core {

class Database;

// What the daily run has already read of the ledger: the day it last processed and, per
// ledger table (charges, adjustments, payments, claim_procs, claim_payments), the highest id
// it read (billing_marks). Its stored balances (billing_accounts.balance_cents) count
// exactly the rows with an id up to the mark and dated up to that day.
struct LedgerMarks
{
    QDate lastDay; // null before the first run: nothing has been read
    QHash<QString, qint64> lastIds;

    static LedgerMarks read(const Database &db);
    // Writes them in the caller's transaction.
    void write(const Database &db) const;
    // The ids as a JSON object ({"charges": 41004, ...}), as a day of the run keeps them
    // (billing_days.marks): what its statements counted, for printing them again.
    QString idsJson() const;
    static QHash<QString, qint64> idsFromJson(const QString &json);
};

// One ledger row as the billing rules see it: the family it moves, the day it counts on
// (a claim procedure on its claim's date), and how it moves the family's balance.
struct LedgerChange
{
    enum class Source { Charge, Adjustment, Payment, Insurance };

    qint64 familyId = 0;
    QDate date;
    qint64 cents = 0; // signed: + raises the balance
    Source source = Source::Charge;
};

// The rows the run has not counted yet: those with an id above the marks (entered since,
// whatever their date) and those at or below them dated after the last day, up to `upTo`
// (null: no limit). Balances from LedgerMarks plus these are the balances as of `upTo`,
// without summing any family's whole ledger. On PostgreSQL the caller's transaction waits
// for postings that have taken ids but not committed (reserveIds' row lock), so no row is
// ever skipped. `newMarks` receives the marks to store once these rows are counted.
class LedgerDelta
{
public:
    static QList<LedgerChange> read(const Database &db, const LedgerMarks &marks, QDate upTo, LedgerMarks *newMarks);
    // Every family's balance now (every entry whatever its date) for the families that have
    // one other than zero: the stored balances plus read(…, null, …). The lists' "balance".
    static QHash<qint64, qint64> currentBalances(const Database &db);
    // Per family, what the rows the run has not counted yet add to its stored balance (its
    // balance now minus billing_accounts.balance_cents). Call it in the transaction that
    // reads the stored balances, so that both are of one state of the database.
    static QHash<qint64, qint64> unreadByFamily(const Database &db);
    // The same for one family (zero when it owes nothing): what a plan's checks compare with.
    static qint64 currentBalance(const Database &db, qint64 familyId);
};

} // namespace paydesk::core
