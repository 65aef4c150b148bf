#pragma once

#include <QString>
#include <QStringList>

namespace paydesk::core {
class Database;
}

namespace paydesk::core::portal {

struct PortalTransaction;

// Which family a clearinghouse transaction belongs to, from what the patient typed on the
// guest-pay page: the account number is a family id (leading zeros ignored), and the patient's
// last name must be a member's once both are folded (fold()). For an 835, whose N102 is the
// name as one string, a member's folded last name must be one of its words or of its runs of
// adjacent words ("MARIA DE LA CRUZ" holds "de la Cruz"); an N102 of "Patient" is InstaMed's
// "no name given" and skips the check.
class PortalAccountMatcher
{
public:
    explicit PortalAccountMatcher(const Database &db)
        : m_db(db)
    {}

    struct Match
    {
        qint64 familyId = 0;
        qint64 guarantorId = 0; // the patient a payment posts on
        QString problem;        // why it matches no family, translated; empty on a match

        bool matched() const { return problem.isEmpty(); }
    };

    // The fetch's matching: account number, family, name.
    Match match(const PortalTransaction &transaction) const;
    // A clerk's match to `familyId`: only that the family exists and has a guarantor.
    Match family(qint64 familyId) const;

    // The family id an account number names: digits, leading zeros ignored (any width); 0 for
    // anything else.
    static qint64 familyIdOf(const QString &accountNumber);
    // Case, accents (canonical decomposition, marks dropped), spaces and punctuation folded
    // away: "O'Brien" and "OBRIEN", "Núñez" and "NUNEZ", "de la Cruz" and "DELACRUZ" agree.
    static QString fold(const QString &name);
    // Whether the transaction's patient name agrees with one of `lastNames` (see the class).
    static bool nameAgrees(const PortalTransaction &transaction, const QStringList &lastNames);

private:
    struct Family
    {
        bool exists = false;
        qint64 guarantorId = 0;
        QStringList lastNames;
    };
    Family read(qint64 familyId) const;

    const Database &m_db;
};

} // namespace paydesk::core::portal
