#pragma once

#include "collections/CollectionAccount.h"

#include <QDate>

#include <optional>

namespace paydesk::core {

class Database;

// A user's change to one family's collection state, in the caller's transaction: the family
// locked (the daily run and other users' changes of it wait), refused when there is no such
// family or a daily run is under way, with the practice's today and its account as it is.
class CollectionAccountLock
{
public:
    CollectionAccountLock(const Database &db, qint64 familyId);

    // Refuses (Refusal) when there is no family `familyId`; no lock.
    static void requireFamily(const Database &db, qint64 familyId);
    // The note a user's change of a collection status must give, trimmed: one line, not
    // empty. Refuses naming the field "Note".
    static QString checkedNote(const QString &note);

    qint64 familyId() const { return m_familyId; }
    QDate today() const { return m_today; }
    const std::optional<CollectionAccount> &account() const { return m_account; }
    QString code() const { return m_account ? m_account->code : QString(); }
    // The day a change is dated: today, or the account's since when that is later (a payment
    // dated ahead re-checked it), so that since never goes back and the run's "since" rule holds.
    QDate changeDay() const;

private:
    qint64 m_familyId = 0;
    QDate m_today;
    std::optional<CollectionAccount> m_account;
};

} // namespace paydesk::core
