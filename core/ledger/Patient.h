#pragma once

#include <QDate>
#include <QString>

namespace paydesk::core {

// A member of a family. The family id is the account number a clerk searches by.
struct Patient
{
    qint64 id = 0;
    qint64 familyId = 0;
    QString lastName;
    QString firstName;
    QDate birthDate;
    bool isGuarantor = false;

    QString displayName() const { return lastName + QStringLiteral(", ") + firstName; }
};

} // namespace paydesk::core
