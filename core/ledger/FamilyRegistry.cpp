#include "ledger/FamilyRegistry.h"

#include "ledger/AccountReader.h"
#include "ledger/EntryRules.h"
#include "ledger/LedgerCalendar.h"
#include "ledger/LedgerJson.h"
#include "ledger/SearchIndex.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/LedgerStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/Permissions.h"
#include "util/Tr.h"

namespace paydesk::core {

FamilyRegistry::FamilyRegistry(const Database &db, QString user)
    : m_db(db), m_user(std::move(user))
{
}

NewPatient FamilyRegistry::addPatient(const Patient &input)
{
    Permissions::require(m_db, m_user, Permissions::Action::EditPatients);
    Patient patient = input;
    patient.lastName = patient.lastName.trimmed();
    patient.firstName = patient.firstName.trimmed();
    QStringList problems;
    if (patient.lastName.isEmpty())
        problems << Tr::tr("The last name is empty.");
    if (patient.firstName.isEmpty())
        problems << Tr::tr("The first name is empty.");
    if (patient.familyId < 0)
        problems << Tr::tr("Account number %1 is not a positive number.").arg(patient.familyId);

    Transaction tx(m_db);
    // Not an entry of the ledger: the lock date does not apply to it.
    EntryRules::checkBirthDate(problems, patient.birthDate, LedgerCalendar(m_db).today());
    if (!problems.isEmpty())
        throw Refusal(problems);
    LedgerStore store(m_db, m_user);
    const AccountReader reader(m_db);
    if (patient.familyId == 0 || !reader.familyExists(patient.familyId)) {
        if (patient.familyId == 0)
            patient.familyId = m_db.reserveIds(QStringLiteral("families"));
        else
            m_db.raiseIdFloor(QStringLiteral("families"), patient.familyId);
        store.insertFamily(patient.familyId);
        patient.isGuarantor = true;
    } else {
        m_db.lockFamily(patient.familyId);
        if (patient.isGuarantor) {
            const FamilyAccount account = reader.load(patient.familyId);
            if (const Patient *guarantor = account.guarantor())
                throw Refusal(Tr::tr("Family %1 already has a guarantor: %2 (#%3).")
                                  .arg(patient.familyId)
                                  .arg(guarantor->displayName())
                                  .arg(guarantor->id));
        }
    }
    patient.id = m_db.reserveIds(QStringLiteral("patients"));
    store.insertPatient(patient);
    SearchIndex::add(m_db, patient);
    AuditLog::record(m_db, m_user, QStringLiteral("create"), QStringLiteral("patient"), patient.id, {},
                     LedgerJson::patient(patient));
    tx.commit();
    return {patient.familyId, patient.id};
}

} // namespace paydesk::core
