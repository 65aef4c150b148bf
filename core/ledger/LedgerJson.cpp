#include "ledger/LedgerJson.h"

#include "balancer/TransferLines.h"
#include "ledger/FamilyAccount.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace paydesk::core::LedgerJson {

namespace {

QString day(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QJsonValue optionalId(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue();
}

QJsonValue code(const QHash<qint64, QString> &codes, qint64 id)
{
    return id ? QJsonValue(codes.value(id)) : QJsonValue();
}

} // namespace

QJsonObject patient(const Patient &p)
{
    return {{u"id"_s, p.id}, {u"family"_s, p.familyId}, {u"last_name"_s, p.lastName},
            {u"first_name"_s, p.firstName}, {u"birth_date"_s, day(p.birthDate)}, {u"guarantor"_s, p.isGuarantor}};
}

QJsonObject charge(const Charge &c)
{
    return {{u"id"_s, c.id}, {u"patient"_s, c.patientId}, {u"provider_id"_s, c.providerId},
            {u"clinic_id"_s, c.clinicId}, {u"date"_s, day(c.date)}, {u"code"_s, c.code},
            {u"description"_s, c.description}, {u"amount"_s, c.amount.toString()}};
}

QJsonObject adjustment(const Adjustment &a)
{
    return {{u"id"_s, a.id}, {u"patient"_s, a.patientId}, {u"provider_id"_s, a.providerId},
            {u"clinic_id"_s, a.clinicId}, {u"date"_s, day(a.date)}, {u"type"_s, a.type},
            {u"amount"_s, a.amount.toString()}, {u"charge"_s, optionalId(a.chargeId)},
            {u"kind"_s, adjustmentKindCode(a.kind)}, {u"reverses"_s, optionalId(a.reversesAdjustmentId)},
            {u"note"_s, a.note}};
}

QJsonObject payment(const Payment &p)
{
    return {{u"id"_s, p.id}, {u"patient"_s, p.patientId}, {u"date"_s, day(p.date)},
            {u"amount"_s, p.amount.toString()}, {u"method"_s, paymentMethodCode(p.method)},
            {u"reference"_s, p.reference}, {u"note"_s, p.note}, {u"kind"_s, paymentKindCode(p.kind)},
            {u"related_payment"_s, optionalId(p.relatedPaymentId)}};
}

QJsonObject allocation(const Allocation &a)
{
    return {{u"id"_s, a.id}, {u"payment"_s, a.paymentId}, {u"target"_s, allocationTargetCode(a.target.kind)},
            {u"target_id"_s, optionalId(a.target.id)}, {u"patient"_s, a.patientId},
            {u"amount"_s, a.amount.toString()}, {u"rule"_s, allocationRuleCode(a.rule)},
            {u"reverses"_s, optionalId(a.reversesAllocationId)}, {u"transfer"_s, optionalId(a.transferId)},
            {u"run"_s, optionalId(a.runId)}};
}

QJsonObject account(const FamilyAccount &account)
{
    QJsonArray members;
    for (const Patient &p : account.members)
        members.append(patient(p));
    QJsonArray charges;
    for (const ChargeLine &line : account.charges) {
        QJsonObject o = charge(line.charge);
        o.insert(u"provider"_s, code(account.providerCodes, line.charge.providerId));
        o.insert(u"clinic"_s, code(account.clinicCodes, line.charge.clinicId));
        o.insert(u"adjustments"_s, line.adjusted.toString());
        o.insert(u"insurance"_s, line.insurancePaid.toString());
        o.insert(u"writeoff"_s, line.writtenOff.toString());
        o.insert(u"insurance_overpaid"_s, line.insuranceOverpaid().toString());
        o.insert(u"balance"_s, line.balance().toString());
        o.insert(u"voided_by"_s, optionalId(line.voidedById));
        charges.append(o);
    }
    QJsonArray adjustments;
    for (const AdjustmentLine &line : account.adjustments) {
        QJsonObject o = adjustment(line.adjustment);
        o.insert(u"provider"_s, code(account.providerCodes, line.adjustment.providerId));
        o.insert(u"clinic"_s, code(account.clinicCodes, line.adjustment.clinicId));
        o.insert(u"balance"_s, line.balance().toString());
        o.insert(u"voided_by"_s, optionalId(line.voidedById));
        adjustments.append(o);
    }
    QJsonArray payments;
    for (const PaymentLine &line : account.payments) {
        QJsonObject o = payment(line.payment);
        o.insert(u"provider"_s, code(account.providerCodes, line.payment.providerId));
        o.insert(u"clinic"_s, code(account.clinicCodes, line.payment.clinicId));
        o.insert(u"unallocated"_s, line.unallocated().toString());
        o.insert(u"voided_by"_s, optionalId(line.reversedById));
        // A $0 income transfer is taken back by reversing its rows, not by a void: it stays
        // listed, no longer live, with the run that reversed it.
        const std::optional<qint64> reversedByRun = line.payment.method == PaymentMethod::Transfer
            ? TransferLines::reversedByRun(account, line.payment.id)
            : std::nullopt;
        o.insert(u"reversed"_s, line.isVoided() || reversedByRun.has_value());
        o.insert(u"reversed_by_run"_s, optionalId(reversedByRun.value_or(0)));
        payments.append(o);
    }
    QJsonArray allocations;
    for (const Allocation &a : account.allocations) {
        QJsonObject o = allocation(a);
        o.insert(u"provider"_s, code(account.providerCodes, a.providerId));
        o.insert(u"clinic"_s, code(account.clinicCodes, a.clinicId));
        allocations.append(o);
    }
    const Patient *guarantor = account.guarantor();
    return {{u"family"_s, account.familyId},
            {u"guarantor"_s, guarantor ? QJsonValue(guarantor->id) : QJsonValue()},
            {u"balance"_s, account.balance().toString()},
            {u"unallocated"_s, account.unallocated().toString()},
            {u"unearned"_s, account.unearned().toString()},
            {u"insurance"_s, account.insuranceTotal().toString()},
            {u"insurance_unspread"_s, account.unspreadInsurance().toString()},
            {u"members"_s, members},
            {u"charges"_s, charges},
            {u"adjustments"_s, adjustments},
            {u"payments"_s, payments},
            {u"allocations"_s, allocations}};
}

} // namespace paydesk::core::LedgerJson
