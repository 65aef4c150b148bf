#pragma once

#include "groups/PracticeGroup.h"
#include "storage/SqlQuery.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace paydesk::core {

class BulkStatement;
class Database;
struct Adjustment;
struct Allocation;
struct Charge;
struct Claim;
struct ClaimPayment;
struct ClaimProcedure;
struct ClaimSpread;
struct Patient;
struct Payment;

// Writes ledger rows with statements prepared once per connection and reused, so the same
// code serves a single posting and an import of millions of rows (see BulkStatement for
// the per-row cost). Ids must already be assigned. It never opens a transaction: the caller's
// Transaction spans the whole posting.
class LedgerStore
{
public:
    LedgerStore(const Database &db, QString user);
    ~LedgerStore();
    LedgerStore(const LedgerStore &) = delete;
    LedgerStore &operator=(const LedgerStore &) = delete;

    // Fixed once per store so that every row of one posting carries the same time.
    const QString &timestamp() const { return m_timestamp; }

    void insertFamily(qint64 id, const QString &mailingAddress = {}, qint64 practiceGroupId = PracticeGroup::defaultId);
    void insertPatient(const Patient &patient);
    void insertProvider(qint64 id, const QString &code, const QString &name);
    void insertClinic(qint64 id, const QString &code, const QString &name);
    void insertCharge(const Charge &charge);
    void insertAdjustment(const Adjustment &adjustment);
    void insertPayment(const Payment &payment);
    void insertAllocation(const Allocation &allocation);
    void insertClaim(const Claim &claim);
    void insertClaimProcedure(const ClaimProcedure &procedure);
    void insertClaimPayment(const ClaimPayment &payment);
    void insertClaimSpread(const ClaimSpread &spread);

private:
    // The Database keeps the statements; the slots save looking them up for every row.
    BulkStatement &prepared(BulkStatement *&slot, const char *sql);

    const Database &m_db;
    QString m_user;
    QString m_timestamp;
    BulkStatement *m_family = nullptr, *m_patient = nullptr, *m_provider = nullptr, *m_clinic = nullptr,
                  *m_charge = nullptr, *m_adjustment = nullptr, *m_payment = nullptr, *m_allocation = nullptr,
                  *m_claim = nullptr, *m_claimProcedure = nullptr, *m_claimPayment = nullptr, *m_claimSpread = nullptr;
};

} // namespace paydesk::core
