#include "import/PaymentsFile.h"

#include "import/BatchWriter.h"
#include "import/ImportContext.h"
#include "import/ImportRewrite.h"
#include "ledger/Payment.h"
#include "util/Tr.h"

namespace paydesk::core::importing {

PaymentsFile::PaymentsFile(ImportContext &context, const QString &folder)
    : ImportFile(context, folder, u"payments.csv")
{}

bool PaymentsFile::open()
{
    return m_file.open(true,
                       {{u"payment_id", true},
                        {u"patient_id", true},
                        {u"date", true},
                        {u"amount", true},
                        {u"method", true},
                        {u"reference", false}});
}

bool PaymentsFile::check()
{
    ImportTable &file = m_file;
    const QString dateField = Tr::tr("payment date");
    while (file.next()) {
        ImportContext::reserveFor(file, m_context.paymentRows);
        const auto id = file.id(PaymentId);
        PaymentRow row;
        row.familyId = m_context.patient(file, PaymentPatient).value_or(PatientRef()).familyId;
        m_context.entryDate(file, PaymentDate, dateField);
        if (const auto amount = file.money(PaymentAmount)) {
            if (amount->isZero())
                file.problem(PaymentAmount, Tr::tr("a payment of 0.00 moves no money"));
            row.cents = amount->cents();
        }
        if (!method(file))
            file.problem(PaymentMethodColumn, Tr::tr("not a payment method; use cash, check, card, portal or other"));
        if (!id)
            continue;
        if (const qsizetype earlier = m_context.paymentIndex.claim(*id, qsizetype(m_context.paymentRows.size()));
            earlier >= 0) {
            file.problem(
                    PaymentId,
                    Tr::tr("payment %1 is already on line %2").arg(*id).arg(m_context.paymentRows[size_t(earlier)].line));
            continue;
        }
        row.line = file.line();
        m_context.paymentRows.push_back(row);
    }
    return file.finish();
}

void PaymentsFile::write(BatchWriter &writer)
{
    ImportTable &file = m_file;
    size_t position = 0;
    rewrite<Payment>(
            file,
            m_context.problems,
            [&] {
                Payment p;
                p.id = file.id(PaymentId).value_or(0);
                p.patientId = file.id(PaymentPatient).value_or(0);
                p.date = file.date(PaymentDate).value_or(QDate());
                p.amount = file.money(PaymentAmount).value_or(Money());
                p.method = method(file).value_or(PaymentMethod::Other);
                p.reference = file.text(PaymentReference);
                if (position < m_context.paymentCoding.size()) {
                    p.providerId = m_context.providers.id(m_context.paymentCoding[position].first);
                    p.clinicId = m_context.clinics.id(m_context.paymentCoding[position].second);
                }
                ++position;
                return std::optional(p);
            },
            [&](const Payment &p) { writer.addPayment(p); });
}

std::optional<PaymentMethod> PaymentsFile::method(ImportTable &file)
{
    return m_methods.get(file.utf8(PaymentMethodColumn),
                         [&] { return parsePaymentMethod(file.value(PaymentMethodColumn)); });
}

} // namespace paydesk::core::importing
