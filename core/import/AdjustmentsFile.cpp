#include "import/AdjustmentsFile.h"

#include "import/BatchWriter.h"
#include "import/ImportContext.h"
#include "import/ImportRewrite.h"
#include "ledger/Adjustment.h"
#include "ledger/EntryRules.h"
#include "util/Tr.h"

namespace paydesk::core::importing {

AdjustmentsFile::AdjustmentsFile(ImportContext &context, const QString &folder)
    : ImportFile(context, folder, u"adjustments.csv")
{}

bool AdjustmentsFile::open()
{
    return m_file.open(true,
                       {{u"adjustment_id", true},
                        {u"patient_id", true},
                        {u"date", true},
                        {u"type", true},
                        {u"provider", true},
                        {u"clinic", true},
                        {u"amount", true},
                        {u"charge_id", false}});
}

bool AdjustmentsFile::check()
{
    ImportTable &file = m_file;
    const QString dateField = Tr::tr("adjustment date");
    while (file.next()) {
        ImportContext::reserveFor(file, m_context.adjustmentLines);
        const auto id = file.id(AdjustmentId);
        const auto owner = m_context.patient(file, AdjustmentPatient);
        m_context.entryDate(file, AdjustmentDate, dateField);
        file.requireText(AdjustmentType);
        ImportContext::coded(file, AdjustmentProvider, m_context.providers, m_context.providerPositions);
        ImportContext::coded(file, AdjustmentClinic, m_context.clinics, m_context.clinicPositions);
        if (const auto amount = file.money(AdjustmentAmount); amount && !EntryRules::isAdjustmentAmount(*amount)) {
            QStringList found;
            EntryRules::checkAdjustmentAmount(found, *amount);
            ImportContext::report(file, AdjustmentAmount, found);
        }
        if (const auto chargeId = file.id(AdjustmentCharge, true); chargeId && *chargeId) {
            const auto ref = m_context.charge(file, AdjustmentCharge, *chargeId);
            if (!ImportContext::refuseVoided(file, AdjustmentCharge, *chargeId, ref) && ref && owner && ref->familyId
                && *ref->familyId != owner->familyId)
                file.problem(AdjustmentCharge,
                             Tr::tr("charge %1 belongs to family %2, patient %3 to family %4")
                                     .arg(*chargeId)
                                     .arg(*ref->familyId)
                                     .arg(owner->id)
                                     .arg(owner->familyId));
        }
        if (!id)
            continue;
        if (const qsizetype earlier = m_context.adjustmentIndex.claim(*id, qsizetype(m_context.adjustmentLines.size()));
            earlier >= 0) {
            file.problem(AdjustmentId,
                         Tr::tr("adjustment %1 is already on line %2")
                                 .arg(*id)
                                 .arg(m_context.adjustmentLines[size_t(earlier)]));
            continue;
        }
        m_context.adjustmentLines.push_back(file.line());
    }
    return file.finish();
}

void AdjustmentsFile::write(BatchWriter &writer)
{
    ImportTable &file = m_file;
    rewrite<Adjustment>(
            file,
            m_context.problems,
            [&] {
                Adjustment a;
                a.id = file.id(AdjustmentId).value_or(0);
                a.patientId = file.id(AdjustmentPatient).value_or(0);
                a.date = file.date(AdjustmentDate).value_or(QDate());
                a.type = file.sharedText(AdjustmentType);
                a.providerId = m_context.providers.id(ImportContext::position(
                        file, AdjustmentProvider, m_context.providers, m_context.providerPositions));
                a.clinicId = m_context.clinics.id(
                        ImportContext::position(file, AdjustmentClinic, m_context.clinics, m_context.clinicPositions));
                a.amount = file.money(AdjustmentAmount).value_or(Money());
                a.chargeId = file.id(AdjustmentCharge, true).value_or(0);
                return std::optional(a);
            },
            [&](const Adjustment &a) { writer.addAdjustment(a); });
}

} // namespace paydesk::core::importing
