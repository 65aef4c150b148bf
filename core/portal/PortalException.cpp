#include "portal/PortalException.h"

#include "util/Tr.h"

namespace paydesk::core::portal {

QString PortalException::statusCode(Status status)
{
    switch (status) {
    case Status::Open:
        return QStringLiteral("open");
    case Status::Matched:
        return QStringLiteral("matched");
    case Status::Dismissed:
        return QStringLiteral("dismissed");
    }
    Q_UNREACHABLE();
}

QString PortalException::statusLabel() const
{
    switch (status) {
    case Status::Open:
        return Tr::tr("Open");
    case Status::Matched:
        return Tr::tr("Matched");
    case Status::Dismissed:
        return Tr::tr("Dismissed");
    }
    Q_UNREACHABLE();
}

QJsonObject PortalException::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("file"), file},
                     {QStringLiteral("line"), line},
                     {QStringLiteral("raw"), raw},
                     {QStringLiteral("reason"), reason},
                     {QStringLiteral("status"), statusCode(status)},
                     {QStringLiteral("matchable"), matchable}};
    if (matchable) {
        json.insert(QStringLiteral("direction"),
                    direction == PortalDirection::Payment ? QStringLiteral("payment") : QStringLiteral("refund"));
        json.insert(QStringLiteral("amount"), amount.toString());
        json.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
        json.insert(QStringLiteral("patient"), patientName);
        json.insert(QStringLiteral("account"), accountNumber);
    }
    if (status != Status::Open) {
        json.insert(QStringLiteral("family"), familyId ? QJsonValue(familyId) : QJsonValue());
        json.insert(QStringLiteral("payment"), paymentId ? QJsonValue(paymentId) : QJsonValue());
        json.insert(QStringLiteral("resolved_by"), resolvedBy);
        json.insert(QStringLiteral("resolved_at"), resolvedAt.toString(Qt::ISODate));
        json.insert(QStringLiteral("resolution"), resolution);
    }
    return json;
}

} // namespace paydesk::core::portal
