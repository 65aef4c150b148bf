#pragma once

#include "import/ImportFile.h"
#include "ledger/ProcedureCodes.h"

#include <QList>

namespace paydesk::core::importing {

// procedure_codes.csv (optional): codes added to the practice's table, or replacing the
// description and fee of a code it has. Small enough to keep from the first pass.
class ProcedureCodesFile : public ImportFile
{
public:
    enum Column { CodeCode, CodeDescription, CodeFee };

    ProcedureCodesFile(ImportContext &context, const QString &folder);

    bool open() override;
    bool check() override;
    void write(BatchWriter &writer) override;

private:
    QList<ProcedureCode> m_codes; // checked
};

} // namespace paydesk::core::importing
