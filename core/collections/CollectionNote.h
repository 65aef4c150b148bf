#pragma once

#include "money/Money.h"

#include <QDate>
#include <QString>

namespace paydesk::core {

// The notes the collections process writes by itself into an account's history and on the
// plans it ends. Stored in English, like the billing run's reasons, so that every desk and
// export reads the same text; shown() gives them in the user's language. A user's own note is
// shown as written.
class CollectionNote
{
public:
    static QString delinquent(Money older, int delinquentDays);
    static QString daysInStatus(int days);
    static QString planFailed(Money paid, Money amount, QDate due);
    static QString balance(Money balance);
    static QString paidOff(qint64 paymentId);

    static QString shown(const QString &stored);
};

} // namespace paydesk::core
