#include "import/CrossFileChecks.h"

#include "groups/PracticeGroups.h"
#include "import/AdjustmentsFile.h"
#include "import/ChargesFile.h"
#include "import/ClaimsFile.h"
#include "import/ImportContext.h"
#include "import/PatientsFile.h"
#include "import/PaymentsFile.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Tr.h"

#include <algorithm>

namespace paydesk::core::importing {

CrossFileChecks::CrossFileChecks(ImportContext &context)
    : m_context(context)
{}

void CrossFileChecks::check(
        ImportFile &patients, ImportFile &charges, ImportFile &adjustments, ImportFile &payments, ImportFile &claims)
{
    checkClaimAttribution(claims);
    checkFamilies(patients);
    checkStoredIds(
            QStringLiteral("patients"), m_context.patientIndex, patients, PatientsFile::PatientId, [this](qsizetype i) {
                return m_context.patientRows[size_t(i)].line;
            });
    checkStoredIds(
            QStringLiteral("charges"), m_context.chargeIndex, charges, ChargesFile::ChargeId, [this](qsizetype i) {
                return m_context.chargeRows[size_t(i)].line;
            });
    checkStoredIds(QStringLiteral("adjustments"),
                   m_context.adjustmentIndex,
                   adjustments,
                   AdjustmentsFile::AdjustmentId,
                   [this](qsizetype i) { return m_context.adjustmentLines[size_t(i)]; });
    checkStoredIds(
            QStringLiteral("payments"), m_context.paymentIndex, payments, PaymentsFile::PaymentId, [this](qsizetype i) {
                return m_context.paymentRows[size_t(i)].line;
            });
    checkStoredIds(QStringLiteral("claims"), m_context.claimIndex, claims, ClaimsFile::ClaimId, [this](qsizetype i) {
        return m_context.claimRows[size_t(i)].line;
    });
}

// A claim whose procedures gave it no provider or clinic must name them: the balancer
// needs someone to hold insurance money it cannot put on a procedure.
void CrossFileChecks::checkClaimAttribution(ImportFile &claims)
{
    for (const ClaimRow &c : m_context.claimRows) {
        if (!c.providerId)
            claims.table().problemAt(
                    c.line,
                    ClaimsFile::ClaimProvider,
                    QString(),
                    Tr::tr("claim %1 has no procedures in claim_procs.csv: name its provider").arg(c.id));
        if (!c.clinicId)
            claims.table().problemAt(c.line,
                                     ClaimsFile::ClaimClinic,
                                     QString(),
                                     Tr::tr("claim %1 has no procedures in claim_procs.csv: name its clinic").arg(c.id));
    }
}

// Exactly one guarantor per family, counting the members already in the database; a
// family already stored stays in its practice group.
void CrossFileChecks::checkFamilies(ImportFile &patients)
{
    const QSet<qint64> stored = storedIdsAmong(QStringLiteral("families"),
                                               m_context.familyRange.first,
                                               m_context.familyRange.second,
                                               [this](qint64 id) { return m_context.families.contains(id); });
    SqlQuery guarantorOf = m_context.db.query();
    guarantorOf.prepare(QStringLiteral("SELECT id FROM patients WHERE family_id = :f AND is_guarantor = 1"));
    QHash<qint64, qint64> storedGuarantors;
    for (const qint64 family : stored) {
        guarantorOf.bind(QStringLiteral(":f"), family).exec();
        if (guarantorOf.next())
            storedGuarantors.insert(family, guarantorOf.id(0));
        guarantorOf.finish();
        // Members join a stored family in its group: one that names another would move the
        // family, which is PracticeGroups::assign's to do.
        const FamilyInfo &info = m_context.families[family];
        if (info.practiceGroupNamed) {
            const PracticeGroup group = PracticeGroups::groupOf(m_context.db, family);
            if (group.id != info.practiceGroup)
                patients.table().problemAt(info.practiceGroupLine,
                                           PatientsFile::PatientGroup,
                                           QString::number(info.practiceGroup),
                                           Tr::tr("family %1 is in practice group %2 (\"%3\") in the database")
                                                   .arg(family)
                                                   .arg(group.id)
                                                   .arg(group.name));
        }
    }
    for (const qint64 family : std::as_const(m_context.newFamilies)) {
        const FamilyInfo &info = m_context.families[family];
        if (info.guarantors == 0 && !storedGuarantors.contains(family) && !info.unreadableFlag)
            patients.table().problemAt(info.firstLine,
                                       PatientsFile::Guarantor,
                                       QStringLiteral("0"),
                                       Tr::tr("family %1 has no guarantor; mark exactly one member with 1").arg(family));
    }
    if (!storedGuarantors.isEmpty()) {
        for (const PatientRow &p : m_context.patientRows) {
            if (p.guarantor && storedGuarantors.contains(p.familyId))
                patients.table().problemAt(p.line,
                                           PatientsFile::Guarantor,
                                           QStringLiteral("1"),
                                           Tr::tr("family %1 already has a guarantor in the database: patient %2")
                                                   .arg(p.familyId)
                                                   .arg(storedGuarantors.value(p.familyId)));
        }
    }
    m_context.newFamilies.removeIf([&](qint64 family) { return stored.contains(family); });
}

// Ids are kept as given, so one that the database already has is refused.
template<typename LineOf>
void CrossFileChecks::checkStoredIds(
        const QString &table, const IdIndex &index, ImportFile &file, int column, LineOf lineOf)
{
    if (index.isEmpty())
        return;
    const QSet<qint64> stored = storedIdsAmong(
            table, index.lowest(), index.highest(), [&index](qint64 id) { return index.find(id) >= 0; });
    QList<qint64> sorted(stored.cbegin(), stored.cend());
    std::sort(sorted.begin(), sorted.end());
    for (const qint64 id : std::as_const(sorted)) {
        file.table().problemAt(lineOf(index.find(id)),
                               column,
                               QString::number(id),
                               Tr::tr("this id is already in the database; each record can be imported once"));
    }
}

// The ids `wanted` among those `table` holds from `low` to `high`: importing into an
// empty database, or above its ids, costs one query that finds nothing.
template<typename Wanted>
QSet<qint64> CrossFileChecks::storedIdsAmong(const QString &table, qint64 low, qint64 high, Wanted wanted)
{
    QSet<qint64> found;
    if (low > high)
        return found;
    SqlQuery q = m_context.db.query();
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

} // namespace paydesk::core::importing
