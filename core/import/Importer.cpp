#include "import/Importer.h"

#include "import/BatchWriter.h"
#include "import/ImportTable.h"
#include "import/LedgerBatch.h"
#include "ledger/Directory.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Errors.h"
#include "util/Permissions.h"
#include "util/Tr.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>
#include <vector>

namespace paydesk::core {

namespace {

enum PatientColumn { PatientId, PatientFamily, LastName, FirstName, BirthDate, Guarantor };
enum ChargeColumn { ChargeId, ChargePatient, ChargeDate, ChargeCode, ChargeDescription, ChargeProvider, ChargeClinic, ChargeAmount };
enum AdjustmentColumn {
    AdjustmentId, AdjustmentPatient, AdjustmentDate, AdjustmentType, AdjustmentProvider, AdjustmentClinic,
    AdjustmentAmount, AdjustmentCharge
};
enum PaymentColumn { PaymentId, PaymentPatient, PaymentDate, PaymentAmount, PaymentMethodColumn, PaymentReference };
enum SplitColumn { SplitPayment, SplitCharge, SplitAmount, SplitProvider, SplitClinic };
enum ClaimColumn { ClaimId, ClaimPatient, ClaimDate, ClaimPayer, ClaimStatus, ClaimProvider, ClaimClinic };
enum ClaimProcedureColumn { ProcedureClaim, ProcedureCharge, ProcedureInsurancePaid, ProcedureWriteOff };
enum ClaimPaymentColumn { ClaimPaymentClaim, ClaimPaymentDate, ClaimPaymentAmount };

// Row positions by id. The ids of a practice's history are mostly consecutive, so they
// index a vector from the first id seen (one array access, no hashing: a million-row
// import looks ids up several million times); ids far from the others go to a hash.
class IdIndex
{
public:
    // The position of the row that already has `id`, or -1 after recording `position` for it.
    qsizetype claim(qint64 id, qsizetype position)
    {
        if (m_base < 0)
            m_base = id;
        ++m_count;
        const qint64 offset = id - m_base;
        if (offset < 0 || offset >= 16 * m_count + 65536) {
            qsizetype &slot = m_sparse[id];
            if (slot)
                return slot - 1;
            slot = position + 1;
            return -1;
        }
        if (size_t(offset) >= m_dense.size())
            m_dense.resize(std::max(size_t(offset) + 1, m_dense.size() * 2), 0);
        qsizetype &slot = m_dense[size_t(offset)];
        if (!slot && !m_sparse.isEmpty()) // the vector may have grown over an id kept in the hash
            slot = m_sparse.value(id);
        if (slot)
            return slot - 1;
        slot = position + 1;
        return -1;
    }

    qsizetype find(qint64 id) const
    {
        const qint64 offset = id - m_base;
        if (m_base >= 0 && offset >= 0 && size_t(offset) < m_dense.size() && m_dense[size_t(offset)])
            return m_dense[size_t(offset)] - 1;
        return m_sparse.isEmpty() ? -1 : m_sparse.value(id) - 1;
    }

private:
    // Position + 1, so that 0 means "no row".
    std::vector<qsizetype> m_dense;
    QHash<qint64, qsizetype> m_sparse;
    qint64 m_base = -1;
    qint64 m_count = 0;
};

// Providers or clinics by code: the database's own, and new ones numbered above them.
class CodeBook
{
public:
    CodeBook(const QList<CodedEntity> &stored, qint64 firstNewId, QList<CodedEntity> &referenced)
        : m_next(firstNewId), m_referenced(referenced)
    {
        for (const CodedEntity &e : stored)
            m_stored.insert(e.code, e);
    }

