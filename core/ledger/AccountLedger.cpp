#include "ledger/AccountLedger.h"

#include "balancer/TransferLines.h"
#include "ledger/AdjustmentTypes.h"
#include "ledger/FamilyAccount.h"
#include "util/Tr.h"

#include <QHash>

#include <algorithm>

namespace paydesk::core {

namespace {

using Kind = LedgerEntry::Kind;

// The groups of one date, in the order they are listed.
int groupOf(Kind kind)
{
    switch (kind) {
    case Kind::Charge:
        return 0;
    case Kind::Adjustment:
        return 1;
    case Kind::InsurancePaid:
    case Kind::WriteOff:
    case Kind::InsurancePayment:
        return 2;
    case Kind::Payment:
    case Kind::Void:
    case Kind::Refund:
    case Kind::Transfer:
    case Kind::TransferLine:
        return 3;
    }
    return 3;
}

QString claimText(const Claim *claim, qint64 claimId)
{
    if (!claim || claim->payer.isEmpty())
        return Tr::tr("claim #%1").arg(claimId);
    return Tr::tr("claim #%1, %2").arg(QString::number(claimId), claim->payer);
}

// What a row says, and that it was taken back when it was: the same words for a payment, a
// charge and an adjustment.
QString markVoided(const QString &text, qint64 voidId)
{
    return voidId ? Tr::tr("%1 (voided by #%2)").arg(text, QString::number(voidId)) : text;
}

QString chargeText(const ChargeLine &line)
{
    const Charge &charge = line.charge;
    const QString description = charge.description.trimmed();
    return markVoided(description.isEmpty() ? charge.code : Tr::tr("%1 %2").arg(charge.code, description),
                      line.voidedById);
}

QString paymentText(const PaymentLine &line)
{
    const Payment &p = line.payment;
    switch (p.kind) {
    case Payment::Kind::Void:
        return p.note.isEmpty() ? Tr::tr("Void of payment #%1").arg(p.relatedPaymentId)
                                : Tr::tr("Void of payment #%1: %2").arg(QString::number(p.relatedPaymentId), p.note);
    case Payment::Kind::Refund:
        return p.note.isEmpty() ? Tr::tr("Refund of payment #%1").arg(p.relatedPaymentId)
                                : Tr::tr("Refund of payment #%1: %2").arg(QString::number(p.relatedPaymentId), p.note);
    case Payment::Kind::Payment:
        break;
    }
    const QString method = paymentMethodLabel(p.method);
    const QString text = p.reference.isEmpty() ? Tr::tr("Payment, %1").arg(method)
                                               : Tr::tr("Payment, %1, %2").arg(method, p.reference);
    return markVoided(text, line.reversedById);
}

QString transferLineText(const FamilyAccount &account, const TransferLines::Line &line)
{
    QStringList where;
    for (const QString &code :
         {account.providerCodes.value(line.providerId), account.clinicCodes.value(line.clinicId)}) {
        if (!code.isEmpty())
            where << code;
    }
    const QString place = where.isEmpty() ? Tr::tr("no provider or clinic") : where.join(QStringLiteral(", "));
    return line.amount.isNegative() ? Tr::tr("Moved from %1").arg(place) : Tr::tr("Moved to %1").arg(place);
}

} // namespace

QString AccountLedger::transferLabel(const FamilyAccount &account, qint64 transferId)
{
    // The run that wrote a transfer is on its rows (a reversing row carries the run that reversed it).
    qint64 run = 0;
    for (const Allocation &row : account.allocations) {
        if (row.transferId == transferId && row.reversesAllocationId == 0) {
            run = row.runId;
            break;
        }
    }
    const QString transfer = run ? Tr::tr("Income transfer of run #%1").arg(run) : Tr::tr("Income transfer");
    const std::optional<qint64> reversedBy = TransferLines::reversedByRun(account, transferId);
    if (!reversedBy)
        return transfer;
    return *reversedBy ? Tr::tr("%1, reversed by run #%2").arg(transfer, QString::number(*reversedBy))
                       : Tr::tr("%1, reversed").arg(transfer);
}

QString AccountLedger::adjustmentLabel(const FamilyAccount &account, const AdjustmentLine &line)
{
    const Adjustment &adjustment = line.adjustment;
    const QString reason = adjustment.note.isEmpty() ? QString() : Tr::tr(": %1").arg(adjustment.note);
    if (adjustment.voidsCharge())
        return Tr::tr("Void of charge #%1%2").arg(QString::number(adjustment.chargeId), reason);
    if (adjustment.isVoid())
        return Tr::tr("Void of adjustment #%1%2").arg(QString::number(adjustment.reversesAdjustmentId), reason);
    const QString type = account.adjustmentTypeName(adjustment);
    return markVoided(adjustment.chargeId ? Tr::tr("%1 on charge #%2").arg(type, QString::number(adjustment.chargeId))
                                          : type,
                      line.voidedById);
}

QList<LedgerEntry> AccountLedger::of(const FamilyAccount &account)
{
    QList<LedgerEntry> entries;
    for (const ChargeLine &line : account.charges) {
        const Charge &c = line.charge;
        entries.append({c.date, Kind::Charge, c.id, c.id, c.patientId, chargeText(line), c.amount, {}, {}});
    }
    for (const AdjustmentLine &line : account.adjustments) {
        const Adjustment &a = line.adjustment;
        entries.append({a.date, Kind::Adjustment, a.id, a.chargeId, a.patientId, adjustmentLabel(account, line),
                        a.amount, {}, {}});
    }

    QHash<qint64, const Claim *> claims;
    for (const Claim &claim : account.claims)
        claims.insert(claim.id, &claim);
    for (const ClaimProcedure &procedure : account.claimProcedures) {
        const Claim *claim = claims.value(procedure.claimId);
        const ChargeLine *charge = account.charge(procedure.chargeId);
        const QDate date = claim ? claim->date : QDate();
        const qint64 patient = charge ? charge->charge.patientId : claim ? claim->patientId : 0;
        const QString chargeId = QString::number(procedure.chargeId);
        const QString onClaim = claimText(claim, procedure.claimId);
        if (!procedure.insurancePaid.isZero())
            entries.append({date,
                            Kind::InsurancePaid,
                            procedure.id,
                            procedure.chargeId,
                            patient,
                            Tr::tr("Insurance paid on charge #%1 (%2)").arg(chargeId, onClaim),
                            -procedure.insurancePaid,
                            {},
                            {}});
        if (!procedure.writeOff.isZero())
            entries.append({date,
                            Kind::WriteOff,
                            procedure.id,
                            procedure.chargeId,
                            patient,
                            Tr::tr("Insurance write-off on charge #%1 (%2)").arg(chargeId, onClaim),
                            -procedure.writeOff,
                            {},
                            {}});
    }
    for (const ClaimPaymentLine &line : account.claimPayments) {
        const ClaimPayment &p = line.payment;
        const Claim *claim = claims.value(p.claimId);
        entries.append({p.date,
                        Kind::InsurancePayment,
                        p.id,
                        0,
                        claim ? claim->patientId : 0,
                        Tr::tr("Insurance payment as a total (%1)").arg(claimText(claim, p.claimId)),
                        -p.amount,
                        {},
                        {}});
    }

    QHash<qint64, QList<TransferLines::Line>> transferLines;
    for (const TransferLines::Line &line : TransferLines::of(account))
        transferLines[line.transferId].append(line);
    for (const PaymentLine &line : account.payments) {
        const Payment &p = line.payment;
        if (p.method == PaymentMethod::Transfer) {
            entries.append(
                    {p.date, Kind::Transfer, p.id, 0, p.patientId, transferLabel(account, p.id), -p.amount, {}, {}});
            for (const TransferLines::Line &moved : transferLines.value(p.id))
                entries.append({p.date,
                                Kind::TransferLine,
                                p.id,
                                0,
                                moved.patientId,
                                transferLineText(account, moved),
                                {},
                                moved.amount,
                                {}});
            continue;
        }
        const Kind kind = p.kind == Payment::Kind::Void     ? Kind::Void
                          : p.kind == Payment::Kind::Refund ? Kind::Refund
                                                            : Kind::Payment;
        entries.append({p.date, kind, p.id, 0, p.patientId, paymentText(line), -p.amount, {}, {}});
    }

    // Each group was added in id order (the account's lists are in date, id order; claim
    // procedures in id order), so a stable sort on date and group keeps id order inside.
    // Rows of no date (a procedure of a claim not in the account) come first.
    std::stable_sort(entries.begin(), entries.end(), [](const LedgerEntry &a, const LedgerEntry &b) {
        return std::pair(a.date, groupOf(a.kind)) < std::pair(b.date, groupOf(b.kind));
    });
    Money balance;
    for (LedgerEntry &entry : entries) {
        balance += entry.amount;
        entry.balance = balance;
    }
    return entries;
}

} // namespace paydesk::core
