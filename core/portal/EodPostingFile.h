#pragma once

#include "portal/PortalTransaction.h"
#include "portal/ReportProblem.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>

#include <vector>

namespace paydesk::core::portal {

// An InstaMed EOD Posting File: pipe-delimited, one transaction per line, no column header.
// Record ids IMDPA10 to IMDPA14 keep fields 1-27 in the same order and add fields after them,
// which are ignored. Version 1.2.2 starts with an `H|CCYYMMDD|lockbox` line and puts `D|` in
// front of every detail line, shifting every field by one; the first line decides which form
// the whole file has.
//
// Fields read (1-based, without the `D`): 1 record id, 5 payment type, 6 action, 7 amount,
// 8 card type, 9 transaction id, 10 authorization number, 11 time CCYYMMDDHHMMSS, 12 status,
// 13-15 patient last, first and middle name, 16 patient account number.
//
// Invariant: every line that is not blank becomes exactly one transaction or one problem
// (the header becomes neither when it reads). A transaction holds only checked values: an
// amount is digits with at most two decimals, positive, never grouped or signed; a time is a
// real date and time. Nothing in the content makes read() throw.
class EodPostingFile
{
public:
    static EodPostingFile read(const QString &fileName, QByteArrayView content);

    const QString &fileName() const { return m_fileName; }
    // Version 1.2.2's header, when the file has one.
    bool hasHeader() const { return m_hasHeader; }
    QDate headerDate() const { return m_headerDate; }
    const QString &lockbox() const { return m_lockbox; }

    const std::vector<PortalTransaction> &transactions() const { return m_transactions; }
    const std::vector<ReportProblem> &problems() const { return m_problems; }

private:
    explicit EodPostingFile(const QString &fileName)
        : m_fileName(fileName)
    {}
    void readHeader(int line, const QString &text);
    void readDetail(int line, const QString &text);
    void addProblem(int line, const QString &raw, const QString &reason);

    QString m_fileName;
    bool m_hasHeader = false;
    QDate m_headerDate;
    QString m_lockbox;
    std::vector<PortalTransaction> m_transactions;
    std::vector<ReportProblem> m_problems;
};

} // namespace paydesk::core::portal
