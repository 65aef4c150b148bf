#pragma once

#include "statements/StatementContent.h"
#include "statements/StatementHistory.h"

#include <QString>

#include <functional>

namespace paydesk::core {

class Database;
struct FamilyAccount;

// Makes the statements to print. A sent statement lists each member's entries dated after
// the family's previous statement and up to its date, with the balance and the amount due
// recorded when it was sent. The current account (a family never sent one) is as of today
// (practice.time_zone): the balance now, and amountDue() of it. Printing never sends:
// nothing is written. Each entry point asks Permissions for PrintStatements first.
class StatementBuilder
{
public:
    StatementBuilder(const Database &db, QString user);

    // The family's latest statement, or its current account when none was sent. Throws
    // Refusal for an unknown family.
    StatementContent forFamily(qint64 familyId) const;
    // How many statements were sent on `date`, after asking Permissions as forDay() does;
    // throws Refusal naming the date when none was: for the desk, before it asks for a file.
    qsizetype countDay(QDate date) const;
    // Every statement sent on `date`, in account order, handed to `each` one at a time (a
    // day may hold thousands, each with its family's ledger read); returns how many. Throws
    // Refusal naming the date when none was sent that day.
    qsizetype forDay(QDate date, const std::function<void(const StatementContent &)> &each) const;

    // What a statement asks the family to pay: on an enabled payment plan (`monthly` not
    // zero) the monthly amount, or the balance when less; otherwise the balance; nothing
    // when the family owes nothing.
    static Money amountDue(Money balance, Money monthly);

private:
    StatementContent build(const FamilyAccount &account, const SentStatement &statement) const;
    StatementContent currentAccount(const FamilyAccount &account) const;
    // The practice's header and the family's guarantor and address.
    StatementContent heading(const FamilyAccount &account) const;

    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
