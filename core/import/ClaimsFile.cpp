#include "import/ClaimsFile.h"

#include "import/BatchWriter.h"
#include "import/ImportContext.h"
#include "import/ImportRewrite.h"
#include "ledger/Claim.h"
#include "util/Tr.h"

namespace paydesk::core::importing {

ClaimsFile::ClaimsFile(ImportContext &context, const QString &folder)
    : ImportFile(context, folder, u"claims.csv")
{}

bool ClaimsFile::open()
{
    return m_file.open(false,
                       {{u"claim_id", true},
                        {u"patient_id", true},
                        {u"date", true},
                        {u"payer", true},
                        {u"status", true},
                        {u"provider", false},
                        {u"clinic", false}});
}

bool ClaimsFile::check()
{
    ImportTable &file = m_file;
    const QString dateField = Tr::tr("claim date");
    while (file.next()) {
        ImportContext::reserveFor(file, m_context.claimRows);
        const auto id = file.id(ClaimId);
        ClaimRow row;
        const auto owner = m_context.patient(file, ClaimPatient);
        m_context.entryDate(file, ClaimDate, dateField);
        file.requireText(ClaimPayer);
        if (const qint32 provider = ImportContext::position(
                    file, ClaimProvider, m_context.providers, m_context.providerPositions);
            provider >= 0)
            row.providerId = m_context.providers.id(provider);
        if (const qint32 clinic = ImportContext::position(
                    file, ClaimClinic, m_context.clinics, m_context.clinicPositions);
            clinic >= 0)
            row.clinicId = m_context.clinics.id(clinic);
        if (!id)
            continue;
        if (const qsizetype earlier = m_context.claimIndex.claim(*id, qsizetype(m_context.claimRows.size()));
            earlier >= 0) {
            file.problem(
                    ClaimId,
                    Tr::tr("claim %1 is already on line %2").arg(*id).arg(m_context.claimRows[size_t(earlier)].line));
            continue;
        }
        row.id = *id;
        row.familyId = owner ? owner->familyId : 0;
        row.line = file.line();
        m_context.claimRows.push_back(row);
    }
    return file.finish();
}

void ClaimsFile::write(BatchWriter &writer)
{
    ImportTable &file = m_file;
    size_t position = 0;
    rewrite<Claim>(
            file,
            m_context.problems,
            [&] {
                Claim c;
                c.id = file.id(ClaimId).value_or(0);
                c.patientId = file.id(ClaimPatient).value_or(0);
                c.date = file.date(ClaimDate).value_or(QDate());
                c.payer = file.text(ClaimPayer);
                c.status = file.sharedText(ClaimStatus);
                if (position < m_context.claimRows.size()) {
                    c.providerId = m_context.claimRows[position].providerId;
                    c.clinicId = m_context.claimRows[position].clinicId;
                }
                ++position;
                return std::optional(c);
            },
            [&](const Claim &c) { writer.addClaim(c); });
}

} // namespace paydesk::core::importing
