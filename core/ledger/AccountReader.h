#pragma once

#include "ledger/FamilyAccount.h"

#include <optional>

namespace paydesk::core {

class Database;

// Reads whole families' accounts with a few indexed queries; balances are summed in memory.
// The same queries serve one family (the account view, a posting) and a range of them
// (batch work such as the Family Balancer), so both see the same rows the same way.
class AccountReader
{
public:
    explicit AccountReader(const Database &db) : m_db(db) {}

    // Throws Refusal when the family does not exist.
    FamilyAccount load(qint64 familyId) const;
    // Every family whose id is in [firstFamilyId, lastFamilyId], ascending.
    QList<FamilyAccount> loadRange(qint64 firstFamilyId, qint64 lastFamilyId) const;
    // What allocating a payment needs and no more, for a posting: the family's charges and
    // stand-alone adjustments with their balances (insurance included), and the allocation,
    // claim procedure and spread rows behind them. Members, payments, claims, claim payments
    // and the provider and clinic codes stay empty, as do adjustments' notes and the
    // adjustment types. Throws Refusal like load().
    FamilyAccount loadBalances(qint64 familyId) const;

    std::optional<qint64> familyOfPatient(qint64 patientId) const;
    std::optional<qint64> familyOfPayment(qint64 paymentId) const;
    std::optional<qint64> familyOfCharge(qint64 chargeId) const;
    std::optional<qint64> familyOfAdjustment(qint64 adjustmentId) const;
    bool familyExists(qint64 familyId) const;
    // Every code of `table` ("providers" or "clinics") by id.
    QHash<qint64, QString> codes(QStringView table) const;
    // The practice's adjustment types by code in lower case (FamilyAccount::adjustmentTypes).
    QHash<QString, AdjustmentType> adjustmentTypes() const;

private:
    enum class Extent { Whole, Balances };
    // Refuses, naming the rows or totals, accounts whose amounts do not add up within
    // Money's range (see FamilyLimits), so that no reader meets a MoneyOverflow later.
    QList<FamilyAccount> read(qint64 firstFamilyId, qint64 lastFamilyId, Extent extent) const;
    QList<FamilyAccount> assemble(qint64 firstFamilyId, qint64 lastFamilyId, Extent extent) const;
    FamilyAccount readOne(qint64 familyId, Extent extent) const;
    std::optional<qint64> lookupFamily(const QString &sql, qint64 id) const;
    const Database &m_db;
};

} // namespace paydesk::core
