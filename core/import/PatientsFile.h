#pragma once

#include "import/ImportFile.h"

namespace paydesk::core::importing {

// patients.csv: a patient per row, each in a family; exactly one guarantor per family
// (counted with the members already stored, see CrossFileChecks).
class PatientsFile : public ImportFile
{
public:
    enum Column { PatientId, PatientFamily, LastName, FirstName, BirthDate, Guarantor };

    PatientsFile(ImportContext &context, const QString &folder);

    bool open() override;
    bool check() override;
    void write(BatchWriter &writer) override;
};

} // namespace paydesk::core::importing