    // The id for `code`, creating the entity on first use.
    qint64 id(const QString &code)
    {
        if (const auto found = m_ids.constFind(code); found != m_ids.cend())
            return *found;
        const CodedEntity entity = m_stored.value(code, CodedEntity{m_next, code, code});
        if (entity.id == m_next)
            ++m_next;
        m_ids.insert(code, entity.id);
        m_codes.insert(entity.id, code);
        m_referenced.append(entity);
        return entity.id;
    }
    // The id when the code is known (stored or used so far), else 0; creates nothing.
    qint64 existingId(const QString &code) const
    {
        if (const auto found = m_ids.constFind(code); found != m_ids.cend())
            return *found;
        return m_stored.value(code).id;
    }
    QString code(qint64 id) const
    {
        if (const auto found = m_codes.constFind(id); found != m_codes.cend())
            return *found;
        for (const CodedEntity &e : m_stored) {
            if (e.id == id)
                return e.code;
        }
        return QString::number(id);
    }

private:
    QHash<QString, CodedEntity> m_stored;
    QHash<QString, qint64> m_ids;
    QHash<qint64, QString> m_codes;
    qint64 m_next;
    QList<CodedEntity> &m_referenced;
};

struct FamilyInfo
{
    int firstLine = 0;
    int guarantors = 0;
    int guarantorLine = 0;
    bool unreadableFlag = false;
};

struct PatientRef
{
    qint64 id = 0;
    qint64 familyId = 0;
};

struct ChargeRef
{
    qint64 patientId = 0;
    qint64 providerId = 0;
    qint64 clinicId = 0;
    std::optional<qint64> familyId;
};

// One import: reads the five files into a batch, checking every row against the others
// and against the database, and collects every problem.
class ImportRun
{
public:
    ImportRun(const Database &db, const QString &folder)
        : m_db(db),
          m_patientsFile(folder, u"patients.csv", m_problems),
          m_chargesFile(folder, u"charges.csv", m_problems),
          m_adjustmentsFile(folder, u"adjustments.csv", m_problems),
          m_paymentsFile(folder, u"payments.csv", m_problems),
          m_splitsFile(folder, u"splits.csv", m_problems),
          m_claimsFile(folder, u"claims.csv", m_problems),
          m_claimProceduresFile(folder, u"claim_procs.csv", m_problems),
          m_claimPaymentsFile(folder, u"claim_payments.csv", m_problems),
          m_providers(Directory(db).providers(), BatchWriter::firstFreeId(db, QStringLiteral("providers")), m_batch.providers),
          m_clinics(Directory(db).clinics(), BatchWriter::firstFreeId(db, QStringLiteral("clinics")), m_batch.clinics)
    {
    }

    const QStringList &problems() const { return m_problems; }
    LedgerBatch takeBatch() { return std::move(m_batch); }
    const ImportSummary &summary() const { return m_summary; }

