#include "LegacyGroups.h"

#include "groups/PracticeGroups.h"
#include "ledger/Charge.h"
#include "ledger/Patient.h"
#include "ledger/Payment.h"
#include "storage/Database.h"
#include "storage/LedgerStore.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;
using namespace paydesk::core;

namespace paydesk::test {

qint64 addLegacyGroup(const Database &db, const QString &user, const QString &name, int families, int each)
{
    const qint64 group = PracticeGroups(db, user).add(name, PracticeGroup::Ledger::Legacy);
    Transaction tx(db);
    const qint64 provider = db.reserveIds(u"providers"_s);
    const qint64 clinic = db.reserveIds(u"clinics"_s);
    qint64 family = db.reserveIds(u"families"_s, families);
    qint64 patient = db.reserveIds(u"patients"_s, families);
    qint64 charge = db.reserveIds(u"charges"_s, qint64(families) * each);
    qint64 payment = db.reserveIds(u"payments"_s, qint64(families) * each);
    LedgerStore store(db, user);
    store.insertProvider(provider, u"P%1"_s.arg(provider), u"Provider"_s);
    store.insertClinic(clinic, u"C%1"_s.arg(clinic), u"Clinic"_s);
    for (int f = 0; f < families; ++f, ++family, ++patient) {
        store.insertFamily(family, {}, group);
        store.insertPatient({patient, family, u"Legacy"_s, u"P%1"_s.arg(f), QDate(1980, 1, 1), true});
        for (int i = 0; i < each; ++i, ++charge, ++payment) {
            store.insertCharge({charge,
                                patient,
                                provider,
                                clinic,
                                QDate(2024, 1, 1).addDays(i * 10),
                                u"D0120"_s,
                                QString(),
                                Money::fromCents(5000 + 100 * i)});
            Payment p;
            p.id = payment;
            p.patientId = patient;
            p.date = QDate(2024, 1, 2).addDays(i * 10);
            p.amount = Money::fromCents(4000 + 700 * ((f + i) % 3));
            store.insertPayment(p);
        }
    }
    tx.commit();
    return group;
}

} // namespace paydesk::test
