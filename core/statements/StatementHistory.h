#pragma once

#include "money/Money.h"

#include <QDate>
#include <QList>

#include <optional>

namespace paydesk::core {

class Database;

// A statement the daily run sent (a row of statements): its date, its number in the
// family's count (statements_sent after it), the balance and the amount due on that day,
// and the plan it was sent under (0: none).
struct SentStatement
{
    qint64 id = 0;
    qint64 familyId = 0;
    QDate date;
    int number = 0;
    Money balance;
    Money amountDue;
    qint64 planId = 0;
    Money planAmount; // the plan's monthly amount on that day (zero: not on a plan)
};

// The statements sent, read for the review dialog's history and for printing. Reading
// needs only a signed-in user (ReadLedger).
class StatementHistory
{
public:
    explicit StatementHistory(const Database &db)
        : m_db(db)
    {}

    // The family's statements, newest first (date, then id).
    QList<SentStatement> ofFamily(qint64 familyId) const;
    // Its newest statement; nullopt when none was sent.
    std::optional<SentStatement> latest(qint64 familyId) const;
    // The family's statement sent before `statement` (date, then id); nullopt for its first.
    std::optional<SentStatement> previous(const SentStatement &statement) const;
    // Every statement sent on `date`, in account (family id) order: the day's mailing.
    QList<SentStatement> ofDay(QDate date) const;

private:
    const Database &m_db;
};

} // namespace paydesk::core
