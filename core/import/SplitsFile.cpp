#include "import/SplitsFile.h"

#include "import/BatchWriter.h"
#include "import/ImportContext.h"
#include "import/ImportRewrite.h"
#include "ledger/Allocation.h"
#include "util/Tr.h"

namespace paydesk::core::importing {

SplitsFile::SplitsFile(ImportContext &context, const QString &folder)
    : ImportFile(context, folder, u"splits.csv")
{}

bool SplitsFile::open()
{
    return m_file.open(
            false,
            {{u"payment_id", true}, {u"charge_id", true}, {u"amount", true}, {u"provider", false}, {u"clinic", false}});
}

bool SplitsFile::check()
{
    ImportTable &file = m_file;
    while (file.next()) {
        ++m_context.summary.splits;
        const auto paymentId = file.id(SplitPayment);
        const auto chargeId = file.id(SplitCharge, true);
        const auto amount = file.money(SplitAmount);
        const bool namesProvider = !file.textUtf8(SplitProvider).isEmpty();
        const bool namesClinic = !file.textUtf8(SplitClinic).isEmpty();
        const qsizetype index = paymentId ? m_context.paymentIndex.find(*paymentId) : -1;
        if (paymentId && index < 0)
            file.problem(SplitPayment,
                         Tr::tr("payment %1 is not in payments.csv; splits come with their payment").arg(*paymentId));
        PaymentRow *payment = index >= 0 ? &m_context.paymentRows[size_t(index)] : nullptr;
        // 0: unknown (its patient was refused in payments.csv).
        const qint64 paymentFamily = payment ? payment->familyId : 0;
        if (paymentFamily && m_context.keepsLegacyLedger(paymentFamily)) {
            // The legacy ledger never allocates: its payments come without splits.
            file.problem(SplitPayment,
                         Tr::tr("payment %1 is of family %2, whose practice group keeps the legacy ledger: "
                                "its payments are not split")
                                 .arg(*paymentId)
                                 .arg(paymentFamily));
            continue;
        }

        std::optional<ChargeRef> target;
        if (chargeId && *chargeId) {
            target = m_context.charge(file, SplitCharge, *chargeId);
            if (ImportContext::refuseVoided(file, SplitCharge, *chargeId, target))
                target.reset();
            if (target && target->familyId && paymentFamily && *target->familyId != paymentFamily) {
                file.problem(SplitCharge,
                             Tr::tr("charge %1 belongs to family %2, payment %3 to family %4")
                                     .arg(*chargeId)
                                     .arg(*target->familyId)
                                     .arg(*paymentId)
                                     .arg(paymentFamily));
                target.reset();
            }
            // An allocation copies its charge's provider and clinic; the columns may only confirm them.
            if (target && namesProvider
                && ImportContext::knownId(file, SplitProvider, m_context.providers, m_context.providerPositions)
                           != target->providerId)
                file.problem(SplitProvider,
                             Tr::tr("charge %1 is by provider %2")
                                     .arg(*chargeId)
                                     .arg(m_context.providers.code(target->providerId)));
            if (target && namesClinic
                && ImportContext::knownId(file, SplitClinic, m_context.clinics, m_context.clinicPositions)
                           != target->clinicId)
                file.problem(
                        SplitClinic,
                        Tr::tr("charge %1 is at clinic %2").arg(*chargeId).arg(m_context.clinics.code(target->clinicId)));
        } else if (chargeId && payment) {
            // An unallocated split says whose work the payment was for.
            if (namesProvider)
                assignCoded(
                        file,
                        SplitProvider,
                        payment->provider,
                        ImportContext::position(file, SplitProvider, m_context.providers, m_context.providerPositions),
                        Tr::tr("payment %1 already has provider %2 from another split").arg(*paymentId),
                        m_context.providers);
            if (namesClinic)
                assignCoded(file,
                            SplitClinic,
                            payment->clinic,
                            ImportContext::position(file, SplitClinic, m_context.clinics, m_context.clinicPositions),
                            Tr::tr("payment %1 already has clinic %2 from another split").arg(*paymentId),
                            m_context.clinics);
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
            file.problem(
                    SplitAmount,
                    Tr::tr("the sign is not that of payment %1 (%2)").arg(*paymentId).arg(paymentAmount.toString()));
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
                file.problem(SplitAmount,
                             total.isEmpty() ? Tr::tr("the splits of payment %1 add up to more than its amount %2")
                                                       .arg(*paymentId)
                                                       .arg(paymentAmount.toString())
                                             : Tr::tr("the splits of payment %1 add up to %2, more than its amount %3")
                                                       .arg(*paymentId)
                                                       .arg(total, paymentAmount.toString()));
            }
        }
        if (target)
            ++m_context.summary.allocations;
    }
    return file.finish();
}

void SplitsFile::write(BatchWriter &writer)
{
    ImportTable &file = m_file;
    qint64 nextId = BatchWriter::firstFreeId(m_context.db, QStringLiteral("allocations"));
    rewrite<Allocation>(
            file,
            m_context.problems,
            [&]() -> std::optional<Allocation> {
                const qint64 chargeId = file.id(SplitCharge, true).value_or(0);
                if (!chargeId)
                    return std::nullopt; // unallocated: its money stays the payment's credit
                // The allocation copies the charge's patient, provider and clinic.
                qint64 patientId = 0, providerId = 0, clinicId = 0;
                if (const qsizetype index = m_context.chargeIndex.find(chargeId); index >= 0) {
                    const ChargeRow &c = m_context.chargeRows[size_t(index)];
                    patientId = c.patientId;
                    providerId = m_context.providers.id(c.provider);
                    clinicId = m_context.clinics.id(c.clinic);
                } else if (const std::optional<ChargeRef> stored = m_context.storedCharges.value(chargeId)) {
                    patientId = stored->patientId;
                    providerId = stored->providerId;
                    clinicId = stored->clinicId;
                } else {
                    file.problem(SplitCharge,
                                 Tr::tr("there is no charge %1 in charges.csv or in the database").arg(chargeId));
                    return std::nullopt;
                }
                return Allocation{nextId++,
                                  file.id(SplitPayment).value_or(0),
                                  AllocationTarget::charge(chargeId),
                                  file.money(SplitAmount).value_or(Money()),
                                  patientId,
                                  providerId,
                                  clinicId,
                                  AllocationRule::Import};
            },
            [&](const Allocation &a) { writer.addAllocation(a); });
}

// `conflict` names the payment; %2 is left for the code it already has.
void SplitsFile::assignCoded(
        ImportTable &file, int column, qint32 &slot, qint32 position, const QString &conflict, const CodeBook &book)
{
    if (slot >= 0 && slot != position)
        file.problem(column, conflict.arg(book.code(book.id(slot))));
    else
        slot = position;
}

} // namespace paydesk::core::importing
