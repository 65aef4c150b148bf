#pragma once

#include "import/ImportFile.h"

#include <QHash>

namespace paydesk::core::importing {

// charges.csv: a charge of a known patient, by a provider at a clinic, never negative; one
// without a description takes its procedure code's.
class ChargesFile : public ImportFile
{
public:
    enum Column {
        ChargeId,
        ChargePatient,
        ChargeDate,
        ChargeCode,
        ChargeDescription,
        ChargeProvider,
        ChargeClinic,
        ChargeAmount
    };

    ChargesFile(ImportContext &context, const QString &folder);

    bool open() override;
    bool check() override;
    void write(BatchWriter &writer) override;

private:
    QString descriptionOf(const QString &code);

    QHash<QString, QString> m_codeDescriptions; // by code in lower case, once a charge needs one
    bool m_tableCodesRead = false;
};

} // namespace paydesk::core::importing
