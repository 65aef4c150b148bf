#pragma once

#include <QString>

#include <functional>

namespace paydesk::core {

class Database;

// What one benchmark run measured. Times are integer nanoseconds, memory kilobytes.
struct BenchFigures
{
    qint64 baselineRows = 0;
    qint64 baselineNs = 0;
    qint64 generatedRows = 0;
    qint64 generateNs = 0;
    qint64 writeFolderNs = 0;
    qint64 importedRows = 0;
    qint64 importNs = 0;
    qint64 importPeakKb = 0;
    // PostgreSQL: psql's \copy of the rows the import wrote (0 when not measured).
    qint64 copyReferenceRows = 0;
    qint64 copyReferenceNs = 0;
    int postings = 0;
    qint64 postingMedianNs = 0;
    qint64 postingP95Ns = 0;
    int accountViews = 0;
    qint64 accountMedianNs = 0;
    qint64 accountP95Ns = 0;
    qint64 exportedRows = 0;
    qint64 exportNs = 0;
    qint64 peakKb = 0;
};

// The figures the issue asks of a practice of 100,000 families, measured on a given
// database: import rate (against SQLite's or PostgreSQL's own bulk insert of a scratch
// table, measured in the same run), auto-allocate latency of one posting inside
// PaymentPoster, AccountReader::load time, CSV export of 100,000 rows and peak memory.
// It adds a generated practice to the database (ids above the ones there), so point it at
// a scratch database.
class PracticeBenchmark
{
public:
    struct Options
    {
        int families = 100000;
        quint32 seed = 1;
        int postings = 1000;     // payments posted with auto-allocate, on random patients
        int accountViews = 1000; // accounts loaded, of random families
        qint64 exportRows = 100000;
        qint64 baselineRows = 1000000;
    };
    // Receives the report, one line at a time, as the run goes.
    using Report = std::function<void(const QString &line)>;

    PracticeBenchmark(const Database &db, QString user);

    // A run small enough for a test: 200 families, 50 postings and views.
    static Options scaledDown();

    BenchFigures run(const Options &options, const Report &report) const;

private:
    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
