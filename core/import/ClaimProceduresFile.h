#pragma once

#include "import/ImportFile.h"

#include <QHash>

namespace paydesk::core::importing {

// claim_procs.csv (optional): a charge of the claim's family, once per claim, with insurance
// paid and write-off not negative.
class ClaimProceduresFile : public ImportFile
{
public:
    enum Column { ProcedureClaim, ProcedureCharge, ProcedureInsurancePaid, ProcedureWriteOff };

    ClaimProceduresFile(ImportContext &context, const QString &folder);

    bool open() override;
    bool check() override;
    void write(BatchWriter &writer) override;
};

} // namespace paydesk::core::importing
