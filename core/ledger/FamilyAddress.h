#pragma once

#include <QString>

namespace paydesk::core {

class Database;

// A family's mailing address: where its guarantor receives the statements. Several lines
// (street, city), at most 500 characters, no control character other than line breaks:
// the check of practice.address (FreeText). Empty until someone sets it.
class FamilyAddress
{
public:
    FamilyAddress(const Database &db, QString user);

    // Throws Refusal naming the account number when there is no such family.
    static QString read(const Database &db, qint64 familyId);
    // Why set() would refuse `address`, naming the field, or an empty string: for the desk,
    // which shows it beside the field while the clerk types.
    static QString problem(const QString &address);

    // Stores `address` (trimmed, "\r\n" made "\n") in one transaction with its audit row
    // (action "mailing-address", entity "family", before and after), after asking
    // Permissions for EditPatients. An unchanged address writes nothing. Throws Refusal for
    // an unknown family or an address problem() refuses. Returns the stored form.
    QString set(qint64 familyId, const QString &address);

private:
    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
