#pragma once

#include "money/Money.h"

#include <QDate>
#include <QString>

namespace paydesk::core {

// Production: a procedure done for a patient by a provider at a clinic.
struct Charge
{
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 providerId = 0;
    qint64 clinicId = 0;
    QDate date;
    QString code;
    QString description;
    Money amount;
};

} // namespace paydesk::core
