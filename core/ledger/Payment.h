#pragma once

#include "ledger/PaymentMethod.h"
#include "money/Money.h"

#include <QAnyStringView>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace paydesk::core {

// Money received from (or, when negative, returned to) a patient. Never changed after it
// is written: a void or refund is a further payment that points back at this one.
struct Payment
{
    enum class Kind { Payment, Void, Refund };

    qint64 id = 0;
    qint64 patientId = 0;
    QDate date;
    Money amount;
    PaymentMethod method = PaymentMethod::Cash;
    QString reference;
    QString note;
    qint64 providerId = 0; // 0: none
    qint64 clinicId = 0;   // 0: none
    Kind kind = Kind::Payment;
    qint64 relatedPaymentId = 0; // the payment a void or refund reverses
    QString createdBy;
    QDateTime createdAt;
};

QString paymentKindCode(Payment::Kind kind);
Payment::Kind paymentKindFromCode(QAnyStringView code);

} // namespace paydesk::core