    void read()
    {
        const bool patients = m_patientsFile.open(true, {{u"patient_id", true}, {u"family_id", true}, {u"last_name", true},
                                                         {u"first_name", true}, {u"birth_date", true}, {u"guarantor", true}});
        const bool charges = m_chargesFile.open(true, {{u"charge_id", true}, {u"patient_id", true}, {u"date", true},
                                                       {u"code", true}, {u"description", false}, {u"provider", true},
                                                       {u"clinic", true}, {u"amount", true}});
        const bool adjustments = m_adjustmentsFile.open(true, {{u"adjustment_id", true}, {u"patient_id", true}, {u"date", true},
                                                               {u"type", true}, {u"provider", true}, {u"clinic", true},
                                                               {u"amount", true}, {u"charge_id", false}});
        const bool payments = m_paymentsFile.open(true, {{u"payment_id", true}, {u"patient_id", true}, {u"date", true},
                                                         {u"amount", true}, {u"method", true}, {u"reference", false}});
        m_splitsFile.open(false, {{u"payment_id", true}, {u"charge_id", true}, {u"amount", true}, {u"provider", false},
                                  {u"clinic", false}});
        m_claimsFile.open(false, {{u"claim_id", true}, {u"patient_id", true}, {u"date", true}, {u"payer", true},
                                  {u"status", true}, {u"provider", false}, {u"clinic", false}});
        m_claimProceduresFile.open(false, {{u"claim_id", true}, {u"charge_id", true}, {u"ins_paid", true},
                                           {u"writeoff", true}});
        m_claimPaymentsFile.open(false, {{u"claim_id", true}, {u"date", true}, {u"amount", true}});
        // Without every file and column the rows cannot be checked against each other.
        if (!patients || !charges || !adjustments || !payments || !m_problems.isEmpty())
            return;
        // A malformed file stops the checks: the records after its error were not read,
        // and every reference to them would be named as unknown.
        if (!readPatients() || !readCharges() || !readAdjustments() || !readPayments() || !readSplits() || !readClaims()
            || !readClaimProcedures() || !readClaimPayments())
            return;
        checkClaimAttribution();
        checkFamilies();
        checkStoredIds(QStringLiteral("patients"), m_batch.patients, m_patientIndex, m_patientLines, m_patientsFile, PatientId);
        checkStoredIds(QStringLiteral("charges"), m_batch.charges, m_chargeIndex, m_chargeLines, m_chargesFile, ChargeId);
        checkStoredIds(QStringLiteral("adjustments"), m_batch.adjustments, m_adjustmentIndex, m_adjustmentLines,
                       m_adjustmentsFile, AdjustmentId);
        checkStoredIds(QStringLiteral("payments"), m_batch.payments, m_paymentIndex, m_paymentLines, m_paymentsFile, PaymentId);
        checkStoredIds(QStringLiteral("claims"), m_batch.claims, m_claimIndex, m_claimLines, m_claimsFile, ClaimId);
        numberRows(QStringLiteral("allocations"), m_batch.allocations);
        numberRows(QStringLiteral("claim_procs"), m_batch.claimProcedures);
        numberRows(QStringLiteral("claim_payments"), m_batch.claimPayments);
        m_summary.families = m_batch.families.size();
        m_summary.patients = m_batch.patients.size();
        m_summary.charges = m_batch.charges.size();
        m_summary.adjustments = m_batch.adjustments.size();
        m_summary.payments = m_batch.payments.size();
        m_summary.allocations = m_batch.allocations.size();
        m_summary.claims = m_batch.claims.size();
        m_summary.claimProcedures = m_batch.claimProcedures.size();
        m_summary.claimPayments = m_batch.claimPayments.size();
    }

private:
    bool readPatients()
    {
        ImportTable &file = m_patientsFile;
        while (file.next()) {
            if (const qsizetype hint = file.sizeHint()) {
                m_batch.patients.reserve(hint);
                m_patientLines.reserve(hint);
            }
            const auto id = file.id(PatientId);
            const auto family = file.id(PatientFamily);
            Patient p;
            p.lastName = file.requiredText(LastName).value_or(QString());
            p.firstName = file.requiredText(FirstName).value_or(QString());
            p.birthDate = file.date(BirthDate).value_or(QDate());
            const QString flag = file.text(Guarantor);
            if (flag == u"1" || flag == u"0")
                p.isGuarantor = flag == u"1";
            else
                file.problem(Guarantor, Tr::tr("write 1 for the family's guarantor and 0 for the other members"));
            if (!id)
                continue;
            if (const qsizetype earlier = m_patientIndex.claim(*id, m_batch.patients.size()); earlier >= 0) {
                file.problem(PatientId, Tr::tr("patient %1 is already on line %2").arg(*id).arg(m_patientLines.at(earlier)));
                continue;
            }
            p.id = *id;
            p.familyId = family.value_or(0);
            m_batch.patients.append(p);
            m_patientLines.append(file.line());
            if (!family)
                continue;
            auto info = m_families.find(*family);
            if (info == m_families.end()) {
                info = m_families.insert(*family, FamilyInfo{file.line()});
                m_batch.families.append(*family);
            }
            info->unreadableFlag = info->unreadableFlag || (flag != u"1" && flag != u"0");
            if (!p.isGuarantor)
                continue;
            if (++info->guarantors == 1)
                info->guarantorLine = file.line();
            else
                file.problem(Guarantor, Tr::tr("family %1 already has its guarantor on line %2").arg(*family).arg(info->guarantorLine));
        }
        return file.finish();
    }

    bool readCharges()
    {
        ImportTable &file = m_chargesFile;
        while (file.next()) {
            if (const qsizetype hint = file.sizeHint()) {
                m_batch.charges.reserve(hint);
                m_chargeLines.reserve(hint);
            }
            const auto id = file.id(ChargeId);
            Charge c;
            c.patientId = patient(file, ChargePatient).value_or(PatientRef()).id;
            c.date = file.date(ChargeDate).value_or(QDate());
            c.code = file.requiredText(ChargeCode).value_or(QString());
            c.description = file.sharedText(ChargeDescription);
            c.providerId = provider(file, ChargeProvider);
            c.clinicId = clinic(file, ChargeClinic);
            if (const auto amount = file.money(ChargeAmount)) {
                if (amount->isNegative())
                    file.problem(ChargeAmount, Tr::tr("a charge is not negative; enter a credit as an adjustment"));
                c.amount = *amount;
            }
            if (!id)
                continue;
            if (const qsizetype earlier = m_chargeIndex.claim(*id, m_batch.charges.size()); earlier >= 0) {
                file.problem(ChargeId, Tr::tr("charge %1 is already on line %2").arg(*id).arg(m_chargeLines.at(earlier)));
                continue;
            }
            c.id = *id;
            m_batch.charges.append(c);
            m_chargeLines.append(file.line());
        }
        return file.finish();
    }

