#include "ledger/PaymentRow.h"

#include "storage/SqlQuery.h"

namespace paydesk::core::PaymentRow {

QString columns()
{
    return QStringLiteral("y.id, y.patient_id, y.date, y.amount_cents, y.method, y.reference, y.note, y.provider_id,"
                          " y.clinic_id, y.kind, y.related_payment_id, y.created_by, y.created_at");
}

Payment read(const SqlQuery &q, int first)
{
    Payment p;
    p.id = q.id(first);
    p.patientId = q.id(first + 1);
    p.date = q.date(first + 2);
    p.amount = q.money(first + 3);
    p.method = paymentMethodFromCode(q.textView(first + 4)).value_or(PaymentMethod::Other);
    p.reference = q.text(first + 5);
    p.note = q.text(first + 6);
    p.providerId = q.id(first + 7);
    p.clinicId = q.id(first + 8);
    p.kind = paymentKindFromCode(q.textView(first + 9));
    p.relatedPaymentId = q.id(first + 10);
    p.createdBy = q.text(first + 11);
    p.createdAt = QDateTime::fromString(q.text(first + 12), Qt::ISODate);
    return p;
}

} // namespace paydesk::core::PaymentRow
