#pragma once

#include "import/CodeBook.h"
#include "import/ImportFile.h"

namespace paydesk::core::importing {

// splits.csv (optional): how a payment of this import is spread; a split has its payment's
// sign, stays in its family, may only confirm its charge's provider and clinic, and a
// payment's splits add up to at most the payment.
class SplitsFile : public ImportFile
{
public:
    enum Column { SplitPayment, SplitCharge, SplitAmount, SplitProvider, SplitClinic };

    SplitsFile(ImportContext &context, const QString &folder);

    bool open() override;
    bool check() override;
    void write(BatchWriter &writer) override;

private:
    static void assignCoded(
            ImportTable &file, int column, qint32 &slot, qint32 position, const QString &conflict, const CodeBook &book);
};

} // namespace paydesk::core::importing
