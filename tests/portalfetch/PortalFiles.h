#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace paydesk::test {

// Report files as InstaMed writes them, for the fetch tests.
//
// An EOD record: a complete IMDPA10 record (27 fields) of an approved AuthCapt of 60.00 by
// card, transaction TX1, authorization AUTH1, at 2026-01-05 09:30:15, patient Rivera Ana,
// account 1, with the given fields (InstaMed's 1-based numbers) replaced.
using Fields = QMap<int, QString>;
QString eodRecord(const Fields &fields = {});
// The records one per line; with `header` version 1.2.2's form (H line, D prefixes).
QByteArray eodFile(const QStringList &records, bool header = false);

// One ST..SE set of InstaMed's 835 patient posting.
struct RemittanceSet
{
    QString amount = QStringLiteral("60.00");
    QString flag = QStringLiteral("C"); // C payment, D refund
    QString date = QStringLiteral("20260105");
    QString authorization = QStringLiteral("AUTH1");
    QString name = QStringLiteral("ANA RIVERA");
    QString account = QStringLiteral("1");
};
// An 835 file of the sets; with `insurer` an insurer's remittance (BPR01 I and a claim).
QByteArray remittanceFile(const QList<RemittanceSet> &sets, bool insurer = false);

} // namespace paydesk::test
