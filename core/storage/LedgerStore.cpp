#include "storage/LedgerStore.h"

#include "ledger/Adjustment.h"
#include "ledger/Allocation.h"
#include "ledger/Charge.h"
#include "ledger/Patient.h"
#include "ledger/Payment.h"
#include "storage/Database.h"

namespace paydesk::core {

namespace {

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

LedgerStore::LedgerStore(const Database &db, QString user)
    : m_db(db), m_user(std::move(user)),
      m_timestamp(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
{
}

SqlQuery &LedgerStore::prepared(std::optional<SqlQuery> &slot, const char *sql)
{
    if (!slot) {
        slot.emplace(m_db.query());
        slot->prepare(QString::fromLatin1(sql));
    }
    return *slot;
}

void LedgerStore::insertFamily(qint64 id)
{
    prepared(m_family, "INSERT INTO families (id, created_at) VALUES (?, ?)").execWith({id, m_timestamp});
}

void LedgerStore::insertPatient(const Patient &p)
{
    prepared(m_patient, "INSERT INTO patients (id, family_id, last_name, first_name, birth_date, is_guarantor,"
                        " search_name) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .execWith({p.id, p.familyId, p.lastName, p.firstName, isoDate(p.birthDate), p.isGuarantor ? 1 : 0,
                   p.displayName().toLower()});
}

void LedgerStore::insertProvider(qint64 id, const QString &code, const QString &name)
{
    prepared(m_provider, "INSERT INTO providers (id, code, name) VALUES (?, ?, ?)").execWith({id, code, name});
}

void LedgerStore::insertClinic(qint64 id, const QString &code, const QString &name)
{
    prepared(m_clinic, "INSERT INTO clinics (id, code, name) VALUES (?, ?, ?)").execWith({id, code, name});
}

void LedgerStore::insertCharge(const Charge &c)
{
    prepared(m_charge, "INSERT INTO charges (id, patient_id, provider_id, clinic_id, date, code, description,"
                       " amount_cents, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .execWith({c.id, c.patientId, c.providerId, c.clinicId, isoDate(c.date), c.code, c.description,
                   c.amount.cents(), m_user, m_timestamp});
}

void LedgerStore::insertAdjustment(const Adjustment &a)
{
    prepared(m_adjustment, "INSERT INTO adjustments (id, patient_id, provider_id, clinic_id, date, type, amount_cents,"
                           " charge_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .execWith({a.id, a.patientId, a.providerId, a.clinicId, isoDate(a.date), a.type, a.amount.cents(),
                   nullableId(a.chargeId), m_user, m_timestamp});
}

void LedgerStore::insertPayment(const Payment &p)
{
    prepared(m_payment, "INSERT INTO payments (id, patient_id, date, amount_cents, method, reference, note,"
                        " provider_id, clinic_id, kind, related_payment_id, created_by, created_at)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .execWith({p.id, p.patientId, isoDate(p.date), p.amount.cents(), paymentMethodCode(p.method), p.reference,
                   p.note, nullableId(p.providerId), nullableId(p.clinicId), paymentKindCode(p.kind),
                   nullableId(p.relatedPaymentId), m_user, m_timestamp});
}

void LedgerStore::insertAllocation(const Allocation &a)
{
    const bool charge = a.target.kind == AllocationTarget::Kind::Charge;
    const bool adjustment = a.target.kind == AllocationTarget::Kind::Adjustment;
    prepared(m_allocation, "INSERT INTO allocations (id, payment_id, target, charge_id, adjustment_id, amount_cents,"
                           " patient_id, provider_id, clinic_id, rule, reverses_allocation_id, created_by, created_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .execWith({a.id, a.paymentId, allocationTargetCode(a.target.kind), nullableId(charge ? a.target.id : 0),
                   nullableId(adjustment ? a.target.id : 0), a.amount.cents(), a.patientId, nullableId(a.providerId),
                   nullableId(a.clinicId), allocationRuleCode(a.rule), nullableId(a.reversesAllocationId), m_user,
                   m_timestamp});
}

} // namespace paydesk::core
