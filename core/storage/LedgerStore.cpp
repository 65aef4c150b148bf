#include "storage/LedgerStore.h"

#include "ledger/Adjustment.h"
#include "ledger/Allocation.h"
#include "ledger/Charge.h"
#include "ledger/Claim.h"
#include "ledger/Patient.h"
#include "ledger/Payment.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "util/Clock.h"

namespace paydesk::core {

LedgerStore::LedgerStore(const Database &db, QString user)
    : m_db(db), m_user(std::move(user)),
      m_timestamp(Clock::nowUtc().toString(Qt::ISODateWithMs))
{
}

LedgerStore::~LedgerStore() = default;

BulkStatement &LedgerStore::prepared(BulkStatement *&slot, const char *sql)
{
    if (!slot)
        slot = &m_db.bulkStatement(sql);
    return *slot;
}

void LedgerStore::insertFamily(qint64 id, const QString &mailingAddress, qint64 practiceGroupId)
{
    prepared(m_family, "INSERT INTO families (id, created_at, mailing_address, practice_group_id) VALUES (?, ?, ?, ?)")
        .add(id)
        .add(m_timestamp)
        .add(mailingAddress)
        .add(practiceGroupId)
        .exec();
}

void LedgerStore::insertPatient(const Patient &p)
{
    prepared(m_patient, "INSERT INTO patients (id, family_id, last_name, first_name, birth_date, is_guarantor,"
                        " search_name) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .add(p.id)
        .add(p.familyId)
        .add(p.lastName)
        .add(p.firstName)
        .add(p.birthDate)
        .add(qint64(p.isGuarantor ? 1 : 0))
        .add(p.displayName().toLower())
        .exec();
}

void LedgerStore::insertProvider(qint64 id, const QString &code, const QString &name)
{
    prepared(m_provider, "INSERT INTO providers (id, code, name) VALUES (?, ?, ?)").add(id).add(code).add(name).exec();
}

void LedgerStore::insertClinic(qint64 id, const QString &code, const QString &name)
{
    prepared(m_clinic, "INSERT INTO clinics (id, code, name) VALUES (?, ?, ?)").add(id).add(code).add(name).exec();
}

void LedgerStore::insertCharge(const Charge &c)
{
    prepared(m_charge, "INSERT INTO charges (id, patient_id, provider_id, clinic_id, date, code, description,"
                       " amount_cents, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .add(c.id)
        .add(c.patientId)
        .add(c.providerId)
        .add(c.clinicId)
        .add(c.date)
        .add(c.code)
        .add(c.description)
        .add(c.amount.cents())
        .add(m_user)
        .add(m_timestamp)
        .exec();
}

void LedgerStore::insertAdjustment(const Adjustment &a)
{
    prepared(m_adjustment, "INSERT INTO adjustments (id, patient_id, provider_id, clinic_id, date, type, amount_cents,"
                           " charge_id, kind, reverses_adjustment_id, note, created_by, created_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .add(a.id)
        .add(a.patientId)
        .add(a.providerId)
        .add(a.clinicId)
        .add(a.date)
        .add(a.type)
        .add(a.amount.cents())
        .addNullableId(a.chargeId)
        .add(adjustmentKindCode(a.kind))
        .addNullableId(a.reversesAdjustmentId)
        .add(a.note)
        .add(m_user)
        .add(m_timestamp)
        .exec();
}

void LedgerStore::insertPayment(const Payment &p)
{
    prepared(m_payment, "INSERT INTO payments (id, patient_id, date, amount_cents, method, reference, note,"
                        " provider_id, clinic_id, kind, related_payment_id, created_by, created_at)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .add(p.id)
        .add(p.patientId)
        .add(p.date)
        .add(p.amount.cents())
        .add(paymentMethodCode(p.method))
        .add(p.reference)
        .add(p.note)
        .addNullableId(p.providerId)
        .addNullableId(p.clinicId)
        .add(paymentKindCode(p.kind))
        .addNullableId(p.relatedPaymentId)
        .add(m_user)
        .add(m_timestamp)
        .exec();
}

void LedgerStore::insertAllocation(const Allocation &a)
{
    const bool charge = a.target.kind == AllocationTarget::Kind::Charge;
    const bool adjustment = a.target.kind == AllocationTarget::Kind::Adjustment;
    prepared(m_allocation, "INSERT INTO allocations (id, payment_id, target, charge_id, adjustment_id, amount_cents,"
                           " patient_id, provider_id, clinic_id, rule, reverses_allocation_id, transfer_id, run_id,"
                           " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .add(a.id)
        .add(a.paymentId)
        .add(allocationTargetCode(a.target.kind))
        .addNullableId(charge ? a.target.id : 0)
        .addNullableId(adjustment ? a.target.id : 0)
        .add(a.amount.cents())
        .add(a.patientId)
        .addNullableId(a.providerId)
        .addNullableId(a.clinicId)
        .add(allocationRuleCode(a.rule))
        .addNullableId(a.reversesAllocationId)
        .addNullableId(a.transferId)
        .addNullableId(a.runId)
        .add(m_user)
        .add(m_timestamp)
        .exec();
}

void LedgerStore::insertClaim(const Claim &c)
{
    prepared(m_claim, "INSERT INTO claims (id, patient_id, date, payer, status, provider_id, clinic_id, created_by,"
                      " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .add(c.id)
        .add(c.patientId)
        .add(c.date)
        .add(c.payer)
        .add(c.status)
        .add(c.providerId)
        .add(c.clinicId)
        .add(m_user)
        .add(m_timestamp)
        .exec();
}

void LedgerStore::insertClaimProcedure(const ClaimProcedure &p)
{
    prepared(m_claimProcedure, "INSERT INTO claim_procs (id, claim_id, charge_id, ins_paid_cents, writeoff_cents,"
                               " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .add(p.id)
        .add(p.claimId)
        .add(p.chargeId)
        .add(p.insurancePaid.cents())
        .add(p.writeOff.cents())
        .add(m_user)
        .add(m_timestamp)
        .exec();
}

void LedgerStore::insertClaimPayment(const ClaimPayment &p)
{
    prepared(m_claimPayment, "INSERT INTO claim_payments (id, claim_id, date, amount_cents, created_by, created_at)"
                             " VALUES (?, ?, ?, ?, ?, ?)")
        .add(p.id)
        .add(p.claimId)
        .add(p.date)
        .add(p.amount.cents())
        .add(m_user)
        .add(m_timestamp)
        .exec();
}

void LedgerStore::insertClaimSpread(const ClaimSpread &s)
{
    prepared(m_claimSpread, "INSERT INTO claim_spreads (id, claim_payment_id, charge_id, amount_cents, run_id,"
                            " reverses_spread_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .add(s.id)
        .add(s.claimPaymentId)
        .add(s.chargeId)
        .add(s.amount.cents())
        .addNullableId(s.runId)
        .addNullableId(s.reversesSpreadId)
        .add(m_user)
        .add(m_timestamp)
        .exec();
}

} // namespace paydesk::core
