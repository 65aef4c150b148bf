#include "collections/CollectionPlan.h"

#include "util/Tr.h"

namespace paydesk::core {

namespace {

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QJsonObject WebPay::toJson() const
{
    return QJsonObject{{QStringLiteral("merchant"), merchant},
                       {QStringLiteral("method"), method},
                       {QStringLiteral("holder"), holder},
                       {QStringLiteral("zip"), zip}};
}

QString CollectionPlan::kindText(Kind kind)
{
    return kind == Kind::NonDelinquent ? QStringLiteral("non-delinquent") : QStringLiteral("collection");
}

std::optional<CollectionPlan::Kind> CollectionPlan::parseKind(const QString &text)
{
    for (Kind kind : {Kind::NonDelinquent, Kind::Collection})
        if (text == kindText(kind))
            return kind;
    return std::nullopt;
}

QString CollectionPlan::statusText(Status status)
{
    switch (status) {
    case Status::Active: return QStringLiteral("Active");
    case Status::Failed: return QStringLiteral("Failed");
    case Status::Ended: return QStringLiteral("Ended");
    case Status::Completed: return QStringLiteral("Completed");
    }
    return {};
}

QString CollectionPlan::statusLabel(Status status)
{
    switch (status) {
    case Status::Active: return Tr::tr("Active");
    case Status::Failed: return Tr::tr("Failed");
    case Status::Ended: return Tr::tr("Ended");
    case Status::Completed: return Tr::tr("Completed");
    }
    return {};
}

std::optional<CollectionPlan::Status> CollectionPlan::parseStatus(const QString &text)
{
    for (Status status : {Status::Active, Status::Failed, Status::Ended, Status::Completed})
        if (text == statusText(status))
            return status;
    return std::nullopt;
}

QJsonObject CollectionPlan::toJson() const
{
    return QJsonObject{
            {QStringLiteral("kind"), kindText(kind)},
            {QStringLiteral("start"), dateValue(start)},
            {QStringLiteral("amount"), amount.toString()},
            {QStringLiteral("payment_days"), paymentDays},
            {QStringLiteral("next_payment_date"), dateValue(nextPaymentDate)},
            {QStringLiteral("last_payment_date"), dateValue(lastPaymentDate)},
            {QStringLiteral("last_payment_amount"),
             lastPaymentDate.isValid() ? QJsonValue(lastPaymentAmount.toString()) : QJsonValue()},
            {QStringLiteral("default_status"), defaultStatus},
            {QStringLiteral("webpay"), webpay ? QJsonValue(webpay->toJson()) : QJsonValue()},
            {QStringLiteral("status"), statusText(status)},
    };
}

} // namespace paydesk::core
