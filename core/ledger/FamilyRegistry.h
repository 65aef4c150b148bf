#pragma once

#include "ledger/Patient.h"

namespace paydesk::core {

class Database;

struct NewPatient
{
    qint64 familyId = 0;
    qint64 patientId = 0;
};

// Creates families and their members. Every family has exactly one guarantor: the first
// member of a new family is its guarantor.
class FamilyRegistry
{
public:
    FamilyRegistry(const Database &db, QString user);

    // Adds `patient` to family `patient.familyId`, creating the family when it does not
    // exist (or a new family with the next free account number when familyId is 0).
    // Refused: empty names, a missing or future birth date, a second guarantor.
    NewPatient addPatient(const Patient &patient);

private:
    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
