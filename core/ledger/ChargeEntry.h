#pragma once

#include "ledger/Adjustment.h"
#include "ledger/Charge.h"

#include <QStringList>

namespace paydesk::core {

class Database;

// Enters production and adjustments by hand, so a practice can work without an import.
class ChargeEntry
{
public:
    ChargeEntry(const Database &db, QString user);

    // The id fields of `charge` other than patient, provider and clinic are ignored.
    // Refused: unknown patient/provider/clinic, empty code or description, zero or negative
    // amount, a date after today or in the closed period (LedgerCalendar).
    qint64 addCharge(const Charge &charge);
    // An adjustment attached to a charge takes its patient, provider and clinic from the
    // charge, and may not take the charge's balance below zero nor go on a voided charge.
    // Its type is one of the practice's AdjustmentTypes, and its amount has that type's
    // sign (a discount is negative); the type is stored as the table spells it. Dates as
    // for charges. Voids are ItemVoider's.
    qint64 addAdjustment(const Adjustment &adjustment);

    // The same, naming the provider and clinic by code instead of id: a code that is new
    // is created in the posting's own transaction, so a refused charge creates nothing.
    // The adjustment's codes are ignored when it is attached to a charge.
    qint64 addCharge(const Charge &charge, const QString &providerCode, const QString &clinicCode);
    qint64 addAdjustment(const Adjustment &adjustment, const QString &providerCode, const QString &clinicCode);

private:
    struct Codes
    {
        QString provider;
        QString clinic;
    };
    qint64 writeCharge(const Charge &input, const Codes *codes);
    qint64 writeAdjustment(const Adjustment &input, const Codes *codes);
    void resolveCodes(QStringList &problems, const Codes &codes, qint64 &providerId, qint64 &clinicId) const;

    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