    bool readAdjustments()
    {
        ImportTable &file = m_adjustmentsFile;
        while (file.next()) {
            if (const qsizetype hint = file.sizeHint()) {
                m_batch.adjustments.reserve(hint);
                m_adjustmentLines.reserve(hint);
            }
            const auto id = file.id(AdjustmentId);
            Adjustment a;
            const auto owner = patient(file, AdjustmentPatient);
            a.patientId = owner.value_or(PatientRef()).id;
            a.date = file.date(AdjustmentDate).value_or(QDate());
            a.type = file.requiredText(AdjustmentType).value_or(QString());
            a.providerId = provider(file, AdjustmentProvider);
            a.clinicId = clinic(file, AdjustmentClinic);
            a.amount = file.money(AdjustmentAmount).value_or(Money());
            if (const auto chargeId = file.id(AdjustmentCharge, true); chargeId && *chargeId) {
                if (const auto ref = charge(file, AdjustmentCharge, *chargeId)) {
                    a.chargeId = *chargeId;
                    if (owner && ref->familyId && *ref->familyId != owner->familyId)
                        file.problem(AdjustmentCharge, Tr::tr("charge %1 belongs to family %2, patient %3 to family %4")
                                                           .arg(*chargeId)
                                                           .arg(*ref->familyId)
                                                           .arg(owner->id)
                                                           .arg(owner->familyId));
                }
            }
            if (!id)
                continue;
            if (const qsizetype earlier = m_adjustmentIndex.claim(*id, m_batch.adjustments.size()); earlier >= 0) {
                file.problem(AdjustmentId,
                             Tr::tr("adjustment %1 is already on line %2").arg(*id).arg(m_adjustmentLines.at(earlier)));
                continue;
            }
            a.id = *id;
            m_batch.adjustments.append(a);
            m_adjustmentLines.append(file.line());
        }
        return file.finish();
    }

    bool readPayments()
    {
        ImportTable &file = m_paymentsFile;
        while (file.next()) {
            if (const qsizetype hint = file.sizeHint()) {
                m_batch.payments.reserve(hint);
                m_paymentLines.reserve(hint);
            }
            const auto id = file.id(PaymentId);
            Payment p;
            p.patientId = patient(file, PaymentPatient).value_or(PatientRef()).id;
            p.date = file.date(PaymentDate).value_or(QDate());
            if (const auto amount = file.money(PaymentAmount)) {
                if (amount->isZero())
                    file.problem(PaymentAmount, Tr::tr("a payment of 0.00 moves no money"));
                p.amount = *amount;
            }
            if (const auto method = parsePaymentMethod(file.value(PaymentMethodColumn)))
                p.method = *method;
            else
                file.problem(PaymentMethodColumn, Tr::tr("not a payment method; use cash, check, card, portal or other"));
            p.reference = file.text(PaymentReference);
            if (!id)
                continue;
            if (const qsizetype earlier = m_paymentIndex.claim(*id, m_batch.payments.size()); earlier >= 0) {
                file.problem(PaymentId, Tr::tr("payment %1 is already on line %2").arg(*id).arg(m_paymentLines.at(earlier)));
                continue;
            }
            p.id = *id;
            m_batch.payments.append(p);
            m_paymentLines.append(file.line());
        }
        return file.finish();
    }

