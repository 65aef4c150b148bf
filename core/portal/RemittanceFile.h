#pragma once

#include "portal/PortalTransaction.h"
#include "portal/ReportProblem.h"

#include <QByteArrayView>
#include <QString>

#include <vector>

namespace paydesk::core::portal {

// InstaMed's EOD Posting File X12 835 (`*_dpa835_*.rep`): one ST..SE transaction set per patient
// payment or refund, each with BPR (BPR01 "H", BPR02 amount, BPR03 C payment / D refund, BPR16
// date), TRN (TRN02 authorization number) and N1*PR (N102 the patient's name as one string or
// "Patient", N104 the account number, "9999" meaning none).
//
// The separators are read from the ISA segment, never assumed: the element separator is ISA's
// fourth character, the component separator ISA16 and the segment terminator the character after
// it. Line breaks between segments are layout, not data.
//
// Invariants: a transaction is returned only when its set was read completely and every field it
// carries was checked (amount positive with at most two decimals, a real date); anything else is a
// problem naming the segment, the element and the value. An 835 that is not InstaMed's patient
// posting (an insurer's remittance: claims, or a BPR01 other than "H") is one problem for the whole
// file and yields no transaction: insurance money is not patient money. Never throws.
class RemittanceFile
{
public:
    // `fileName` is only recorded in what is returned; `content` is the file's bytes.
    static RemittanceFile read(const QString &fileName, QByteArrayView content);

    const QString &fileName() const { return m_fileName; }
    const std::vector<PortalTransaction> &transactions() const { return m_transactions; }
    const std::vector<ReportProblem> &problems() const { return m_problems; }

private:
    explicit RemittanceFile(const QString &fileName)
        : m_fileName(fileName)
    {}
    void readText(const QString &text);
    void addProblem(const QString &reason, int line = 0, const QString &raw = {});

    QString m_fileName;
    std::vector<PortalTransaction> m_transactions;
    std::vector<ReportProblem> m_problems;
};

} // namespace paydesk::core::portal
