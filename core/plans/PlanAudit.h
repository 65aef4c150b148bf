#pragma once

#include "plans/PaymentPlan.h"

#include <QJsonObject>

namespace paydesk::core {

// How a plan appears in the audit trail's before and after (entity "family", entity_id the
// family, so `audit --family F` shows it): its status, monthly amount and start, and the
// reason it was disabled. The same for a user's change and for the daily run's.
struct PlanAudit
{
    static QString entity() { return QStringLiteral("family"); }
    static QJsonObject plan(PaymentPlan::Status status, Money amount, QDate start, const QString &reason = {});
};

} // namespace paydesk::core
