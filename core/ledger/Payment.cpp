#include "ledger/Payment.h"

namespace paydesk::core {

QString paymentKindCode(Payment::Kind kind)
{
    switch (kind) {
    case Payment::Kind::Payment: return QStringLiteral("payment");
    case Payment::Kind::Void: return QStringLiteral("void");
    case Payment::Kind::Refund: return QStringLiteral("refund");
    }
    return {};
}

Payment::Kind paymentKindFromCode(QAnyStringView code)
{
    if (code == u"void")
        return Payment::Kind::Void;
    if (code == u"refund")
        return Payment::Kind::Refund;
    return Payment::Kind::Payment;
}

} // namespace paydesk::core
