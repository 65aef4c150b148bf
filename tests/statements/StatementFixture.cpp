#include "StatementFixture.h"

#include "billing/DailyBillingRun.h"
#include "ledger/ChargeEntry.h"
#include "ledger/FamilyAddress.h"
#include "ledger/FamilyRegistry.h"
#include "ledger/PaymentPoster.h"
#include "plans/PlanService.h"
#include "settings/PracticeSettings.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using paydesk::core::Database;

namespace paydesk::test::statements {

Family addFamily(const Database &db, const QString &last, const QString &address)
{
    paydesk::core::FamilyRegistry registry(db, u"setup"_s);
    paydesk::core::Patient guarantor;
    guarantor.lastName = last;
    guarantor.firstName = u"Ana"_s;
    guarantor.birthDate = QDate(1980, 4, 2);
    const auto first = registry.addPatient(guarantor);
    paydesk::core::Patient child = guarantor;
    child.familyId = first.familyId;
    child.firstName = u"Luis"_s;
    child.birthDate = QDate(2012, 9, 15);
    const auto second = registry.addPatient(child);
    paydesk::core::FamilyAddress(db, u"setup"_s).set(first.familyId, address);
    return {first.familyId, first.patientId, second.patientId};
}

void charge(
        const Database &db, qint64 patient, QDate date, const QString &code, const QString &description, qint64 amount)
{
    paydesk::core::Charge c;
    c.patientId = patient;
    c.date = date;
    c.code = code;
    c.description = description;
    c.amount = cents(amount);
    paydesk::core::ChargeEntry(db, u"setup"_s).addCharge(c, u"DRLEE"_s, u"MAIN"_s);
}

void discount(const Database &db, qint64 patient, QDate date, qint64 amount)
{
    paydesk::core::Adjustment a;
    a.patientId = patient;
    a.date = date;
    a.type = u"discount"_s;
    a.amount = cents(amount);
    paydesk::core::ChargeEntry(db, u"setup"_s).addAdjustment(a, u"DRLEE"_s, u"MAIN"_s);
}

void pay(const Database &db, qint64 patient, QDate date, qint64 amount, const QString &reference)
{
    paydesk::core::PaymentDraft draft;
    draft.patientId = patient;
    draft.date = date;
    draft.amount = cents(amount);
    draft.method = paydesk::core::PaymentMethod::Check;
    draft.reference = reference;
    paydesk::core::PaymentPoster(db, u"setup"_s).post(draft);
}

qint64 enablePlan(const Database &db, qint64 familyId, qint64 amount, QDate start)
{
    return core::PlanService(db, u"setup"_s).enable(familyId, cents(amount), start);
}

void runDaily(const Database &db, QDate date)
{
    core::DailyBillingRun(db, u"setup"_s).run(date);
}

qint64 count(const Database &db, const QString &table)
{
    auto q = db.query();
    q.prepare(u"SELECT COUNT(*) FROM "_s + table).exec();
    q.next();
    return q.id(0);
}

int pdfPages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression page(u"/Type\\s*/Page(?!s)"_s);
    return int(QString::fromLatin1(file.readAll()).count(page));
}

Practice practice(const Database &db, int extraOkaforCharges)
{
    core::PracticeSettings(db).set(u"setup"_s,
                                   {{u"practice.name"_s, u"Lakeside Dental"_s},
                                    {u"practice.address"_s, u"12 Harbor Road\nSpringfield, IL 62704"_s},
                                    {u"practice.phone"_s, u"(217) 555-0142"_s},
                                    {u"statements.interval_days"_s, u"28"_s}});
    Practice p;
    p.rivera = addFamily(db, u"Rivera"_s, u"1234 Oak Street\nSpringfield, IL 62704"_s);
    p.okafor = addFamily(db, u"Okafor"_s, u"9 Elm Street\nMadison, WI 53703"_s);
    charge(db, p.rivera.luis, QDate(2026, 1, 10), u"D0120"_s, u"Periodic exam"_s, 2500);
    charge(db, p.rivera.ana, QDate(2026, 1, 15), u"D0274"_s, u"Bitewings, four films"_s, 1000);
    pay(db, p.rivera.ana, QDate(2026, 1, 20), 1500, u"CHK 1001"_s);
    charge(db, p.okafor.ana, QDate(2026, 1, 12), u"D1110"_s, u"Prophylaxis"_s, 9000);
    for (int i = 0; i < extraOkaforCharges; ++i)
        charge(db, p.okafor.luis, QDate(2026, 1, 20), u"D0120"_s, u"Periodic exam"_s, 100);
    // The first run: statement 1 to both families (20.00 and 90.00 owed).
    runDaily(db, QDate(2026, 1, 31));
    charge(db, p.rivera.ana, QDate(2026, 2, 5), u"D1206"_s, u"Fluoride varnish"_s, 500);
    discount(db, p.rivera.ana, QDate(2026, 2, 10), -200);
    p.plan = enablePlan(db, p.rivera.id, 1000, QDate(2026, 2, 12));
    pay(db, p.okafor.ana, QDate(2026, 2, 15), 9000, u"CHK 2002"_s);
    // 28 days on: statement 2 to the Riveras (23.00 owed, 10.00 due on the plan); the
    // Okafors paid in full and get none.
    runDaily(db, QDate(2026, 2, 28));
    // Entered after the statement: on the next one, not on this one.
    charge(db, p.rivera.luis, QDate(2026, 3, 2), u"D0120"_s, u"Periodic exam"_s, 2500);
    return p;
}

} // namespace paydesk::test::statements
