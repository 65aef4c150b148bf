#include "portal/PortalTransaction.h"

#include "util/Tr.h"

#include <QTimeZone>

namespace paydesk::core::portal {

QDateTime PortalTransaction::timeIn(const QTimeZone &zone) const
{
    return QDateTime(time.date(), time.time(), zone);
}

QString PortalTransaction::skipReason() const
{
    if (status == u"D")
        return Tr::tr("InstaMed declined transaction %1 (status D)").arg(transactionId);
    if (status == u"V")
        return Tr::tr("Transaction %1 was voided at InstaMed (status V)").arg(transactionId);
    if (status == u"SE")
        return Tr::tr("Transaction %1 failed at InstaMed with a system error (status SE)").arg(transactionId);
    return {};
}

bool PortalTransaction::isKnownStatus(const QString &status)
{
    return status == u"A" || status == u"C" || status == u"S" || status == u"CB" || status == u"RI" || status == u"D"
           || status == u"V" || status == u"SE";
}

PortalDirection PortalTransaction::directionOf(PortalAction action, const QString &status)
{
    // A chargeback or a returned item takes the money back whatever the original action was.
    if (status == u"CB" || status == u"RI")
        return PortalDirection::Refund;
    return action == PortalAction::AuthCapt ? PortalDirection::Payment : PortalDirection::Refund;
}

QString PortalTransaction::actionName(PortalAction action)
{
    switch (action) {
    case PortalAction::AuthCapt:
        return QStringLiteral("AuthCapt");
    case PortalAction::Credit:
        return QStringLiteral("Credit");
    case PortalAction::Return:
        return QStringLiteral("Return");
    }
    Q_UNREACHABLE();
}

QStringList PortalTransaction::overlongFields() const
{
    const bool eod = source == PortalSource::EodPostingFile;
    const std::pair<QString, const QString *> fields[] = {
            {eod ? Tr::tr("Card Type (field 8)") : QString(), &cardType},
            {eod ? Tr::tr("Transaction Id (field 9)") : QString(), &transactionId},
            {eod ? Tr::tr("Authorization Number (field 10)") : Tr::tr("TRN02 (authorization number)"),
             &authorizationNumber},
            {eod ? Tr::tr("Patient Last Name (field 13)") : QString(), &patientLastName},
            {eod ? Tr::tr("Patient First Name (field 14)") : QString(), &patientFirstName},
            {eod ? Tr::tr("Patient Middle Name (field 15)") : QString(), &patientMiddleName},
            {eod ? QString() : Tr::tr("N102 (patient name)"), &patientName},
            {eod ? Tr::tr("Patient Account Number (field 16)") : Tr::tr("N104 (patient account number)"),
             &accountNumber},
    };
    QStringList reasons;
    for (const auto &[name, value] : fields) {
        if (!name.isEmpty() && value->size() > maxFieldLength)
            reasons << Tr::tr("%1 is %2 characters long, more than the %3 an InstaMed value has")
                               .arg(name)
                               .arg(value->size())
                               .arg(maxFieldLength);
    }
    return reasons;
}

} // namespace paydesk::core::portal
