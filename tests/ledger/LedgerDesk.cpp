#include "LedgerDesk.h"

#include "ledger/AccountReader.h"
#include "ledger/ChargeEntry.h"
#include "ledger/Directory.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "verify/Verifier.h"

using namespace Qt::StringLiterals;

namespace paydesk::test {

using namespace paydesk::core;

Money money(const QString &text)
{
    const MoneyParseResult parsed = Money::parse(text);
    if (!parsed)
        qFatal("bad amount in a test table: %s", qPrintable(parsed.error()));
    return parsed.value();
}

namespace {

QDate day(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        qFatal("bad date in a test table: %s", qPrintable(text));
    return date;
}

} // namespace

LedgerDesk::LedgerDesk(const Database &db, const QString &user)
    : m_db(db), m_user(user)
{
    Transaction tx(db);
    Directory directory(db);
    m_providerId = directory.ensureProvider(u"DRA"_s, user);
    m_clinicId = directory.ensureClinic(u"MAIN"_s, user);
    tx.commit();
}

NewPatient LedgerDesk::addPatient(qint64 familyId, const QString &firstName, const QString &lastName)
{
    Patient p;
    p.familyId = familyId;
    p.firstName = firstName;
    p.lastName = lastName;
    p.birthDate = QDate(1980, 5, 17);
    return FamilyRegistry(m_db, m_user).addPatient(p);
}

qint64 LedgerDesk::addCharge(qint64 patientId, const QString &date, const QString &amount)
{
    Charge c;
    c.patientId = patientId;
    c.providerId = m_providerId;
    c.clinicId = m_clinicId;
    c.date = day(date);
    c.code = u"D0150"_s;
    c.description = u"Comprehensive exam"_s;
    c.amount = money(amount);
    return ChargeEntry(m_db, m_user).addCharge(c);
}

qint64 LedgerDesk::addAdjustment(qint64 patientId, const QString &date, const QString &amount, qint64 chargeId)
{
    Adjustment a;
    a.patientId = patientId;
    a.providerId = m_providerId;
    a.clinicId = m_clinicId;
    a.date = day(date);
    a.type = money(amount).isNegative() ? u"discount"_s : u"fee"_s;
    a.amount = money(amount);
    a.chargeId = chargeId;
    return ChargeEntry(m_db, m_user).addAdjustment(a);
}

PostedPayment LedgerDesk::pay(qint64 patientId, const QString &amount, const QString &splitSpec,
                              PaymentPoster::AutoAllocate autoAllocate)
{
    PaymentDraft draft;
    draft.patientId = patientId;
    draft.date = QDate(2024, 2, 1);
    draft.amount = money(amount);
    draft.method = PaymentMethod::Card;
    draft.reference = u"test"_s;
    return PaymentPoster(m_db, m_user).post(draft, splits(splitSpec), autoAllocate);
}

FamilyAccount LedgerDesk::account(qint64 familyId) const
{
    return AccountReader(m_db).load(familyId);
}

void LedgerDesk::name(const QString &name, AllocationTarget target)
{
    m_names.insert(name, target);
}

AllocationTarget LedgerDesk::target(const QString &name) const
{
    if (name == u"u")
        return AllocationTarget::unearned();
    const auto it = m_names.constFind(name);
    if (it == m_names.cend())
        qFatal("unknown item name in a test table: %s", qPrintable(name));
    return *it;
}

QList<Split> LedgerDesk::splits(const QString &spec) const
{
    QList<Split> result;
    for (const QString &part : spec.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList fields = part.split(u':');
        if (fields.size() != 2)
            qFatal("bad split in a test table: %s", qPrintable(part));
        result.append({target(fields[0]), money(fields[1])});
    }
    return result;
}

QString LedgerDesk::describe(const QList<Split> &splits) const
{
    QStringList parts;
    for (const Split &s : splits) {
        QString name = s.target.kind == AllocationTarget::Kind::Unearned ? u"u"_s : QString();
        for (auto it = m_names.cbegin(); it != m_names.cend() && name.isEmpty(); ++it) {
            if (it.value() == s.target)
                name = it.key();
        }
        if (name.isEmpty())
            name = QStringLiteral("%1#%2").arg(allocationTargetCode(s.target.kind)).arg(s.target.id);
        parts << name + u':' + s.amount.toString();
    }
    return parts.join(u' ');
}

qint64 LedgerDesk::scalar(const QString &sql) const
{
    SqlQuery q = m_db.query();
    q.prepare(sql).exec();
    return q.next() ? q.id(0) : -1;
}

QStringList LedgerDesk::verifyIssues() const
{
    QStringList lines;
    for (const VerifyIssue &issue : Verifier(m_db).run())
        lines << (issue.severity == VerifyIssue::Severity::Error ? u"error: "_s : u"warning: "_s) + issue.message;
    return lines;
}

LedgerDesk::Practice LedgerDesk::standardPractice()
{
    Practice p;
    const NewPatient g = addPatient(0, u"Gloria"_s);
    p.family = g.familyId;
    p.guarantor = g.patientId;
    p.member = addPatient(p.family, u"Mateo"_s).patientId;
    const NewPatient o = addPatient(0, u"Olga"_s, u"Okafor"_s);
    p.otherFamily = o.familyId;
    p.otherPatient = o.patientId;

    name(u"c1"_s, AllocationTarget::charge(addCharge(p.guarantor, u"2024-01-10"_s, u"100.00"_s)));
    name(u"c2"_s, AllocationTarget::charge(addCharge(p.member, u"2024-01-05"_s, u"50.00"_s)));
    name(u"c3"_s, AllocationTarget::charge(addCharge(p.guarantor, u"2024-01-05"_s, u"30.00"_s)));
    name(u"j1"_s, AllocationTarget::adjustment(addAdjustment(p.member, u"2024-01-05"_s, u"20.00"_s)));
    name(u"c4"_s, AllocationTarget::charge(addCharge(p.member, u"2024-01-20"_s, u"40.00"_s)));
    name(u"o1"_s, AllocationTarget::charge(addCharge(p.otherPatient, u"2024-01-01"_s, u"70.00"_s)));
    return p;
}

} // namespace paydesk::test
