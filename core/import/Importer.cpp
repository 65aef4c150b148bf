#include "import/Importer.h"

#include "import/BatchWriter.h"
#include "import/ImportTable.h"
#include "import/RowPipe.h"
#include "ledger/Adjustment.h"
#include "ledger/Allocation.h"
#include "ledger/Charge.h"
#include "ledger/Claim.h"
#include "ledger/Directory.h"
#include "ledger/LedgerCalendar.h"
#include "ledger/Patient.h"
#include "ledger/Payment.h"
#include "ledger/ProcedureCodes.h"
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
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
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
enum ProcedureCodeColumn { CodeCode, CodeDescription, CodeFee };

// Row positions by id. The ids of a practice's history are mostly consecutive, so they
// index a vector from the first id seen (one array access, no hashing: a million-row
// import looks ids up several million times); ids far from the others go to a hash.
// Positions take 32 bits: a file holds fewer than two billion rows.
class IdIndex
{
public:
    // The position of the row that already has `id`, or -1 after recording `position` for it.
    qsizetype claim(qint64 id, qsizetype position)
    {
        if (m_base < 0)
            m_base = id;
        ++m_count;
        m_lowest = std::min(m_lowest, id);
        m_highest = std::max(m_highest, id);
        const qint64 offset = id - m_base;
        if (offset < 0 || offset >= 16 * m_count + 65536) {
            qint32 &slot = m_sparse[id];
            if (slot)
                return slot - 1;
            slot = qint32(position + 1);
            return -1;
        }
        if (size_t(offset) >= m_dense.size())
            m_dense.resize(std::max(size_t(offset) + 1, m_dense.size() * 2), 0);
        qint32 &slot = m_dense[size_t(offset)];
        if (!slot && !m_sparse.isEmpty()) // the vector may have grown over an id kept in the hash
            slot = m_sparse.value(id);
        if (slot)
            return slot - 1;
        slot = qint32(position + 1);
        return -1;
    }

    qsizetype find(qint64 id) const
    {
        const qint64 offset = id - m_base;
        if (m_base >= 0 && offset >= 0 && size_t(offset) < m_dense.size() && m_dense[size_t(offset)])
            return m_dense[size_t(offset)] - 1;
        return m_sparse.isEmpty() ? -1 : m_sparse.value(id) - 1;
    }

    bool isEmpty() const { return m_count == 0; }
    qint64 lowest() const { return m_lowest; }
    qint64 highest() const { return m_highest; }

private:
    // Position + 1, so that 0 means "no row".
    std::vector<qint32> m_dense;
    QHash<qint64, qint32> m_sparse;
    qint64 m_base = -1;
    qint64 m_count = 0;
    qint64 m_lowest = std::numeric_limits<qint64>::max();
    qint64 m_highest = 0;
};

// Providers or clinics by code: the database's own, and new ones numbered above them.
// The rows keep the position of theirs among the ones referred to, in 32 bits.
class CodeBook
{
public:
    CodeBook(const QList<CodedEntity> &stored, qint64 firstNewId) : m_next(firstNewId)
    {
        for (const CodedEntity &e : stored)
            m_stored.insert(e.code, e);
    }

    // The position of `code` among the entities referred to, creating the entity on first use.
    qint32 use(const QString &code)
    {
        if (const auto found = m_positions.constFind(code); found != m_positions.cend())
            return *found;
        const CodedEntity entity = m_stored.value(code, CodedEntity{m_next, code, code});
        if (entity.id == m_next)
            ++m_next;
        const qint32 position = qint32(m_referenced.size());
        m_positions.insert(code, position);
        m_codes.insert(entity.id, code);
        m_referenced.append(entity);
        return position;
    }
    // The id of the entity at `position`; 0 for -1 (none).
    qint64 id(qint32 position) const { return position >= 0 ? m_referenced.at(position).id : 0; }
    // The id when the code is known (stored or used so far), else 0; creates nothing.
    qint64 existingId(const QString &code) const
    {
        if (const auto found = m_positions.constFind(code); found != m_positions.cend())
            return id(*found);
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
    const QList<CodedEntity> &referenced() const { return m_referenced; }

private:
    QHash<QString, CodedEntity> m_stored;
    QHash<QString, qint32> m_positions;
    QHash<qint64, QString> m_codes;
    qint64 m_next;
    QList<CodedEntity> m_referenced;
};

// Values worked out once per distinct spelling of a field (provider and clinic codes,
// payment methods): a row then costs one lookup by the field's bytes, not a string built,
// trimmed and hashed.
template<typename T>
class ByText
{
public:
    template<typename Compute>
    T get(QByteArrayView field, Compute compute)
    {
        // Rows in a row often repeat a value (a family's dentist and clinic).
        const std::string_view key(field.data(), size_t(field.size()));
        if (m_last != m_values.end() && m_last->first == key)
            return m_last->second;
        m_last = m_values.find(key);
        if (m_last == m_values.end())
            m_last = m_values.emplace(std::string(key), compute()).first;
        return m_last->second;
    }

    std::optional<T> find(QByteArrayView field) const
    {
        const auto found = m_values.find(std::string_view(field.data(), size_t(field.size())));
        return found != m_values.end() ? std::optional(found->second) : std::nullopt;
    }

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view bytes) const { return std::hash<std::string_view>{}(bytes); }
    };
    std::unordered_map<std::string, T, Hash, std::equal_to<>> m_values;
    typename std::unordered_map<std::string, T, Hash, std::equal_to<>>::const_iterator m_last = m_values.end();
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
    bool voided = false; // a stored charge that was voided takes nothing more
};

// What the check keeps of each row of the files, by position: what the rows that refer to
// it are checked against, and the line that names it. A million-row import holds these,
// not the rows.
struct PatientRow
{
    qint64 familyId = 0; // 0: unreadable
    int line = 0;
    bool guarantor = false;
};

struct ChargeRow
{
    qint64 patientId = 0; // 0: refused
    qint32 provider = -1; // positions in the code books; -1: refused
    qint32 clinic = -1;
    int line = 0;
};

