#pragma once

#include <QString>

#include <functional>

namespace paydesk::core {

class Database;

struct MigrationBenchFigures
{
    qint64 families = 0;
    qint64 charges = 0;
    qint64 payments = 0;
    qint64 generateNs = 0;
    qint64 migrateNs = 0;    // the whole run: In Progress, conversion, verify, Active
    qint64 migrateCpuNs = 0; // of this process (BenchMeasure::processCpuNs)
    qint64 convertNs = 0;    // of which the conversion, up to its last progress report
    qint64 convertCpuNs = 0;
    qint64 rowsWritten = 0;
    qint64 peakKb = 0;        // the larger of the two below
    qint64 convertPeakKb = 0; // resident peak up to the end of the conversion
    qint64 verifyPeakKb = 0;  // from there: verify over the group and completion
    bool active = false;
};

// The migration of a legacy practice group (issue 14): N families of one patient, ten
// charges and ten payments each, all in one legacy group, queued and run by MigrationRunner
// as the nightly job would. Goal on SQLite: 100,000 families (1M charges, 1M payments)
// within 3x the 2.7 s FIFO floor, about 8 s. It adds the practice to the database: point it
// at a scratch database.
class MigrationBenchmark
{
public:
    struct Options
    {
        int families = 100000;
        quint32 seed = 1;
    };
    using Report = std::function<void(const QString &line)>;

    MigrationBenchmark(const Database &db, QString user);
    MigrationBenchFigures run(const Options &options, const Report &report) const;

private:
    const Database &m_db;
    QString m_user;
};

} // namespace paydesk::core
