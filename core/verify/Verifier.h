#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace paydesk::core {

class Database;

struct VerifyIssue
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString message; // names the records involved
};

// Checks every invariant of the ledger over the whole database with set-based queries:
// no cent created or lost, allocations never exceed their payment, allocations stay in
// their payment's family and copy their target's patient/provider/clinic, reversals
// reverse what they name, the void of a charge or an adjustment cancels exactly what it
// names, once, and leaves nothing paid on it, every family has exactly one guarantor...
// Charges overpaid by imported splits are warnings, not errors.
class Verifier
{
public:
    // For a caller that asked Permissions itself.
    explicit Verifier(const Database &db) : m_db(db) {}
    // For `user`: throws Refusal unless Permissions allows ReadLedger.
    Verifier(const Database &db, const QString &user);
    // Every check over the whole database, or over the families of one practice group (a
    // migration verifies the group it converted, whatever the state of the others). Inside
    // an open Transaction it reads that transaction's rows, its own writes included.
    QList<VerifyIssue> run(std::optional<qint64> practiceGroupId = std::nullopt) const;

private:
    const Database &m_db;
};

} // namespace paydesk::core
