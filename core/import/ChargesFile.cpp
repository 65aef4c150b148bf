#include "import/ChargesFile.h"

#include "import/BatchWriter.h"
#include "import/ImportContext.h"
#include "import/ImportRewrite.h"
#include "ledger/Charge.h"
#include "ledger/EntryRules.h"
#include "ledger/ProcedureCodes.h"
#include "util/Tr.h"

namespace paydesk::core::importing {

ChargesFile::ChargesFile(ImportContext &context, const QString &folder)
    : ImportFile(context, folder, u"charges.csv")
{}

bool ChargesFile::open()
{
    return m_file.open(true,
                       {{u"charge_id", true},
                        {u"patient_id", true},
                        {u"date", true},
                        {u"code", true},
                        {u"description", false},
                        {u"provider", true},
                        {u"clinic", true},
                        {u"amount", true}});
}

bool ChargesFile::check()
{
    ImportTable &file = m_file;
    const QString dateField = Tr::tr("charge date");
    while (file.next()) {
        ImportContext::reserveFor(file, m_context.chargeRows);
        const auto id = file.id(ChargeId);
        ChargeRow row;
        row.patientId = m_context.patient(file, ChargePatient).value_or(PatientRef()).id;
        m_context.entryDate(file, ChargeDate, dateField);
        file.requireText(ChargeCode);
        row.provider = ImportContext::coded(file, ChargeProvider, m_context.providers, m_context.providerPositions);
        row.clinic = ImportContext::coded(file, ChargeClinic, m_context.clinics, m_context.clinicPositions);
        if (const auto amount = file.money(ChargeAmount); amount && !EntryRules::isChargeAmount(*amount)) {
            QStringList found;
            EntryRules::checkChargeAmount(found, *amount);
            ImportContext::report(file, ChargeAmount, found);
        }
        if (!id)
            continue;
        if (const qsizetype earlier = m_context.chargeIndex.claim(*id, qsizetype(m_context.chargeRows.size()));
            earlier >= 0) {
            file.problem(
                    ChargeId,
                    Tr::tr("charge %1 is already on line %2").arg(*id).arg(m_context.chargeRows[size_t(earlier)].line));
            continue;
        }
        row.line = file.line();
        m_context.chargeRows.push_back(row);
    }
    return file.finish();
}

void ChargesFile::write(BatchWriter &writer)
{
    ImportTable &file = m_file;
    rewrite<Charge>(
            file,
            m_context.problems,
            [&] {
                Charge c;
                c.id = file.id(ChargeId).value_or(0);
                c.patientId = file.id(ChargePatient).value_or(0);
                c.date = file.date(ChargeDate).value_or(QDate());
                c.code = file.sharedText(ChargeCode);
                c.description = file.sharedText(ChargeDescription);
                c.providerId = m_context.providers.id(ImportContext::position(
                        file, ChargeProvider, m_context.providers, m_context.providerPositions));
                c.clinicId = m_context.clinics.id(
                        ImportContext::position(file, ChargeClinic, m_context.clinics, m_context.clinicPositions));
                c.amount = file.money(ChargeAmount).value_or(Money());
                return std::optional(c);
            },
            [&](const Charge &c) {
                if (!c.description.isEmpty())
                    return writer.addCharge(c);
                Charge described = c;
                described.description = descriptionOf(c.code);
                writer.addCharge(described);
            });
}

// A charge without a description takes its code's, from the file or the table.
QString ChargesFile::descriptionOf(const QString &code)
{
    if (!m_tableCodesRead) {
        m_tableCodesRead = true;
        for (const ProcedureCode &known : ProcedureCodes(m_context.db).list())
            m_codeDescriptions.insert(known.code.toLower(), known.description); // the file's are stored by now
    }
    return m_codeDescriptions.value(code.toLower());
}

} // namespace paydesk::core::importing
