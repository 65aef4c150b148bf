#pragma once

#include "groups/PracticeGroup.h"
#include "import/ImportFile.h"

#include <QList>

namespace paydesk::core::importing {

// practice_groups.csv (optional): groups the families of patients.csv may be placed in, with
// their ids kept. A group the database has already may be named again only as it is (same
// name, same ledger), and is not written again: so Default (id 1, tracked) may be listed like
// any other. A handful of rows, kept from the first pass.
class PracticeGroupsFile : public ImportFile
{
public:
    enum Column { GroupId, GroupName, GroupLedger };

    PracticeGroupsFile(ImportContext &context, const QString &folder);

    bool open() override;
    // Also makes the database's groups known to the context, file or not.
    bool check() override;
    void write(BatchWriter &writer) override;

private:
    QList<PracticeGroup> m_groups; // checked, not in the database yet
};

} // namespace paydesk::core::importing
