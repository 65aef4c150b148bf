#pragma once

#include "import/ByText.h"
#include "import/ImportFile.h"
#include "ledger/PaymentMethod.h"

namespace paydesk::core::importing {

// payments.csv: a payment of a known patient, never 0.00, by a known method; its provider
// and clinic come from an unallocated split (SplitsFile).
class PaymentsFile : public ImportFile
{
public:
    enum Column { PaymentId, PaymentPatient, PaymentDate, PaymentAmount, PaymentMethodColumn, PaymentReference };

    PaymentsFile(ImportContext &context, const QString &folder);

    bool open() override;
    bool check() override;
    void write(BatchWriter &writer) override;

private:
    std::optional<PaymentMethod> method(ImportTable &file);

    ByText<std::optional<PaymentMethod>> m_methods;
};

} // namespace paydesk::core::importing
