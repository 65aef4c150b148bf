#include "BillingDesk.h"

#include "billing/BillingAccountReader.h"
#include "billing/BillingStateStore.h"
#include "ledger/PaymentPoster.h"
#include "settings/PracticeSettings.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace paydesk::test {

using namespace paydesk::core;

QDate date(const char *text)
{
    const QDate d = QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
    if (!d.isValid())
        qFatal("bad date in a test: %s", text);
    return d;
}

BillingDesk::BillingDesk(const Database &db, const QString &user)
    : m_ledger(db, user)
    , m_user(user)
    , m_clock(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC))
{
    at(QDate(2026, 1, 1));
    PracticeSettings(db).set(user, u"practice.time_zone"_s, u"UTC"_s);
}

void BillingDesk::at(QDate day)
{
    m_today = day;
    m_clock.set(QDateTime(day, QTime(12, 0), Qt::UTC));
}

void BillingDesk::settings(const QList<std::pair<QString, QString>> &values)
{
    PracticeSettings(db()).set(m_user, values);
}

qint64 BillingDesk::family(qint64 *patient, const QString &lastName)
{
    const NewPatient p = m_ledger.addPatient(0, u"Ana"_s, lastName);
    *patient = p.patientId;
    return p.familyId;
}

qint64 BillingDesk::owingFamily(qint64 *patient, const QString &amount)
{
    const qint64 id = family(patient);
    charge(*patient, QDate(2026, 1, 2), amount);
    return id;
}

void BillingDesk::charge(qint64 patient, QDate date, const QString &amount)
{
    at(qMax(m_today, date));
    m_ledger.addCharge(patient, date.toString(Qt::ISODate), amount);
}

qint64 BillingDesk::pay(qint64 patient, QDate date, const QString &amount)
{
    at(qMax(m_today, date));
    PaymentDraft draft;
    draft.patientId = patient;
    draft.date = date;
    draft.amount = money(amount);
    draft.reference = u"test"_s;
    return PaymentPoster(db(), m_user).post(draft).paymentId;
}

QStringList BillingDesk::run(QDate day)
{
    at(day);
    QStringList lines;
    for (const BillingDay &done : DailyBillingRun(db(), m_user).run(day)) {
        lines << done.line();
        if (const QString collections = done.collectionsLine(); !collections.isEmpty())
            lines << collections;
    }
    // verify recounts the balances the run keeps from scratch.
    if (const QStringList issues = m_ledger.verifyIssues(); !issues.isEmpty())
        QTest::qFail(qPrintable(issues.join(u'\n')), __FILE__, __LINE__);
    return lines;
}

FamilyBillingState BillingDesk::state(qint64 family) const
{
    return BillingStateStore(db()).read(family);
}

BillingAccount BillingDesk::account(qint64 family) const
{
    return BillingAccountReader(db()).account(family);
}

QString BillingDesk::status(qint64 family) const
{
    return BillingStatuses::text(account(family).status);
}

std::optional<PaymentPlan> BillingDesk::plan(qint64 family) const
{
    return account(family).plan;
}

QStringList BillingDesk::statements(qint64 family) const
{
    SqlQuery q = db().query();
    q.prepare(u"SELECT date, number, balance_cents, amount_due_cents FROM statements WHERE family_id = :f ORDER BY id"_s)
            .bind(u":f"_s, family)
            .exec();
    QStringList lines;
    while (q.next())
        lines << u"%1 #%2 balance %3 due %4"_s.arg(q.text(0)).arg(q.id(1)).arg(Money::fromCents(q.id(2)).toString(),
                                                                               Money::fromCents(q.id(3)).toString());
    return lines;
}

QStringList BillingDesk::audit(qint64 family) const
{
    SqlQuery q = db().query();
    q.prepare(u"SELECT action, user_name FROM audit_log WHERE entity = 'family' AND entity_id = :f ORDER BY id"_s)
            .bind(u":f"_s, family)
            .exec();
    QStringList lines;
    while (q.next())
        lines << q.text(0) + u" by "_s + q.text(1);
    return lines;
}

} // namespace paydesk::test
