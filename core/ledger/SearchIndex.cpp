#include "ledger/SearchIndex.h"

#include "ledger/Patient.h"
#include "ledger/SearchTerms.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace paydesk::core {

namespace {

constexpr const char *insertTerm = "INSERT INTO patient_terms (term, patient_id) VALUES (?, ?)";

void write(BulkStatement &insert, const Patient &patient)
{
    for (const QString &term : SearchTerms::of(patient))
        insert.add(term).add(patient.id).exec();
}

} // namespace

void SearchIndex::add(const Database &db, const Patient &patient)
{
    write(db.bulkStatement(insertTerm), patient);
}

qint64 SearchIndex::fillMissing(const Database &db)
{
    // Read first, then write: the terms would otherwise wait behind an open read on SQLite.
    QList<Patient> patients;
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT p.id, p.last_name, p.first_name FROM patients p WHERE NOT EXISTS"
                             " (SELECT 1 FROM patient_terms t WHERE t.patient_id = p.id) ORDER BY p.id"))
        .exec();
    while (q.next()) {
        Patient patient;
        patient.id = q.id(0);
        patient.lastName = q.text(1);
        patient.firstName = q.text(2);
        patients.append(patient);
    }
    q.finish();
    BulkStatement::Batching batching(db);
    BulkStatement &insert = db.bulkStatement(insertTerm);
    for (const Patient &patient : std::as_const(patients))
        write(insert, patient);
    batching.flush();
    return patients.size();
}

} // namespace paydesk::core
