#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace paydesk::core {
class Database;
}

namespace paydesk::ui {

// The two ways a posted payment is reversed, each confirmed with what it will reverse and
// a reason (ReasonDialog). Both return whether something was written.
class VoidRefundFlow
{
    Q_DECLARE_TR_FUNCTIONS(VoidRefundFlow)

public:
    // Writes the void: a payment of the opposite amount whose allocations mirror what the
    // payment had paid, so those items owe again.
    static bool voidPayment(const core::Database &db, const QString &user, qint64 paymentId, QWidget *parent);
    // Returns up to the payment's unallocated credit to the patient.
    static bool refundPayment(const core::Database &db, const QString &user, qint64 paymentId, QWidget *parent);
};

} // namespace paydesk::ui
