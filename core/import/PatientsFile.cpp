#include "import/PatientsFile.h"

#include "import/BatchWriter.h"
#include "import/ImportContext.h"
#include "import/ImportRewrite.h"
#include "ledger/EntryRules.h"
#include "ledger/Patient.h"
#include "util/Tr.h"

namespace paydesk::core::importing {

PatientsFile::PatientsFile(ImportContext &context, const QString &folder)
    : ImportFile(context, folder, u"patients.csv")
{}

bool PatientsFile::open()
{
    return m_file.open(true,
                       {{u"patient_id", true},
                        {u"family_id", true},
                        {u"last_name", true},
                        {u"first_name", true},
                        {u"birth_date", true},
                        {u"guarantor", true},
                        {u"practice_group", false}});
}

std::optional<qint64> PatientsFile::practiceGroup()
{
    const std::optional<qint64> named = m_file.id(PatientGroup, true);
    if (!named)
        return std::nullopt;
    const qint64 group = *named ? *named : PracticeGroup::defaultId;
    if (!m_context.practiceGroups.contains(group)) {
        m_file.problem(PatientGroup,
                       Tr::tr("there is no practice group %1 in practice_groups.csv or in the database").arg(group));
        return std::nullopt;
    }
    return group;
}

void PatientsFile::place(FamilyInfo &family, qint64 familyId, qint64 group)
{
    family.practiceGroupNamed = family.practiceGroupNamed || !m_file.textUtf8(PatientGroup).isEmpty();
    if (!family.practiceGroup) {
        family.practiceGroup = group;
        family.practiceGroupLine = m_file.line();
    } else if (family.practiceGroup != group) {
        m_file.problem(PatientGroup,
                       Tr::tr("family %1 is placed in practice group %2 on line %3; every member names the same group")
                               .arg(familyId)
                               .arg(family.practiceGroup)
                               .arg(family.practiceGroupLine));
    }
}

bool PatientsFile::check()
{
    ImportTable &file = m_file;
    while (file.next()) {
        ImportContext::reserveFor(file, m_context.patientRows);
        const auto id = file.id(PatientId);
        const auto family = file.id(PatientFamily);
        file.requireText(LastName);
        file.requireText(FirstName);
        if (const auto birthDate = file.date(BirthDate);
            birthDate && !EntryRules::isBirthDate(*birthDate, m_context.today)) {
            QStringList found;
            EntryRules::checkBirthDate(found, *birthDate, m_context.today);
            ImportContext::report(file, BirthDate, found);
        }
        const QByteArrayView flag = file.textUtf8(Guarantor);
        const bool readableFlag = flag == "1" || flag == "0";
        const bool guarantor = flag == "1";
        const std::optional<qint64> group = practiceGroup();
        if (!readableFlag)
            file.problem(Guarantor, Tr::tr("write 1 for the family's guarantor and 0 for the other members"));
        if (!id)
            continue;
        if (const qsizetype earlier = m_context.patientIndex.claim(*id, qsizetype(m_context.patientRows.size()));
            earlier >= 0) {
            file.problem(
                    PatientId,
                    Tr::tr("patient %1 is already on line %2").arg(*id).arg(m_context.patientRows[size_t(earlier)].line));
            continue;
        }
        m_context.patientRows.push_back({family.value_or(0), file.line(), guarantor});
        if (!family)
            continue;
        auto info = m_context.families.find(*family);
        if (info == m_context.families.end()) {
            info = m_context.families.insert(*family, FamilyInfo{file.line()});
            m_context.newFamilies.append(*family);
            m_context.familyRange = {std::min(m_context.familyRange.first, *family),
                                     std::max(m_context.familyRange.second, *family)};
        }
        info->unreadableFlag = info->unreadableFlag || !readableFlag;
        if (group)
            place(*info, *family, *group);
        if (!guarantor)
            continue;
        if (++info->guarantors == 1)
            info->guarantorLine = file.line();
        else
            file.problem(Guarantor,
                         Tr::tr("family %1 already has its guarantor on line %2").arg(*family).arg(info->guarantorLine));
    }
    return file.finish();
}

void PatientsFile::write(BatchWriter &writer)
{
    ImportTable &file = m_file;
    rewrite<Patient>(
            file,
            m_context.problems,
            [&] {
                Patient p;
                p.id = file.id(PatientId).value_or(0);
                p.familyId = file.id(PatientFamily).value_or(0);
                p.lastName = file.text(LastName);
                p.firstName = file.text(FirstName);
                p.birthDate = file.date(BirthDate).value_or(QDate());
                p.isGuarantor = file.textUtf8(Guarantor) == "1";
                return std::optional(p);
            },
            [&](const Patient &p) { writer.addPatient(p); });
}

} // namespace paydesk::core::importing