    bool readSplits()
    {
        ImportTable &file = m_splitsFile;
        std::vector<qint64> splitCents(size_t(m_batch.payments.size()), 0);
        std::vector<bool> overspent(size_t(m_batch.payments.size()), false);
        while (file.next()) {
            if (const qsizetype hint = file.sizeHint()) {
                m_batch.allocations.reserve(hint);
            }
            ++m_summary.splits;
            const auto paymentId = file.id(SplitPayment);
            const auto chargeId = file.id(SplitCharge, true);
            const auto amount = file.money(SplitAmount);
            const QString providerCode = file.sharedText(SplitProvider);
            const QString clinicCode = file.sharedText(SplitClinic);
            const qsizetype index = paymentId ? m_paymentIndex.find(*paymentId) : -1;
            if (paymentId && index < 0)
                file.problem(SplitPayment, Tr::tr("payment %1 is not in payments.csv; splits come with their payment")
                                               .arg(*paymentId));
            Payment *payment = index >= 0 ? &m_batch.payments[index] : nullptr;
            // 0: unknown (its patient was refused in payments.csv).
            const qint64 paymentFamily = payment ? familyOfPatient(payment->patientId).value_or(0) : 0;

            std::optional<ChargeRef> target;
            if (chargeId && *chargeId) {
                target = charge(file, SplitCharge, *chargeId);
                if (target && target->familyId && paymentFamily && *target->familyId != paymentFamily) {
                    file.problem(SplitCharge, Tr::tr("charge %1 belongs to family %2, payment %3 to family %4")
                                                  .arg(*chargeId)
                                                  .arg(*target->familyId)
                                                  .arg(payment->id)
                                                  .arg(paymentFamily));
                    target.reset();
                }
                // An allocation copies its charge's provider and clinic; the columns may only confirm them.
                if (target && !providerCode.isEmpty() && m_providers.existingId(providerCode) != target->providerId)
                    file.problem(SplitProvider, Tr::tr("charge %1 is by provider %2").arg(*chargeId).arg(m_providers.code(target->providerId)));
                if (target && !clinicCode.isEmpty() && m_clinics.existingId(clinicCode) != target->clinicId)
                    file.problem(SplitClinic, Tr::tr("charge %1 is at clinic %2").arg(*chargeId).arg(m_clinics.code(target->clinicId)));
            } else if (chargeId && payment) {
                // An unallocated split says whose work the payment was for.
                if (!providerCode.isEmpty())
                    assignCoded(file, SplitProvider, payment->providerId, m_providers.id(providerCode),
                                Tr::tr("payment %1 already has provider %2 from another split").arg(payment->id), m_providers);
                if (!clinicCode.isEmpty())
                    assignCoded(file, SplitClinic, payment->clinicId, m_clinics.id(clinicCode),
                                Tr::tr("payment %1 already has clinic %2 from another split").arg(payment->id), m_clinics);
            }
            // A payment whose amount was refused has nothing to check its splits against.
            if (!amount || !payment || payment->amount.isZero())
                continue;
            const bool toCharge = chargeId && *chargeId;
            if (amount->isZero() && toCharge) {
                file.problem(SplitAmount, Tr::tr("a split to a charge is not 0.00"));
                continue;
            }
            if (!amount->isZero() && amount->isNegative() != payment->amount.isNegative()) {
                file.problem(SplitAmount, Tr::tr("the sign is not that of payment %1 (%2)")
                                              .arg(payment->id)
                                              .arg(payment->amount.toString()));
                continue;
            }
            // Both have the payment's sign, so comparing magnitudes covers negative payments
            // too. Summing stops at the first excess: two amounts in range cannot overflow.
            qint64 &sum = splitCents[size_t(index)];
            if (!overspent[size_t(index)]) {
                sum += amount->cents();
                if (qAbs(sum) > qAbs(payment->amount.cents())) {
                    overspent[size_t(index)] = true;
                    const QString total = qAbs(sum) <= Money::maxCents ? Money::fromCents(sum).toString() : QString();
                    file.problem(SplitAmount, total.isEmpty()
                                                  ? Tr::tr("the splits of payment %1 add up to more than its amount %2")
                                                        .arg(payment->id)
                                                        .arg(payment->amount.toString())
                                                  : Tr::tr("the splits of payment %1 add up to %2, more than its amount %3")
                                                        .arg(payment->id)
                                                        .arg(total, payment->amount.toString()));
                }
            }
            if (target) {
                m_batch.allocations.append({0, payment->id, AllocationTarget::charge(*chargeId), *amount, target->patientId,
                                            target->providerId, target->clinicId, AllocationRule::Import, 0});
            }
        }
        return file.finish();
    }

    bool readClaims()
    {
        ImportTable &file = m_claimsFile;
        while (file.next()) {
            const auto id = file.id(ClaimId);
            Claim c;
            const auto owner = patient(file, ClaimPatient);
            c.patientId = owner.value_or(PatientRef()).id;
            c.date = file.date(ClaimDate).value_or(QDate());
            c.payer = file.requiredText(ClaimPayer).value_or(QString());
            c.status = file.sharedText(ClaimStatus);
            if (const QString code = file.sharedText(ClaimProvider); !code.isEmpty())
                c.providerId = m_providers.id(code);
            if (const QString code = file.sharedText(ClaimClinic); !code.isEmpty())
                c.clinicId = m_clinics.id(code);
            if (!id)
                continue;
            if (const qsizetype earlier = m_claimIndex.claim(*id, m_batch.claims.size()); earlier >= 0) {
                file.problem(ClaimId, Tr::tr("claim %1 is already on line %2").arg(*id).arg(m_claimLines.at(earlier)));
                continue;
            }
            c.id = *id;
            m_batch.claims.append(c);
            m_claimLines.append(file.line());
            m_claimFamilies.append(owner ? owner->familyId : 0);
        }
        return file.finish();
    }

