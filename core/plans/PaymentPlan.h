#pragma once

#include "money/Money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace paydesk::core {

// One payment plan of a family (a row of payment_plans). A family has at most one Enabled
// plan; enabling again after a plan ended starts a new one with its own start.
struct PaymentPlan
{
    enum class Status { Enabled, Disabled, Completed };

    qint64 id = 0;
    qint64 familyId = 0;
    Status status = Status::Enabled;
    Money amount;    // the monthly amount
    QDate start;     // days before it do not count the plan
    // The family's latest patient payment from the start up to the last run's day (null: none).
    QDate lastPaymentDate;
    Money lastPaymentAmount;
    QDate endedOn;   // Disabled or Completed: the day it ended
    QString endedBy; // the user, or daily-run
    QString endReason;

    // "Enabled", "Disabled", "Completed": the JSON's and the CSV's words, not translated.
    static QString statusText(Status status);
    // The status statusText() writes; nullopt for anything else.
    static std::optional<Status> parseStatus(const QString &text);
};

} // namespace paydesk::core
