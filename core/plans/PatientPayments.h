#pragma once

#include "money/Money.h"

#include <QDate>

#include <optional>

namespace paydesk::core {

class Database;

// A patient payment as the payment plans count it (statement plans and collection plans
// alike): a payments row of kind 'payment' with a positive amount (not a refund, a void or
// a $0 transfer) that no void cancels.
class PatientPayments
{
public:
    struct Latest
    {
        QDate date;
        Money amount;
    };

    // The family's latest one, by date then entry, whatever its date; nullopt: none. What
    // the plan screen shows as Last Payment Date and Last Payment Amount.
    static std::optional<Latest> latest(const Database &db, qint64 familyId);
};

} // namespace paydesk::core