    bool readClaimProcedures()
    {
        ImportTable &file = m_claimProceduresFile;
        QHash<std::pair<qint64, qint64>, int> seen; // (claim, charge) -> line
        while (file.next()) {
            const auto claimId = file.id(ProcedureClaim);
            const auto chargeId = file.id(ProcedureCharge);
            const auto paid = file.money(ProcedureInsurancePaid);
            const auto writeOff = file.money(ProcedureWriteOff);
            if (paid && paid->isNegative())
                file.problem(ProcedureInsurancePaid, Tr::tr("insurance paid is not negative"));
            if (writeOff && writeOff->isNegative())
                file.problem(ProcedureWriteOff, Tr::tr("a write-off is not negative"));
            // -1: unknown claim (named as a problem); 0: its patient was refused.
            const qint64 claimFamily = claimId ? familyOfClaim(file, ProcedureClaim, *claimId).value_or(-1) : -1;
            const auto target = chargeId ? charge(file, ProcedureCharge, *chargeId) : std::nullopt;
            if (!claimId || !chargeId || claimFamily < 0 || !target)
                continue;
            if (target->familyId && claimFamily && *target->familyId != claimFamily) {
                file.problem(ProcedureCharge, Tr::tr("charge %1 belongs to family %2, claim %3 to family %4")
                                                  .arg(*chargeId)
                                                  .arg(*target->familyId)
                                                  .arg(*claimId)
                                                  .arg(claimFamily));
                continue;
            }
            if (const int line = seen.value({*claimId, *chargeId}); line) {
                file.problem(ProcedureCharge, Tr::tr("charge %1 is already on claim %2 on line %3").arg(*chargeId).arg(*claimId).arg(line));
                continue;
            }
            seen.insert({*claimId, *chargeId}, file.line());
            // A claim takes its provider and clinic from its first procedure unless it names them.
            if (const qsizetype index = m_claimIndex.find(*claimId); index >= 0) {
                Claim &claim = m_batch.claims[index];
                if (!claim.providerId)
                    claim.providerId = target->providerId;
                if (!claim.clinicId)
                    claim.clinicId = target->clinicId;
            }
            m_batch.claimProcedures.append({0, *claimId, *chargeId, paid.value_or(Money()), writeOff.value_or(Money())});
        }
        return file.finish();
    }

    bool readClaimPayments()
    {
        ImportTable &file = m_claimPaymentsFile;
        while (file.next()) {
            const auto claimId = file.id(ClaimPaymentClaim);
            const auto date = file.date(ClaimPaymentDate);
            const auto amount = file.money(ClaimPaymentAmount);
            if (amount && !amount->isPositive())
                file.problem(ClaimPaymentAmount, Tr::tr("an as-total claim payment is more than 0.00"));
            if (claimId && familyOfClaim(file, ClaimPaymentClaim, *claimId) && date && amount)
                m_batch.claimPayments.append({0, *claimId, *date, *amount});
        }
        return file.finish();
    }

    // A claim whose procedures gave it no provider or clinic must name them: the balancer
    // needs someone to hold insurance money it cannot put on a procedure.
    void checkClaimAttribution()
    {
        for (qsizetype i = 0; i < m_batch.claims.size(); ++i) {
            const Claim &c = m_batch.claims.at(i);
            if (!c.providerId)
                m_claimsFile.problemAt(m_claimLines.at(i), ClaimProvider, QString(),
                                       Tr::tr("claim %1 has no procedures in claim_procs.csv: name its provider").arg(c.id));
            if (!c.clinicId)
                m_claimsFile.problemAt(m_claimLines.at(i), ClaimClinic, QString(),
                                       Tr::tr("claim %1 has no procedures in claim_procs.csv: name its clinic").arg(c.id));
        }
    }

    // The family of a claim of this import or of the database; nullopt, with a problem, when
    // unknown. The family is 0 when the claim's patient was refused.
    std::optional<qint64> familyOfClaim(ImportTable &file, int column, qint64 id)
    {
        if (const qsizetype index = m_claimIndex.find(id); index >= 0)
            return m_claimFamilies.at(index);
        auto cached = m_storedClaims.constFind(id);
        if (cached == m_storedClaims.cend()) {
            SqlQuery q = m_db.query();
            q.prepare(QStringLiteral("SELECT p.family_id FROM claims c JOIN patients p ON p.id = c.patient_id WHERE c.id = :id"))
                .bind(QStringLiteral(":id"), id)
                .exec();
            cached = m_storedClaims.insert(id, q.next() ? std::optional(q.id(0)) : std::nullopt);
        }
        if (!*cached)
            file.problem(column, Tr::tr("there is no claim %1 in claims.csv or in the database").arg(id));
        return *cached;
    }

