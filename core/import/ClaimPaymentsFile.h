#pragma once

#include "import/ImportFile.h"

namespace paydesk::core::importing {

// claim_payments.csv (optional): an as-total payment of a known claim, more than 0.00.
class ClaimPaymentsFile : public ImportFile
{
public:
    enum Column { ClaimPaymentClaim, ClaimPaymentDate, ClaimPaymentAmount };

    ClaimPaymentsFile(ImportContext &context, const QString &folder);

    bool open() override;
    bool check() override;
    void write(BatchWriter &writer) override;
};

} // namespace paydesk::core::importing
