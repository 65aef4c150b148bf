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

    QString displayName() const { return displayName(lastName, firstName); }
    // "Last, First", as every list names a patient; empty for no patient (an empty last name,
    // as a LEFT JOIN without a guarantor reads it).
    static QString displayName(const QString &lastName, const QString &firstName)
    {
        return lastName.isEmpty() ? QString() : lastName + QStringLiteral(", ") + firstName;
    }
};

} // namespace paydesk::core