    // Rows that the files give no id are numbered above the table's ids.
    template<typename Row>
    void numberRows(const QString &table, QList<Row> &rows)
    {
        const qint64 first = BatchWriter::firstFreeId(m_db, table);
        for (qsizetype i = 0; i < rows.size(); ++i)
            rows[i].id = first + i;
    }

    // `conflict` names the payment; %2 is left for the code it already has.
    static void assignCoded(ImportTable &file, int column, qint64 &slot, qint64 id, const QString &conflict,
                            const CodeBook &book)
    {
        if (slot && slot != id)
            file.problem(column, conflict.arg(book.code(slot)));
        else
            slot = id;
    }

    qint64 provider(ImportTable &file, int column)
    {
        const auto code = file.requiredText(column);
        return code ? m_providers.id(*code) : 0;
    }

    qint64 clinic(ImportTable &file, int column)
    {
        const auto code = file.requiredText(column);
        return code ? m_clinics.id(*code) : 0;
    }

    // The patient a row names, from this import or the database; nullopt, with a problem,
    // when the patient is unknown or the id unreadable.
    std::optional<PatientRef> patient(ImportTable &file, int column)
    {
        const auto id = file.id(column);
        if (!id)
            return std::nullopt;
        const auto family = familyOfPatient(*id);
        if (!family) {
            file.problem(column, Tr::tr("there is no patient %1 in patients.csv or in the database").arg(*id));
            return std::nullopt;
        }
        return PatientRef{*id, *family};
    }

    std::optional<qint64> familyOfPatient(qint64 id)
    {
        if (const qsizetype index = m_patientIndex.find(id); index >= 0)
            return m_batch.patients.at(index).familyId;
        const auto cached = m_storedPatients.constFind(id);
        if (cached != m_storedPatients.cend())
            return *cached;
        if (!m_patientLookup) {
            m_patientLookup.emplace(m_db.query());
            m_patientLookup->prepare(QStringLiteral("SELECT family_id FROM patients WHERE id = :id"));
        }
        m_patientLookup->bind(QStringLiteral(":id"), id).exec();
        const std::optional<qint64> family = m_patientLookup->next() ? std::optional(m_patientLookup->id(0)) : std::nullopt;
        m_patientLookup->finish();
        m_storedPatients.insert(id, family);
        return family;
    }

    // The charge a row names, from this import or the database; nullopt, with a problem, when unknown.
    std::optional<ChargeRef> charge(ImportTable &file, int column, qint64 id)
    {
        if (const qsizetype index = m_chargeIndex.find(id); index >= 0) {
            const Charge &c = m_batch.charges.at(index);
            return ChargeRef{c.patientId, c.providerId, c.clinicId, c.patientId ? familyOfPatient(c.patientId) : std::nullopt};
        }
        auto cached = m_storedCharges.constFind(id);
        if (cached == m_storedCharges.cend()) {
            if (!m_chargeLookup) {
                m_chargeLookup.emplace(m_db.query());
                m_chargeLookup->prepare(QStringLiteral("SELECT c.patient_id, c.provider_id, c.clinic_id, p.family_id"
                                                       " FROM charges c JOIN patients p ON p.id = c.patient_id WHERE c.id = :id"));
            }
            m_chargeLookup->bind(QStringLiteral(":id"), id).exec();
            std::optional<ChargeRef> ref;
            if (m_chargeLookup->next())
                ref = ChargeRef{m_chargeLookup->id(0), m_chargeLookup->id(1), m_chargeLookup->id(2), m_chargeLookup->id(3)};
            m_chargeLookup->finish();
            cached = m_storedCharges.insert(id, ref);
        }
        if (!*cached)
            file.problem(column, Tr::tr("there is no charge %1 in charges.csv or in the database").arg(id));
        return *cached;
    }

