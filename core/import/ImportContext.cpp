#include "import/ImportContext.h"

#include "groups/PracticeGroups.h"
#include "import/BatchWriter.h"
#include "ledger/Directory.h"
#include "storage/Database.h"
#include "util/Tr.h"

namespace paydesk::core::importing {

ImportContext::ImportContext(const Database &db, const QString &user)
    : db(db)
    , user(user)
    , calendar(db)
    , today(calendar.today())
    , providers(Directory(db).providers(), BatchWriter::firstFreeId(db, QStringLiteral("providers")))
    , clinics(Directory(db).clinics(), BatchWriter::firstFreeId(db, QStringLiteral("clinics")))
{}

std::optional<QDate> ImportContext::entryDate(ImportTable &file, int column, const QString &field) const
{
    const std::optional<QDate> date = file.date(column);
    if (date && calendar.isClosed(*date)) {
        file.problem(column,
                     Tr::tr("on or before the lock date %1 (ledger.lock_date): that period is closed")
                             .arg(calendar.lockDate().toString(Qt::ISODate)));
    } else if (date && *date > today) {
        // The message is the services' own (LedgerCalendar), so the desk, the CLI and an
        // import say the same.
        QStringList found;
        calendar.checkReportDate(found, *date, field);
        report(file, column, found);
    }
    return date;
}

void ImportContext::report(ImportTable &file, int column, const QStringList &found)
{
    for (const QString &what : found)
        file.problem(column, what);
}

bool ImportContext::refuseVoided(ImportTable &file, int column, qint64 chargeId, const std::optional<ChargeRef> &ref)
{
    if (!ref || !ref->voided)
        return false;
    file.problem(column, Tr::tr("charge %1 was voided: it takes nothing more").arg(chargeId));
    return true;
}

std::optional<PatientRef> ImportContext::patient(ImportTable &file, int column)
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

std::optional<qint64> ImportContext::familyOfPatient(qint64 id)
{
    if (const qsizetype index = patientIndex.find(id); index >= 0)
        return patientRows[size_t(index)].familyId;
    const auto cached = storedPatients.constFind(id);
    if (cached != storedPatients.cend())
        return *cached;
    if (!m_patientLookup) {
        m_patientLookup.emplace(db.query());
        m_patientLookup->prepare(QStringLiteral("SELECT family_id FROM patients WHERE id = :id"));
    }
    m_patientLookup->bind(QStringLiteral(":id"), id).exec();
    const std::optional<qint64> family = m_patientLookup->next() ? std::optional(m_patientLookup->id(0)) : std::nullopt;
    m_patientLookup->finish();
    storedPatients.insert(id, family);
    return family;
}

std::optional<ChargeRef> ImportContext::charge(ImportTable &file, int column, qint64 id)
{
    if (const qsizetype index = chargeIndex.find(id); index >= 0) {
        const ChargeRow &c = chargeRows[size_t(index)];
        return ChargeRef{c.patientId,
                         providers.id(c.provider),
                         clinics.id(c.clinic),
                         c.patientId ? familyOfPatient(c.patientId) : std::nullopt};
    }
    auto cached = storedCharges.constFind(id);
    if (cached == storedCharges.cend()) {
        if (!m_chargeLookup) {
            m_chargeLookup.emplace(db.query());
            m_chargeLookup->prepare(QStringLiteral(
                    "SELECT c.patient_id, c.provider_id, c.clinic_id, p.family_id, (SELECT COUNT(*) FROM adjustments v"
                    " WHERE v.charge_id = c.id AND v.kind = 'void' AND v.reverses_adjustment_id IS NULL)"
                    " FROM charges c JOIN patients p ON p.id = c.patient_id WHERE c.id = :id"));
        }
        m_chargeLookup->bind(QStringLiteral(":id"), id).exec();
        std::optional<ChargeRef> ref;
        if (m_chargeLookup->next())
            ref = ChargeRef{m_chargeLookup->id(0),
                            m_chargeLookup->id(1),
                            m_chargeLookup->id(2),
                            m_chargeLookup->id(3),
                            m_chargeLookup->id(4) > 0};
        m_chargeLookup->finish();
        cached = storedCharges.insert(id, ref);
    }
    if (!*cached)
        file.problem(column, Tr::tr("there is no charge %1 in charges.csv or in the database").arg(id));
    return *cached;
}

std::optional<qint64> ImportContext::familyOfClaim(ImportTable &file, int column, qint64 id)
{
    if (const qsizetype index = claimIndex.find(id); index >= 0)
        return claimRows[size_t(index)].familyId;
    auto cached = storedClaims.constFind(id);
    if (cached == storedClaims.cend()) {
        SqlQuery q = db.query();
        q.prepare(QStringLiteral(
                          "SELECT p.family_id FROM claims c JOIN patients p ON p.id = c.patient_id WHERE c.id = :id"))
                .bind(QStringLiteral(":id"), id)
                .exec();
        cached = storedClaims.insert(id, q.next() ? std::optional(q.id(0)) : std::nullopt);
    }
    if (!*cached)
        file.problem(column, Tr::tr("there is no claim %1 in claims.csv or in the database").arg(id));
    return *cached;
}

qint32 ImportContext::position(ImportTable &file, int column, CodeBook &book, ByText<qint32> &positions)
{
    return positions.get(file.utf8(column), [&] {
        const QString code = file.text(column);
        return code.isEmpty() ? -1 : book.use(code);
    });
}

qint32 ImportContext::coded(ImportTable &file, int column, CodeBook &book, ByText<qint32> &positions)
{
    const qint32 found = position(file, column, book, positions);
    if (found < 0)
        file.problem(column, Tr::tr("this column may not be empty"));
    return found;
}

qint64 ImportContext::knownId(ImportTable &file, int column, const CodeBook &book, const ByText<qint32> &positions)
{
    if (const auto found = positions.find(file.utf8(column)); found && *found >= 0)
        return book.id(*found);
    return book.existingId(file.text(column));
}

bool ImportContext::keepsLegacyLedger(qint64 familyId)
{
    // Most practices have no legacy group: then no family need be looked up.
    if (!anyLegacyGroup)
        return false;
    if (const auto known = legacyFamilies.constFind(familyId); known != legacyFamilies.cend())
        return *known;
    const auto info = families.constFind(familyId);
    const bool legacy = info != families.cend() && info->practiceGroupNamed
                                ? practiceGroups.value(info->practiceGroup) == PracticeGroup::Ledger::Legacy
                                : PracticeGroups::isLegacy(db, familyId);
    legacyFamilies.insert(familyId, legacy);
    return legacy;
}

void ImportContext::keepOnlyWhatWritingNeeds()
{
    paymentCoding.reserve(paymentRows.size());
    for (const PaymentRow &row : paymentRows)
        paymentCoding.emplace_back(row.provider, row.clinic);
    release(paymentRows);
    release(patientRows);
    release(adjustmentLines);
    for (const qint64 family : std::as_const(newFamilies)) {
        if (const qint64 group = families.value(family).practiceGroup; group != PracticeGroup::defaultId)
            placedFamilies.insert(family, group);
    }
    families = {};
    legacyFamilies = {};
    storedPatients = {};
    patientIndex = {};
    paymentIndex = {};
    adjustmentIndex = {};
    claimIndex = {};
    storedClaims = {};
}

} // namespace paydesk::core::importing