struct PaymentRow
{
    qint64 familyId = 0; // 0: the patient was refused
    qint64 cents = 0;    // 0: the amount was refused (or is 0.00, which is refused)
    qint64 splitCents = 0;
    qint32 provider = -1; // given by an unallocated split; -1: none
    qint32 clinic = -1;
    int line = 0;
    bool overspent = false;
};

struct ClaimRow
{
    qint64 id = 0;
    qint64 familyId = 0;   // 0: the patient was refused
    qint64 providerId = 0; // named, or else its first procedure's; 0: none yet
    qint64 clinicId = 0;
    int line = 0;
};

// One import, in two passes over the files. The first reads every row and checks it
// against the others and against the database, collecting every problem; the second, only
// when there are none, reads the files again and writes the rows as they come, so that
// neither pass holds more than what rows refer to (see the *Row structs).
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
          m_procedureCodesFile(folder, u"procedure_codes.csv", m_problems),
          m_calendar(db),
          m_providers(Directory(db).providers(), BatchWriter::firstFreeId(db, QStringLiteral("providers"))),
          m_clinics(Directory(db).clinics(), BatchWriter::firstFreeId(db, QStringLiteral("clinics")))
    {
    }

    const QStringList &problems() const { return m_problems; }
    const ImportSummary &summary() const { return m_summary; }

    void check()
    {
        const bool patients = openPatients();
        const bool charges = openCharges();
        const bool adjustments = openAdjustments();
        const bool payments = openPayments();
        openSplits();
        openClaims();
        openClaimProcedures();
        openClaimPayments();
        openProcedureCodes();
        // Without every file and column the rows cannot be checked against each other.
        if (!patients || !charges || !adjustments || !payments || !m_problems.isEmpty())
            return;
        // A malformed file stops the checks: the records after its error were not read,
        // and every reference to them would be named as unknown.
        if (!checkPatients() || !checkCharges() || !checkAdjustments() || !checkPayments() || !checkSplits()
            || !checkClaims() || !checkClaimProcedures() || !checkClaimPayments() || !checkProcedureCodes())
            return;
        checkClaimAttribution();
        checkFamilies();
        checkStoredIds(QStringLiteral("patients"), m_patientIndex, m_patientsFile, PatientId,
                       [this](qsizetype i) { return m_patientRows[size_t(i)].line; });
        checkStoredIds(QStringLiteral("charges"), m_chargeIndex, m_chargesFile, ChargeId,
                       [this](qsizetype i) { return m_chargeRows[size_t(i)].line; });
        checkStoredIds(QStringLiteral("adjustments"), m_adjustmentIndex, m_adjustmentsFile, AdjustmentId,
                       [this](qsizetype i) { return m_adjustmentLines[size_t(i)]; });
        checkStoredIds(QStringLiteral("payments"), m_paymentIndex, m_paymentsFile, PaymentId,
                       [this](qsizetype i) { return m_paymentRows[size_t(i)].line; });
        checkStoredIds(QStringLiteral("claims"), m_claimIndex, m_claimsFile, ClaimId,
                       [this](qsizetype i) { return m_claimRows[size_t(i)].line; });
        m_summary.families = m_newFamilies.size();
        m_summary.patients = qint64(m_patientRows.size());
        m_summary.charges = qint64(m_chargeRows.size());
        m_summary.adjustments = qint64(m_adjustmentLines.size());
        m_summary.payments = qint64(m_paymentRows.size());
        m_summary.claims = qint64(m_claimRows.size());
        m_summary.procedureCodes = m_codes.size();
    }

    // Only after check() found no problem.
    void write(const QString &user)
    {
        // What the writing needs of the checks: the charges (allocations copy their patient,
        // provider and clinic) and the payments' provider and clinic. The rest goes before
        // the database takes its share of memory.
        std::vector<std::pair<qint32, qint32>> paymentCoding;
        paymentCoding.reserve(m_paymentRows.size());
        for (const PaymentRow &row : m_paymentRows)
            paymentCoding.emplace_back(row.provider, row.clinic);
        release(m_paymentRows);
        release(m_patientRows);
        release(m_adjustmentLines);
        m_families = {};
        m_storedPatients = {};
        m_patientIndex = {};
        m_paymentIndex = {};
        m_adjustmentIndex = {};
        m_claimIndex = {};
        m_storedClaims = {};

        BatchWriter writer(m_db, user,
                           {m_summary.families, m_summary.patients, m_summary.charges, m_summary.adjustments,
                            m_summary.payments, m_summary.allocations, m_summary.claims, m_summary.claimProcedures,
                            m_summary.claimPayments});
        writeProcedureCodes(user);
        for (const qint64 family : std::as_const(m_newFamilies))
            writer.addFamily(family);
        writer.addProviders(m_providers.referenced());
        writer.addClinics(m_clinics.referenced());
        writePatients(writer);
        writeCharges(writer);
        writeAdjustments(writer);
        writePayments(writer, paymentCoding);
        writeSplits(writer);
        release(m_chargeRows);
        m_chargeIndex = {};
        writeClaims(writer);
        release(m_claimRows);
        writeClaimProcedures(writer);
        writeClaimPayments(writer);
        writer.commit(QStringLiteral("import"));
    }