    // Exactly one guarantor per family, counting the members already in the database.
    void checkFamilies()
    {
        const QSet<qint64> stored = storedIdsAmong(QStringLiteral("families"), m_batch.families);
        SqlQuery guarantorOf = m_db.query();
        guarantorOf.prepare(QStringLiteral("SELECT id FROM patients WHERE family_id = :f AND is_guarantor = 1"));
        QHash<qint64, qint64> storedGuarantors;
        for (const qint64 family : std::as_const(stored)) {
            guarantorOf.bind(QStringLiteral(":f"), family).exec();
            if (guarantorOf.next())
                storedGuarantors.insert(family, guarantorOf.id(0));
            guarantorOf.finish();
        }
        for (const qint64 family : std::as_const(m_batch.families)) {
            const FamilyInfo &info = m_families[family];
            if (info.guarantors == 0 && !storedGuarantors.contains(family) && !info.unreadableFlag)
                m_patientsFile.problemAt(info.firstLine, Guarantor, QStringLiteral("0"),
                                         Tr::tr("family %1 has no guarantor; mark exactly one member with 1").arg(family));
        }
        if (!storedGuarantors.isEmpty()) {
            for (qsizetype i = 0; i < m_batch.patients.size(); ++i) {
                const Patient &p = m_batch.patients.at(i);
                if (p.isGuarantor && storedGuarantors.contains(p.familyId))
                    m_patientsFile.problemAt(m_patientLines.at(i), Guarantor, QStringLiteral("1"),
                                             Tr::tr("family %1 already has a guarantor in the database: patient %2")
                                                 .arg(p.familyId)
                                                 .arg(storedGuarantors.value(p.familyId)));
            }
        }
        m_batch.families.removeIf([&](qint64 family) { return stored.contains(family); });
    }

    // Ids are kept as given, so one that the database already has is refused.
    template<typename Row>
    void checkStoredIds(const QString &table, const QList<Row> &rows, const IdIndex &index, const QList<int> &lines,
                        ImportTable &file, int column)
    {
        QList<qint64> ids;
        ids.reserve(rows.size());
        for (const Row &row : rows)
            ids.append(row.id);
        const QSet<qint64> stored = storedIdsAmong(table, ids);
        if (stored.isEmpty())
            return;
        QList<qint64> sorted(stored.cbegin(), stored.cend());
        std::sort(sorted.begin(), sorted.end());
        for (const qint64 id : std::as_const(sorted)) {
            file.problemAt(lines.at(index.find(id)), column, QString::number(id),
                           Tr::tr("this id is already in the database; each record can be imported once"));
        }
    }

    // The ids of `ids` that `table` already holds, read as one range so that importing into
    // an empty database, or above its ids, costs one query that finds nothing.
    QSet<qint64> storedIdsAmong(const QString &table, const QList<qint64> &ids)
    {
        QSet<qint64> found;
        if (ids.isEmpty())
            return found;
        const auto [low, high] = std::minmax_element(ids.cbegin(), ids.cend());
        const QSet<qint64> wanted(ids.cbegin(), ids.cend());
        SqlQuery q = m_db.query();
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE id BETWEEN :low AND :high").arg(table))
            .bind(QStringLiteral(":low"), *low)
            .bind(QStringLiteral(":high"), *high)
            .exec();
        while (q.next()) {
            if (wanted.contains(q.id(0)))
                found.insert(q.id(0));
        }
        return found;
    }

    const Database &m_db;
    QStringList m_problems;
    LedgerBatch m_batch;
    ImportSummary m_summary;
    ImportTable m_patientsFile, m_chargesFile, m_adjustmentsFile, m_paymentsFile, m_splitsFile, m_claimsFile,
        m_claimProceduresFile, m_claimPaymentsFile;
    CodeBook m_providers, m_clinics;
    IdIndex m_patientIndex, m_chargeIndex, m_adjustmentIndex, m_paymentIndex, m_claimIndex;
    QList<int> m_patientLines, m_chargeLines, m_adjustmentLines, m_paymentLines, m_claimLines;
    QList<qint64> m_claimFamilies; // by claim position; 0 when the claim's patient was refused
    QHash<qint64, std::optional<qint64>> m_storedClaims;
    QHash<qint64, FamilyInfo> m_families;
    QHash<qint64, std::optional<qint64>> m_storedPatients;
    QHash<qint64, std::optional<ChargeRef>> m_storedCharges;
    std::optional<SqlQuery> m_patientLookup, m_chargeLookup;
};

} // namespace

Importer::Importer(const Database &db, QString user)
    : m_db(db), m_user(std::move(user))
{
}

ImportSummary Importer::importFolder(const QString &folder)
{
    Permissions::require(m_user, Permissions::Action::Import);
    if (!QFileInfo(folder).isDir())
        throw Refusal(Tr::tr("The import folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    LedgerBatch batch;
    ImportSummary summary;
    {
        ImportRun run(m_db, folder);
        run.read();
        if (!run.problems().isEmpty())
            throw Refusal(run.problems());
        // The indexes of the checks are let go before the database gets its share of memory.
        batch = run.takeBatch();
        summary = run.summary();
    }
    BatchWriter::write(m_db, batch, m_user, QStringLiteral("import"));
    return summary;
}

} // namespace paydesk::core
