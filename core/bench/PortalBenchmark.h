#pragma once

#include "portal/FetchSummary.h"

#include <QDate>
#include <QString>

#include <functional>

namespace paydesk::core {

class Database;

// What PortalBenchmark::writeFolder wrote: how many records of each kind, so that a fetch's
// summary can be checked against it.
struct PortalBenchFolder
{
    qint64 files = 0;
    qint64 transactions = 0;
    qint64 payments = 0;  // AuthCapt, approved or settled
    qint64 refunds = 0;   // Credit of a payment of an earlier file, same account
    qint64 declined = 0;  // status D: skipped
    qint64 unmatched = 0; // an account that is no family, or a last name that is no member's
    qint64 writeNs = 0;
};

struct PortalBenchFigures
{
    qint64 families = 0;
    qint64 generateNs = 0;
    PortalBenchFolder folder;
    qint64 fetchNs = 0;
    qint64 fetchCpuNs = 0; // of this process (BenchMeasure::processCpuNs)
    portal::FetchSummary fetched;
    qint64 againNs = 0;
    qint64 againCpuNs = 0;
    portal::FetchSummary again;
    qint64 peakKb = 0;
};

// Fetch and Process Reports on a generated practice (DemoPractice): a folder of InstaMed EOD
// Posting Files, one a day for the days before today, holding a transaction for each family in
// turn (payments of what it owes, declined cards, refunds of earlier payments, accounts that do
// not match), fetched once and then again (every file skipped by its SHA-256). The goals: the
// 100,000 transactions of a 100,000-family practice under 10 s on SQLite, the same folder again
// under 1 s. It adds the practice to the database: point it at a scratch database.
class PortalBenchmark
{
public:
    struct Options
    {
        int families = 100000;
        int transactions = 100000;
        int files = 10;
        quint32 seed = 1;
        QString folder; // where the files are written; empty: a temporary folder, removed after
    };
    using Report = std::function<void(const QString &line)>;

    PortalBenchmark(const Database &db, QString user);
    PortalBenchFigures run(const Options &options, const Report &report) const;

    // Writes the EOD files for the families in `db` (the guarantor's last name and the family id
    // as the account number, one in ten with leading zeros) into `folder`, one file a day for the
    // `options.files` days before `today`, named eod_CCYYMMDD.txt. The same seed and practice
    // give the same files.
    static PortalBenchFolder writeFolder(const Database &db, const QString &folder, const Options &options, QDate today);

private:
    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
