#pragma once

#include "ledger/FamilyAccount.h"

#include <optional>

namespace paydesk::core {

class Database;

// Reads one family's account with five indexed queries; balances are summed in memory.
class AccountReader
{
public:
    explicit AccountReader(const Database &db) : m_db(db) {}

    // Throws Refusal when the family does not exist.
    FamilyAccount load(qint64 familyId) const;

    std::optional<qint64> familyOfPatient(qint64 patientId) const;
    std::optional<qint64> familyOfPayment(qint64 paymentId) const;
    std::optional<qint64> familyOfCharge(qint64 chargeId) const;
    bool familyExists(qint64 familyId) const;

private:
    std::optional<qint64> lookupFamily(const QString &sql, qint64 id) const;
    const Database &m_db;
};

} // namespace paydesk::core
