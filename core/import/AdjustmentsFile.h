#pragma once

#include "import/ImportFile.h"

namespace paydesk::core::importing {

// adjustments.csv: an adjustment of a known patient, optionally on a charge of its family
// that was not voided.
class AdjustmentsFile : public ImportFile
{
public:
    enum Column {
        AdjustmentId,
        AdjustmentPatient,
        AdjustmentDate,
        AdjustmentType,
        AdjustmentProvider,
        AdjustmentClinic,
        AdjustmentAmount,
        AdjustmentCharge
    };

    AdjustmentsFile(ImportContext &context, const QString &folder);

    bool open() override;
    bool check() override;
    void write(BatchWriter &writer) override;
};

} // namespace paydesk::core::importing
