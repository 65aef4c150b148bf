#include "import/ClaimProceduresFile.h"

#include "import/BatchWriter.h"
#include "import/ImportContext.h"
#include "import/ImportRewrite.h"
#include "ledger/Claim.h"
#include "util/Tr.h"

namespace paydesk::core::importing {

ClaimProceduresFile::ClaimProceduresFile(ImportContext &context, const QString &folder)
    : ImportFile(context, folder, u"claim_procs.csv")
{}

bool ClaimProceduresFile::open()
{
    return m_file.open(false, {{u"claim_id", true}, {u"charge_id", true}, {u"ins_paid", true}, {u"writeoff", true}});
}

bool ClaimProceduresFile::check()
{
    ImportTable &file = m_file;
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
        const qint64 claimFamily = claimId ? m_context.familyOfClaim(file, ProcedureClaim, *claimId).value_or(-1) : -1;
        const auto target = chargeId ? m_context.charge(file, ProcedureCharge, *chargeId) : std::nullopt;
        if (!claimId || !chargeId || claimFamily < 0 || !target
            || ImportContext::refuseVoided(file, ProcedureCharge, *chargeId, target))
            continue;
        if (target->familyId && claimFamily && *target->familyId != claimFamily) {
            file.problem(ProcedureCharge,
                         Tr::tr("charge %1 belongs to family %2, claim %3 to family %4")
                                 .arg(*chargeId)
                                 .arg(*target->familyId)
                                 .arg(*claimId)
                                 .arg(claimFamily));
            continue;
        }
        if (const int line = seen.value({*claimId, *chargeId}); line) {
            file.problem(ProcedureCharge,
                         Tr::tr("charge %1 is already on claim %2 on line %3").arg(*chargeId).arg(*claimId).arg(line));
            continue;
        }
        seen.insert({*claimId, *chargeId}, file.line());
        // A claim takes its provider and clinic from its first procedure unless it names them.
        if (const qsizetype index = m_context.claimIndex.find(*claimId); index >= 0) {
            ClaimRow &claim = m_context.claimRows[size_t(index)];
            if (!claim.providerId)
                claim.providerId = target->providerId;
            if (!claim.clinicId)
                claim.clinicId = target->clinicId;
        }
        ++m_context.summary.claimProcedures;
    }
    return file.finish();
}

void ClaimProceduresFile::write(BatchWriter &writer)
{
    ImportTable &file = m_file;
    qint64 nextId = BatchWriter::firstFreeId(m_context.db, QStringLiteral("claim_procs"));
    rewrite<ClaimProcedure>(
            file,
            m_context.problems,
            [&] {
                return std::optional(ClaimProcedure{nextId++,
                                                    file.id(ProcedureClaim).value_or(0),
                                                    file.id(ProcedureCharge).value_or(0),
                                                    file.money(ProcedureInsurancePaid).value_or(Money()),
                                                    file.money(ProcedureWriteOff).value_or(Money())});
            },
            [&](const ClaimProcedure &p) { writer.addClaimProcedure(p); });
}

} // namespace paydesk::core::importing
