#pragma once

#include "ledger/AutoAllocator.h"
#include "ledger/FamilyAccount.h"
#include "ledger/FamilyRegistry.h"
#include "ledger/PaymentPoster.h"
#include "money/Money.h"

#include <QHash>
#include <QString>

namespace paydesk::core {
class Database;
}

namespace paydesk::test {

// An amount written in a test ("12.50"); a typo in a test table is a fatal error.
core::Money money(const QString &text);

// The desk as the ledger tests use it: the real services, one provider and clinic, and
// short names ("c1", "j1", "u" for unearned) for the items a test table talks about.
class LedgerDesk
{
public:
    explicit LedgerDesk(const core::Database &db, const QString &user = QStringLiteral("clerk"));

    const core::Database &db() const { return m_db; }
    qint64 providerId() const { return m_providerId; }
    qint64 clinicId() const { return m_clinicId; }

    core::NewPatient addPatient(qint64 familyId, const QString &firstName, const QString &lastName = QStringLiteral("Rivera"));
    qint64 addCharge(qint64 patientId, const QString &date, const QString &amount);
    qint64 addAdjustment(qint64 patientId, const QString &date, const QString &amount, qint64 chargeId = 0);
    // A payment dated 2024-02-01 (in the past, after every test charge).
    core::PostedPayment pay(qint64 patientId, const QString &amount, const QString &splits = {},
                            core::PaymentPoster::AutoAllocate autoAllocate = core::PaymentPoster::AutoAllocate::No);
    core::FamilyAccount account(qint64 familyId) const;

    // Names a target for splits() and describe(); "u" always means unearned income.
    void name(const QString &name, core::AllocationTarget target);
    core::AllocationTarget target(const QString &name) const;
    // "c1:10.00 u:5.00" -> splits, and back (an empty text is no splits).
    QList<core::Split> splits(const QString &spec) const;
    QString describe(const QList<core::Split> &splits) const;

    // SELECT COUNT(*) or another single integer.
    qint64 scalar(const QString &sql) const;
    // What verify says about the whole database, as "error: ..." / "warning: ..." lines.
    QStringList verifyIssues() const;

    // The standard two-family practice most ledger tests start from:
    //   family F: guarantor G, member M; family O: guarantor O (a neighbour family).
    //   c1 G 2024-01-10 100.00   c2 M 2024-01-05 50.00   c3 G 2024-01-05 30.00
    //   j1 M 2024-01-05 fee 20.00 (stand-alone)          c4 M 2024-01-20 40.00
    //   o1 O 2024-01-01 70.00
    // FIFO order over F: c2, c3, j1, c1, c4 (240.00 in all).
    struct Practice
    {
        qint64 family = 0;
        qint64 guarantor = 0;
        qint64 member = 0;
        qint64 otherFamily = 0;
        qint64 otherPatient = 0;
        qint64 patient(const QString &name) const { return name == u"M" ? member : name == u"O" ? otherPatient : guarantor; }
    };
    Practice standardPractice();

private:
    const core::Database &m_db;
    QString m_user;
    qint64 m_providerId = 0;
    qint64 m_clinicId = 0;
    QHash<QString, core::AllocationTarget> m_names;
};

} // namespace paydesk::test
