#pragma once

#include "import/ImportFile.h"

namespace paydesk::core::importing {

// claims.csv (optional): an insurance claim of a known patient; its provider and clinic
// default to its first procedure's (ClaimProceduresFile, CrossFileChecks).
class ClaimsFile : public ImportFile
{
public:
    enum Column { ClaimId, ClaimPatient, ClaimDate, ClaimPayer, ClaimStatus, ClaimProvider, ClaimClinic };

    ClaimsFile(ImportContext &context, const QString &folder);

    bool open() override;
    bool check() override;
    void write(BatchWriter &writer) override;
};

} // namespace paydesk::core::importing
