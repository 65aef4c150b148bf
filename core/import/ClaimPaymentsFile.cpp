#include "import/ClaimPaymentsFile.h"

#include "import/BatchWriter.h"
#include "import/ImportContext.h"
#include "import/ImportRewrite.h"
#include "ledger/Claim.h"
#include "util/Tr.h"

namespace paydesk::core::importing {

ClaimPaymentsFile::ClaimPaymentsFile(ImportContext &context, const QString &folder)
    : ImportFile(context, folder, u"claim_payments.csv")
{}

bool ClaimPaymentsFile::open()
{
    return m_file.open(false, {{u"claim_id", true}, {u"date", true}, {u"amount", true}});
}

bool ClaimPaymentsFile::check()
{
    ImportTable &file = m_file;
    const QString dateField = Tr::tr("claim payment date");
    while (file.next()) {
        const auto claimId = file.id(ClaimPaymentClaim);
        const auto date = m_context.entryDate(file, ClaimPaymentDate, dateField);
        const auto amount = file.money(ClaimPaymentAmount);
        if (amount && !amount->isPositive())
            file.problem(ClaimPaymentAmount, Tr::tr("an as-total claim payment must be more than 0.00"));
        if (claimId && m_context.familyOfClaim(file, ClaimPaymentClaim, *claimId) && date && amount)
            ++m_context.summary.claimPayments;
    }
    return file.finish();
}

void ClaimPaymentsFile::write(BatchWriter &writer)
{
    ImportTable &file = m_file;
    qint64 nextId = BatchWriter::firstFreeId(m_context.db, QStringLiteral("claim_payments"));
    rewrite<ClaimPayment>(
            file,
            m_context.problems,
            [&] {
                return std::optional(ClaimPayment{nextId++,
                                                  file.id(ClaimPaymentClaim).value_or(0),
                                                  file.date(ClaimPaymentDate).value_or(QDate()),
                                                  file.money(ClaimPaymentAmount).value_or(Money())});
            },
            [&](const ClaimPayment &p) { writer.addClaimPayment(p); });
}

} // namespace paydesk::core::importing