private:
    template<typename T>
    static void release(std::vector<T> &rows)
    {
        std::vector<T>().swap(rows);
    }

    bool openPatients()
    {
        return m_patientsFile.open(true, {{u"patient_id", true}, {u"family_id", true}, {u"last_name", true},
                                          {u"first_name", true}, {u"birth_date", true}, {u"guarantor", true}});
    }
    bool openCharges()
    {
        return m_chargesFile.open(true, {{u"charge_id", true}, {u"patient_id", true}, {u"date", true}, {u"code", true},
                                         {u"description", false}, {u"provider", true}, {u"clinic", true},
                                         {u"amount", true}});
    }
    bool openAdjustments()
    {
        return m_adjustmentsFile.open(true, {{u"adjustment_id", true}, {u"patient_id", true}, {u"date", true},
                                             {u"type", true}, {u"provider", true}, {u"clinic", true},
                                             {u"amount", true}, {u"charge_id", false}});
    }
    bool openPayments()
    {
        return m_paymentsFile.open(true, {{u"payment_id", true}, {u"patient_id", true}, {u"date", true},
                                          {u"amount", true}, {u"method", true}, {u"reference", false}});
    }
    bool openSplits()
    {
        return m_splitsFile.open(false, {{u"payment_id", true}, {u"charge_id", true}, {u"amount", true},
                                         {u"provider", false}, {u"clinic", false}});
    }
    bool openClaims()
    {
        return m_claimsFile.open(false, {{u"claim_id", true}, {u"patient_id", true}, {u"date", true}, {u"payer", true},
                                         {u"status", true}, {u"provider", false}, {u"clinic", false}});
    }
    bool openClaimProcedures()
    {
        return m_claimProceduresFile.open(false, {{u"claim_id", true}, {u"charge_id", true}, {u"ins_paid", true},
                                                  {u"writeoff", true}});
    }
    bool openClaimPayments()
    {
        return m_claimPaymentsFile.open(false, {{u"claim_id", true}, {u"date", true}, {u"amount", true}});
    }
    bool openProcedureCodes()
    {
        return m_procedureCodesFile.open(false, {{u"code", true}, {u"description", true}, {u"fee", true}});
    }

    // The date of a ledger entry (charge, adjustment, payment, claim, claim payment): the
    // period up to the lock date is closed to an import as to the desk.
    std::optional<QDate> entryDate(ImportTable &file, int column)
    {
        const std::optional<QDate> date = file.date(column);
        if (date && m_calendar.isClosed(*date))
            file.problem(column, Tr::tr("on or before the lock date %1 (ledger.lock_date): that period is closed")
                                     .arg(m_calendar.lockDate().toString(Qt::ISODate)));
        return date;
    }

    // A stored charge that was voided takes no adjustment, split or claim procedure.
    static bool refuseVoided(ImportTable &file, int column, qint64 chargeId, const std::optional<ChargeRef> &ref)
    {
        if (!ref || !ref->voided)
            return false;
        file.problem(column, Tr::tr("charge %1 was voided: it takes nothing more").arg(chargeId));
        return true;
    }

    template<typename Rows>
    static void reserveFor(const ImportTable &file, Rows &rows)
    {
        if (const qsizetype hint = file.sizeHint())
            rows.reserve(size_t(hint));
    }

    bool checkPatients()
    {
        ImportTable &file = m_patientsFile;
        while (file.next()) {
            reserveFor(file, m_patientRows);
            const auto id = file.id(PatientId);
            const auto family = file.id(PatientFamily);
            file.requireText(LastName);
            file.requireText(FirstName);
            file.date(BirthDate);
            const QByteArrayView flag = file.textUtf8(Guarantor);
            const bool readableFlag = flag == "1" || flag == "0";
            const bool guarantor = flag == "1";
            if (!readableFlag)
                file.problem(Guarantor, Tr::tr("write 1 for the family's guarantor and 0 for the other members"));
            if (!id)
                continue;
            if (const qsizetype earlier = m_patientIndex.claim(*id, qsizetype(m_patientRows.size())); earlier >= 0) {
                file.problem(PatientId,
                             Tr::tr("patient %1 is already on line %2").arg(*id).arg(m_patientRows[size_t(earlier)].line));
                continue;
            }
            m_patientRows.push_back({family.value_or(0), file.line(), guarantor});
            if (!family)
                continue;
            auto info = m_families.find(*family);
            if (info == m_families.end()) {
                info = m_families.insert(*family, FamilyInfo{file.line()});
                m_newFamilies.append(*family);
                m_familyRange = {std::min(m_familyRange.first, *family), std::max(m_familyRange.second, *family)};
            }
            info->unreadableFlag = info->unreadableFlag || !readableFlag;
            if (!guarantor)
                continue;
            if (++info->guarantors == 1)
                info->guarantorLine = file.line();
            else
                file.problem(Guarantor, Tr::tr("family %1 already has its guarantor on line %2").arg(*family).arg(info->guarantorLine));
        }
        return file.finish();
    }

    bool checkCharges()
    {
        ImportTable &file = m_chargesFile;
        while (file.next()) {
            reserveFor(file, m_chargeRows);
            const auto id = file.id(ChargeId);
            ChargeRow row;
            row.patientId = patient(file, ChargePatient).value_or(PatientRef()).id;
            entryDate(file, ChargeDate);
            file.requireText(ChargeCode);
            row.provider = coded(file, ChargeProvider, m_providers, m_providerPositions);
            row.clinic = coded(file, ChargeClinic, m_clinics, m_clinicPositions);
            if (const auto amount = file.money(ChargeAmount); amount && amount->isNegative())
                file.problem(ChargeAmount, Tr::tr("a charge may not be negative; enter a credit as an adjustment"));
            if (!id)
                continue;
            if (const qsizetype earlier = m_chargeIndex.claim(*id, qsizetype(m_chargeRows.size())); earlier >= 0) {
                file.problem(ChargeId,
                             Tr::tr("charge %1 is already on line %2").arg(*id).arg(m_chargeRows[size_t(earlier)].line));
                continue;
            }
            row.line = file.line();
            m_chargeRows.push_back(row);
        }
        return file.finish();
    }

    bool checkAdjustments()
    {
        ImportTable &file = m_adjustmentsFile;
        while (file.next()) {
            reserveFor(file, m_adjustmentLines);
            const auto id = file.id(AdjustmentId);
            const auto owner = patient(file, AdjustmentPatient);
            entryDate(file, AdjustmentDate);
            file.requireText(AdjustmentType);
            coded(file, AdjustmentProvider, m_providers, m_providerPositions);
            coded(file, AdjustmentClinic, m_clinics, m_clinicPositions);
            file.money(AdjustmentAmount);
            if (const auto chargeId = file.id(AdjustmentCharge, true); chargeId && *chargeId) {
                const auto ref = charge(file, AdjustmentCharge, *chargeId);
                if (!refuseVoided(file, AdjustmentCharge, *chargeId, ref) && ref && owner && ref->familyId
                    && *ref->familyId != owner->familyId)
                    file.problem(AdjustmentCharge, Tr::tr("charge %1 belongs to family %2, patient %3 to family %4")
                                                       .arg(*chargeId)
                                                       .arg(*ref->familyId)
                                                       .arg(owner->id)
                                                       .arg(owner->familyId));
            }
            if (!id)
                continue;
            if (const qsizetype earlier = m_adjustmentIndex.claim(*id, qsizetype(m_adjustmentLines.size())); earlier >= 0) {
                file.problem(AdjustmentId,
                             Tr::tr("adjustment %1 is already on line %2").arg(*id).arg(m_adjustmentLines[size_t(earlier)]));
                continue;
            }
            m_adjustmentLines.push_back(file.line());
        }
        return file.finish();
    }

    bool checkPayments()
    {
        ImportTable &file = m_paymentsFile;
        while (file.next()) {
            reserveFor(file, m_paymentRows);
            const auto id = file.id(PaymentId);
            PaymentRow row;
            row.familyId = patient(file, PaymentPatient).value_or(PatientRef()).familyId;
            entryDate(file, PaymentDate);
            if (const auto amount = file.money(PaymentAmount)) {
                if (amount->isZero())
                    file.problem(PaymentAmount, Tr::tr("a payment of 0.00 moves no money"));
                row.cents = amount->cents();
            }
            if (!method(file))
                file.problem(PaymentMethodColumn, Tr::tr("not a payment method; use cash, check, card, portal or other"));
            if (!id)
                continue;
            if (const qsizetype earlier = m_paymentIndex.claim(*id, qsizetype(m_paymentRows.size())); earlier >= 0) {
                file.problem(PaymentId,
                             Tr::tr("payment %1 is already on line %2").arg(*id).arg(m_paymentRows[size_t(earlier)].line));
                continue;
            }
            row.line = file.line();
            m_paymentRows.push_back(row);
        }
        return file.finish();
    }

    bool checkSplits()
    {
        ImportTable &file = m_splitsFile;
        while (file.next()) {
            ++m_summary.splits;
            const auto paymentId = file.id(SplitPayment);
            const auto chargeId = file.id(SplitCharge, true);
            const auto amount = file.money(SplitAmount);
            const bool namesProvider = !file.textUtf8(SplitProvider).isEmpty();
            const bool namesClinic = !file.textUtf8(SplitClinic).isEmpty();
            const qsizetype index = paymentId ? m_paymentIndex.find(*paymentId) : -1;
            if (paymentId && index < 0)
                file.problem(SplitPayment, Tr::tr("payment %1 is not in payments.csv; splits come with their payment")
                                               .arg(*paymentId));
            PaymentRow *payment = index >= 0 ? &m_paymentRows[size_t(index)] : nullptr;
            // 0: unknown (its patient was refused in payments.csv).
            const qint64 paymentFamily = payment ? payment->familyId : 0;

            std::optional<ChargeRef> target;
            if (chargeId && *chargeId) {
                target = charge(file, SplitCharge, *chargeId);
                if (refuseVoided(file, SplitCharge, *chargeId, target))
                    target.reset();
                if (target && target->familyId && paymentFamily && *target->familyId != paymentFamily) {
                    file.problem(SplitCharge, Tr::tr("charge %1 belongs to family %2, payment %3 to family %4")
                                                  .arg(*chargeId)
                                                  .arg(*target->familyId)
                                                  .arg(*paymentId)
                                                  .arg(paymentFamily));
                    target.reset();
                }
                // An allocation copies its charge's provider and clinic; the columns may only confirm them.
                if (target && namesProvider
                    && knownId(file, SplitProvider, m_providers, m_providerPositions) != target->providerId)
                    file.problem(SplitProvider, Tr::tr("charge %1 is by provider %2").arg(*chargeId).arg(m_providers.code(target->providerId)));
                if (target && namesClinic && knownId(file, SplitClinic, m_clinics, m_clinicPositions) != target->clinicId)
                    file.problem(SplitClinic, Tr::tr("charge %1 is at clinic %2").arg(*chargeId).arg(m_clinics.code(target->clinicId)));
            } else if (chargeId && payment) {
                // An unallocated split says whose work the payment was for.
                if (namesProvider)
                    assignCoded(file, SplitProvider, payment->provider,
                                position(file, SplitProvider, m_providers, m_providerPositions),
                                Tr::tr("payment %1 already has provider %2 from another split").arg(*paymentId), m_providers);
                if (namesClinic)
                    assignCoded(file, SplitClinic, payment->clinic, position(file, SplitClinic, m_clinics, m_clinicPositions),
                                Tr::tr("payment %1 already has clinic %2 from another split").arg(*paymentId), m_clinics);
            }
            // A payment whose amount was refused has nothing to check its splits against.
            if (!amount || !payment || payment->cents == 0)
                continue;
            const bool toCharge = chargeId && *chargeId;
            if (amount->isZero() && toCharge) {
                file.problem(SplitAmount, Tr::tr("a split to a charge may not be 0.00"));
                continue;
            }
            const Money paymentAmount = Money::fromCents(payment->cents);
            if (!amount->isZero() && amount->isNegative() != paymentAmount.isNegative()) {
                file.problem(SplitAmount, Tr::tr("the sign is not that of payment %1 (%2)")
                                              .arg(*paymentId)
                                              .arg(paymentAmount.toString()));
                continue;
            }
            // Both have the payment's sign, so comparing magnitudes covers negative payments
            // too. Summing stops at the first excess: two amounts in range cannot overflow.
            if (!payment->overspent) {
                qint64 &sum = payment->splitCents;
                sum += amount->cents();
                if (qAbs(sum) > qAbs(payment->cents)) {
                    payment->overspent = true;
                    const QString total = qAbs(sum) <= Money::maxCents ? Money::fromCents(sum).toString() : QString();
                    file.problem(SplitAmount, total.isEmpty()
                                                  ? Tr::tr("the splits of payment %1 add up to more than its amount %2")
                                                        .arg(*paymentId)
                                                        .arg(paymentAmount.toString())
                                                  : Tr::tr("the splits of payment %1 add up to %2, more than its amount %3")
                                                        .arg(*paymentId)
                                                        .arg(total, paymentAmount.toString()));
                }
            }
            if (target)
                ++m_summary.allocations;
        }
        return file.finish();
    }

    bool checkClaims()
    {
        ImportTable &file = m_claimsFile;
        while (file.next()) {
            reserveFor(file, m_claimRows);
            const auto id = file.id(ClaimId);
            ClaimRow row;
            const auto owner = patient(file, ClaimPatient);
            entryDate(file, ClaimDate);
            file.requireText(ClaimPayer);
            if (const qint32 provider = position(file, ClaimProvider, m_providers, m_providerPositions); provider >= 0)
                row.providerId = m_providers.id(provider);
            if (const qint32 clinic = position(file, ClaimClinic, m_clinics, m_clinicPositions); clinic >= 0)
                row.clinicId = m_clinics.id(clinic);
            if (!id)
                continue;
            if (const qsizetype earlier = m_claimIndex.claim(*id, qsizetype(m_claimRows.size())); earlier >= 0) {
                file.problem(ClaimId, Tr::tr("claim %1 is already on line %2").arg(*id).arg(m_claimRows[size_t(earlier)].line));
                continue;
            }
            row.id = *id;
            row.familyId = owner ? owner->familyId : 0;
            row.line = file.line();
            m_claimRows.push_back(row);
        }
        return file.finish();
    }

    bool checkClaimProcedures()
    {
        ImportTable &file = m_claimProceduresFile;
        QHash<std::pair<qint64, qint64>, int> seen; // (claim, charge) -> line
        while (file.next()) {
            const auto claimId = file.id(ProcedureClaim);
            const auto chargeId = file.id(ProcedureCharge);
            const auto paid = file.money(ProcedureInsurancePaid);
            const auto writeOff = file.money(ProcedureWriteOff);
            if (paid && paid->isNegative())
                file.problem(ProcedureInsurancePaid, Tr::tr("insurance paid may not be negative"));
            if (writeOff && writeOff->isNegative())
                file.problem(ProcedureWriteOff, Tr::tr("a write-off may not be negative"));
            // -1: unknown claim (named as a problem); 0: its patient was refused.
            const qint64 claimFamily = claimId ? familyOfClaim(file, ProcedureClaim, *claimId).value_or(-1) : -1;
            const auto target = chargeId ? charge(file, ProcedureCharge, *chargeId) : std::nullopt;
            if (!claimId || !chargeId || claimFamily < 0 || !target || refuseVoided(file, ProcedureCharge, *chargeId, target))
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
                ClaimRow &claim = m_claimRows[size_t(index)];
                if (!claim.providerId)
                    claim.providerId = target->providerId;
                if (!claim.clinicId)
                    claim.clinicId = target->clinicId;
            }
            ++m_summary.claimProcedures;
        }
        return file.finish();
    }

    bool checkClaimPayments()
    {
        ImportTable &file = m_claimPaymentsFile;
        while (file.next()) {
            const auto claimId = file.id(ClaimPaymentClaim);
            const auto date = entryDate(file, ClaimPaymentDate);
            const auto amount = file.money(ClaimPaymentAmount);
            if (amount && !amount->isPositive())
                file.problem(ClaimPaymentAmount, Tr::tr("an as-total claim payment must be more than 0.00"));
            if (claimId && familyOfClaim(file, ClaimPaymentClaim, *claimId) && date && amount)
                ++m_summary.claimPayments;
        }
        return file.finish();
    }

    // The practice's procedure codes: each named once, with a description; a code already
    // in the table takes the file's description and fee.
    bool checkProcedureCodes()
    {
        ImportTable &file = m_procedureCodesFile;
        QHash<QString, int> lines; // by code in lower case
        while (file.next()) {
            const std::optional<QString> code = file.requiredText(CodeCode);
            const std::optional<QString> description = file.requiredText(CodeDescription);
            std::optional<Money> fee;
            bool feeRead = true;
            if (!file.textUtf8(CodeFee).isEmpty()) {
                fee = file.money(CodeFee);
                feeRead = fee.has_value();
            }
            if (!code)
                continue;
            if (const int earlier = lines.value(code->toLower())) {
                file.problem(CodeCode, Tr::tr("code %1 is already on line %2").arg(*code).arg(earlier));
                continue;
            }
            lines.insert(code->toLower(), file.line());
            if (!description || !feeRead)
                continue;
            const ProcedureCode read{*code, *description, fee};
            const QStringList refused = ProcedureCodes::problems(read);
            for (const QString &problem : refused)
                file.problemOfRecord(problem);
            if (refused.isEmpty())
                m_codes.append(read);
        }
        return file.finish();
    }

    // Small enough to keep from the first pass; written only if the file is still as read.
    void writeProcedureCodes(const QString &user)
    {
        if (m_codes.isEmpty())
            return;
        if (!m_procedureCodesFile.unchanged())
            throw Refusal(Tr::tr("%1 changed while it was being imported; nothing was imported.")
                              .arg(m_procedureCodesFile.fileName()));
        const ProcedureCodes codes(m_db);
        for (const ProcedureCode &code : std::as_const(m_codes))
            codes.store(user, code);
    }

    // A charge without a description takes its code's, from the file or the table.
    QString descriptionOf(const QString &code)
    {
        if (!m_tableCodesRead) {
            m_tableCodesRead = true;
            for (const ProcedureCode &known : ProcedureCodes(m_db).list())
                m_codeDescriptions.insert(known.code.toLower(), known.description); // the file's are stored by now
        }
        return m_codeDescriptions.value(code.toLower());
    }

    // A claim whose procedures gave it no provider or clinic must name them: the balancer
    // needs someone to hold insurance money it cannot put on a procedure.
    void checkClaimAttribution()
    {
        for (const ClaimRow &c : m_claimRows) {
            if (!c.providerId)
                m_claimsFile.problemAt(c.line, ClaimProvider, QString(),
                                       Tr::tr("claim %1 has no procedures in claim_procs.csv: name its provider").arg(c.id));
            if (!c.clinicId)
                m_claimsFile.problemAt(c.line, ClaimClinic, QString(),
                                       Tr::tr("claim %1 has no procedures in claim_procs.csv: name its clinic").arg(c.id));
        }
    }

    // The family of a claim of this import or of the database; nullopt, with a problem, when
    // unknown. The family is 0 when the claim's patient was refused.
    std::optional<qint64> familyOfClaim(ImportTable &file, int column, qint64 id)
    {
        if (const qsizetype index = m_claimIndex.find(id); index >= 0)
            return m_claimRows[size_t(index)].familyId;
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

    // `conflict` names the payment; %2 is left for the code it already has.
    static void assignCoded(ImportTable &file, int column, qint32 &slot, qint32 position, const QString &conflict,
                            const CodeBook &book)
    {
        if (slot >= 0 && slot != position)
            file.problem(column, conflict.arg(book.code(book.id(slot))));
        else
            slot = position;
    }

    // The provider or clinic a field names, as its position in `book`, created on first
    // use; -1 when the field is empty.
    static qint32 position(ImportTable &file, int column, CodeBook &book, ByText<qint32> &positions)
    {
        return positions.get(file.utf8(column), [&] {
            const QString code = file.text(column);
            return code.isEmpty() ? -1 : book.use(code);
        });
    }

    // The same for a required column: -1 comes with a problem.
    static qint32 coded(ImportTable &file, int column, CodeBook &book, ByText<qint32> &positions)
    {
        const qint32 found = position(file, column, book, positions);
        if (found < 0)
            file.problem(column, Tr::tr("this column may not be empty"));
        return found;
    }

    // The id of the provider or clinic a field names when it is known, else 0; creates nothing.
    static qint64 knownId(ImportTable &file, int column, const CodeBook &book, const ByText<qint32> &positions)
    {
        if (const auto found = positions.find(file.utf8(column)); found && *found >= 0)
            return book.id(*found);
        return book.existingId(file.text(column));
    }

    std::optional<PaymentMethod> method(ImportTable &file)
    {
        return m_methods.get(file.utf8(PaymentMethodColumn),
                             [&] { return parsePaymentMethod(file.value(PaymentMethodColumn)); });
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
            return m_patientRows[size_t(index)].familyId;
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
            const ChargeRow &c = m_chargeRows[size_t(index)];
            return ChargeRef{c.patientId, m_providers.id(c.provider), m_clinics.id(c.clinic),
                             c.patientId ? familyOfPatient(c.patientId) : std::nullopt};
        }
        auto cached = m_storedCharges.constFind(id);
        if (cached == m_storedCharges.cend()) {
            if (!m_chargeLookup) {
                m_chargeLookup.emplace(m_db.query());
                m_chargeLookup->prepare(QStringLiteral(
                    "SELECT c.patient_id, c.provider_id, c.clinic_id, p.family_id, (SELECT COUNT(*) FROM adjustments v"
                    " WHERE v.charge_id = c.id AND v.kind = 'void' AND v.reverses_adjustment_id IS NULL)"
                    " FROM charges c JOIN patients p ON p.id = c.patient_id WHERE c.id = :id"));
            }
            m_chargeLookup->bind(QStringLiteral(":id"), id).exec();
            std::optional<ChargeRef> ref;
            if (m_chargeLookup->next())
                ref = ChargeRef{m_chargeLookup->id(0), m_chargeLookup->id(1), m_chargeLookup->id(2), m_chargeLookup->id(3),
                                m_chargeLookup->id(4) > 0};
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
        const QSet<qint64> stored = storedIdsAmong(QStringLiteral("families"), m_familyRange.first, m_familyRange.second,
                                                   [this](qint64 id) { return m_families.contains(id); });
        SqlQuery guarantorOf = m_db.query();
        guarantorOf.prepare(QStringLiteral("SELECT id FROM patients WHERE family_id = :f AND is_guarantor = 1"));
        QHash<qint64, qint64> storedGuarantors;
        for (const qint64 family : stored) {
            guarantorOf.bind(QStringLiteral(":f"), family).exec();
            if (guarantorOf.next())
                storedGuarantors.insert(family, guarantorOf.id(0));
            guarantorOf.finish();
        }
        for (const qint64 family : std::as_const(m_newFamilies)) {
            const FamilyInfo &info = m_families[family];
            if (info.guarantors == 0 && !storedGuarantors.contains(family) && !info.unreadableFlag)
                m_patientsFile.problemAt(info.firstLine, Guarantor, QStringLiteral("0"),
                                         Tr::tr("family %1 has no guarantor; mark exactly one member with 1").arg(family));
        }
        if (!storedGuarantors.isEmpty()) {
            for (const PatientRow &p : m_patientRows) {
                if (p.guarantor && storedGuarantors.contains(p.familyId))
                    m_patientsFile.problemAt(p.line, Guarantor, QStringLiteral("1"),
                                             Tr::tr("family %1 already has a guarantor in the database: patient %2")
                                                 .arg(p.familyId)
                                                 .arg(storedGuarantors.value(p.familyId)));
            }
        }
        m_newFamilies.removeIf([&](qint64 family) { return stored.contains(family); });
    }

    // Ids are kept as given, so one that the database already has is refused.
    template<typename LineOf>
    void checkStoredIds(const QString &table, const IdIndex &index, ImportTable &file, int column, LineOf lineOf)
    {
        if (index.isEmpty())
            return;
        const QSet<qint64> stored = storedIdsAmong(table, index.lowest(), index.highest(),
                                                   [&index](qint64 id) { return index.find(id) >= 0; });
        QList<qint64> sorted(stored.cbegin(), stored.cend());
        std::sort(sorted.begin(), sorted.end());
        for (const qint64 id : std::as_const(sorted)) {
            file.problemAt(lineOf(index.find(id)), column, QString::number(id),
                           Tr::tr("this id is already in the database; each record can be imported once"));
        }
    }

    // The ids `wanted` among those `table` holds from `low` to `high`: importing into an
    // empty database, or above its ids, costs one query that finds nothing.
    template<typename Wanted>
    QSet<qint64> storedIdsAmong(const QString &table, qint64 low, qint64 high, Wanted wanted)
    {
        QSet<qint64> found;
        if (low > high)
            return found;
        SqlQuery q = m_db.query();
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE id BETWEEN :low AND :high").arg(table))
            .bind(QStringLiteral(":low"), low)
            .bind(QStringLiteral(":high"), high)
            .exec();
        while (q.next()) {
            if (wanted(q.id(0)))
                found.insert(q.id(0));
        }
        return found;
    }

    // The second pass reads what the first one checked: a file that changed in between, or
    // while it is read, stops the import before anything is committed.
    //
    // It reads on a second thread while this one writes: reading the files again is about
    // a fifth of the pass, and a second core takes it. `read` makes the current record's
    // row (nullopt: nothing to write), `write` writes one. The reading side touches only
    // the files, the problems and what the first pass left, never the database.
    template<typename Row, typename Read, typename Write>
    void rewrite(ImportTable &file, Read read, Write write)
    {
        struct Stopped
        {
        };
        RowPipe<Row> pipe;
        std::exception_ptr readFailure;
        std::thread reader([&] {
            try {
                const QString changed = Tr::tr("%1 changed while it was being imported; nothing was imported.")
                                            .arg(file.fileName());
                if (!file.reopen())
                    throw Refusal(changed);
                std::vector<Row> chunk;
                chunk.reserve(RowPipe<Row>::chunkRows);
                while (file.next()) {
                    if (std::optional<Row> row = read()) {
                        chunk.push_back(std::move(*row));
                        if (chunk.size() == RowPipe<Row>::chunkRows && !pipe.push(chunk))
                            throw Stopped();
                    }
                }
                const bool wellFormed = file.finish();
                if (!m_problems.isEmpty())
                    throw Refusal(m_problems + QStringList{changed});
                if (!wellFormed || !file.unchanged())
                    throw Refusal(changed);
                pipe.push(chunk);
            } catch (...) {
                readFailure = std::current_exception();
            }
            pipe.close();
        });
        try {
            std::vector<Row> chunk;
            while (pipe.pop(chunk)) {
                for (const Row &row : chunk)
                    write(row);
            }
        } catch (...) {
            pipe.cancel();
            reader.join();
            throw;
        }
        reader.join();
        if (readFailure)
            std::rethrow_exception(readFailure);
    }

    void writePatients(BatchWriter &writer)
    {
        ImportTable &file = m_patientsFile;
        rewrite<Patient>(file, [&] {
            Patient p;
            p.id = file.id(PatientId).value_or(0);
            p.familyId = file.id(PatientFamily).value_or(0);
            p.lastName = file.text(LastName);
            p.firstName = file.text(FirstName);
            p.birthDate = file.date(BirthDate).value_or(QDate());
            p.isGuarantor = file.textUtf8(Guarantor) == "1";
            return std::optional(p);
        }, [&](const Patient &p) { writer.addPatient(p); });
    }

    void writeCharges(BatchWriter &writer)
    {
        ImportTable &file = m_chargesFile;
        rewrite<Charge>(file, [&] {
            Charge c;
            c.id = file.id(ChargeId).value_or(0);
            c.patientId = file.id(ChargePatient).value_or(0);
            c.date = file.date(ChargeDate).value_or(QDate());
            c.code = file.sharedText(ChargeCode);
            c.description = file.sharedText(ChargeDescription);
            c.providerId = m_providers.id(position(file, ChargeProvider, m_providers, m_providerPositions));
            c.clinicId = m_clinics.id(position(file, ChargeClinic, m_clinics, m_clinicPositions));
            c.amount = file.money(ChargeAmount).value_or(Money());
            return std::optional(c);
        }, [&](const Charge &c) {
            if (!c.description.isEmpty())
                return writer.addCharge(c);
            Charge described = c;
            described.description = descriptionOf(c.code);
            writer.addCharge(described);
        });
    }

    void writeAdjustments(BatchWriter &writer)
    {
        ImportTable &file = m_adjustmentsFile;
        rewrite<Adjustment>(file, [&] {
            Adjustment a;
            a.id = file.id(AdjustmentId).value_or(0);
            a.patientId = file.id(AdjustmentPatient).value_or(0);
            a.date = file.date(AdjustmentDate).value_or(QDate());
            a.type = file.sharedText(AdjustmentType);
            a.providerId = m_providers.id(position(file, AdjustmentProvider, m_providers, m_providerPositions));
            a.clinicId = m_clinics.id(position(file, AdjustmentClinic, m_clinics, m_clinicPositions));
            a.amount = file.money(AdjustmentAmount).value_or(Money());
            a.chargeId = file.id(AdjustmentCharge, true).value_or(0);
            return std::optional(a);
        }, [&](const Adjustment &a) { writer.addAdjustment(a); });
    }

    void writePayments(BatchWriter &writer, const std::vector<std::pair<qint32, qint32>> &coding)
    {
        ImportTable &file = m_paymentsFile;
        size_t position = 0;
        rewrite<Payment>(file, [&] {
            Payment p;
            p.id = file.id(PaymentId).value_or(0);
            p.patientId = file.id(PaymentPatient).value_or(0);
            p.date = file.date(PaymentDate).value_or(QDate());
            p.amount = file.money(PaymentAmount).value_or(Money());
            p.method = method(file).value_or(PaymentMethod::Other);
            p.reference = file.text(PaymentReference);
            if (position < coding.size()) {
                p.providerId = m_providers.id(coding[position].first);
                p.clinicId = m_clinics.id(coding[position].second);
            }
            ++position;
            return std::optional(p);
        }, [&](const Payment &p) { writer.addPayment(p); });
    }

    void writeSplits(BatchWriter &writer)
    {
        ImportTable &file = m_splitsFile;
        qint64 nextId = BatchWriter::firstFreeId(m_db, QStringLiteral("allocations"));
        rewrite<Allocation>(file, [&]() -> std::optional<Allocation> {
            const qint64 chargeId = file.id(SplitCharge, true).value_or(0);
            if (!chargeId)
                return std::nullopt; // unallocated: its money stays the payment's credit
            // The allocation copies the charge's patient, provider and clinic.
            qint64 patientId = 0, providerId = 0, clinicId = 0;
            if (const qsizetype index = m_chargeIndex.find(chargeId); index >= 0) {
                const ChargeRow &c = m_chargeRows[size_t(index)];
                patientId = c.patientId;
                providerId = m_providers.id(c.provider);
                clinicId = m_clinics.id(c.clinic);
            } else if (const std::optional<ChargeRef> stored = m_storedCharges.value(chargeId)) {
                patientId = stored->patientId;
                providerId = stored->providerId;
                clinicId = stored->clinicId;
            } else {
                file.problem(SplitCharge, Tr::tr("there is no charge %1 in charges.csv or in the database").arg(chargeId));
                return std::nullopt;
            }
            return Allocation{nextId++, file.id(SplitPayment).value_or(0), AllocationTarget::charge(chargeId),
                              file.money(SplitAmount).value_or(Money()), patientId, providerId, clinicId,
                              AllocationRule::Import};
        }, [&](const Allocation &a) { writer.addAllocation(a); });
    }

    void writeClaims(BatchWriter &writer)
    {
        ImportTable &file = m_claimsFile;
        size_t position = 0;
        rewrite<Claim>(file, [&] {
            Claim c;
            c.id = file.id(ClaimId).value_or(0);
            c.patientId = file.id(ClaimPatient).value_or(0);
            c.date = file.date(ClaimDate).value_or(QDate());
            c.payer = file.text(ClaimPayer);
            c.status = file.sharedText(ClaimStatus);
            if (position < m_claimRows.size()) {
                c.providerId = m_claimRows[position].providerId;
                c.clinicId = m_claimRows[position].clinicId;
            }
            ++position;
            return std::optional(c);
        }, [&](const Claim &c) { writer.addClaim(c); });
    }

    void writeClaimProcedures(BatchWriter &writer)
    {
        ImportTable &file = m_claimProceduresFile;
        qint64 nextId = BatchWriter::firstFreeId(m_db, QStringLiteral("claim_procs"));
        rewrite<ClaimProcedure>(file, [&] {
            return std::optional(ClaimProcedure{nextId++, file.id(ProcedureClaim).value_or(0),
                                                file.id(ProcedureCharge).value_or(0),
                                                file.money(ProcedureInsurancePaid).value_or(Money()),
                                                file.money(ProcedureWriteOff).value_or(Money())});
        }, [&](const ClaimProcedure &p) { writer.addClaimProcedure(p); });
    }

    void writeClaimPayments(BatchWriter &writer)
    {
        ImportTable &file = m_claimPaymentsFile;
        qint64 nextId = BatchWriter::firstFreeId(m_db, QStringLiteral("claim_payments"));
        rewrite<ClaimPayment>(file, [&] {
            return std::optional(ClaimPayment{nextId++, file.id(ClaimPaymentClaim).value_or(0),
                                              file.date(ClaimPaymentDate).value_or(QDate()),
                                              file.money(ClaimPaymentAmount).value_or(Money())});
        }, [&](const ClaimPayment &p) { writer.addClaimPayment(p); });
    }

    const Database &m_db;
    QStringList m_problems;
    ImportSummary m_summary;
    ImportTable m_patientsFile, m_chargesFile, m_adjustmentsFile, m_paymentsFile, m_splitsFile, m_claimsFile,
        m_claimProceduresFile, m_claimPaymentsFile, m_procedureCodesFile;
    const LedgerCalendar m_calendar;
    QList<ProcedureCode> m_codes;                // procedure_codes.csv, checked
    QHash<QString, QString> m_codeDescriptions; // by code in lower case, once a charge needs one
    bool m_tableCodesRead = false;
    CodeBook m_providers, m_clinics;
    ByText<qint32> m_providerPositions, m_clinicPositions;
    ByText<std::optional<PaymentMethod>> m_methods;
    IdIndex m_patientIndex, m_chargeIndex, m_adjustmentIndex, m_paymentIndex, m_claimIndex;
    std::vector<PatientRow> m_patientRows;
    std::vector<ChargeRow> m_chargeRows;
    std::vector<int> m_adjustmentLines;
    std::vector<PaymentRow> m_paymentRows;
    std::vector<ClaimRow> m_claimRows;
    QList<qint64> m_newFamilies; // in the order of patients.csv; the stored ones are taken out
    std::pair<qint64, qint64> m_familyRange{std::numeric_limits<qint64>::max(), 0};
    QHash<qint64, FamilyInfo> m_families;
    QHash<qint64, std::optional<qint64>> m_storedPatients;
    QHash<qint64, std::optional<ChargeRef>> m_storedCharges;
    QHash<qint64, std::optional<qint64>> m_storedClaims;
    std::optional<SqlQuery> m_patientLookup, m_chargeLookup;
};

} // namespace

Importer::Importer(const Database &db, QString user)
    : m_db(db), m_user(std::move(user))
{
}

ImportSummary Importer::importFolder(const QString &folder)
{
    Permissions::require(m_db, m_user, Permissions::Action::Import);
    if (!QFileInfo(folder).isDir())
        throw Refusal(Tr::tr("The import folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    ImportRun run(m_db, folder);
    run.check();
    if (!run.problems().isEmpty())
        throw Refusal(run.problems());
    run.write(m_user);
    return run.summary();
}

} // namespace paydesk::core
