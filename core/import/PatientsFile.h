#pragma once

#include "import/ImportFile.h"
#include "import/ImportRows.h"

#include <optional>

namespace paydesk::core::importing {

// patients.csv: a patient per row, each in a family; exactly one guarantor per family
// (counted with the members already stored, see CrossFileChecks). The optional
// practice_group places the family in a group of practice_groups.csv or of the database
// (empty: Default); every member of a family names the same one.
class PatientsFile : public ImportFile
{
public:
    enum Column { PatientId, PatientFamily, LastName, FirstName, BirthDate, Guarantor, PatientGroup };

    PatientsFile(ImportContext &context, const QString &folder);

    bool open() override;
    bool check() override;
    void write(BatchWriter &writer) override;

private:
    // The group the row names (empty: Default); nullopt, with a problem, when unreadable or unknown.
    std::optional<qint64> practiceGroup();
    void place(FamilyInfo &family, qint64 familyId, qint64 group);
};

} // namespace paydesk::core::importing
