#include "bench/BalancerBenchmark.h"

#include "balancer/FamilyBalancer.h"
#include "bench/BenchMeasure.h"
#include "import/DemoPractice.h"
#include "ledger/LedgerCalendar.h"
#include "storage/Database.h"

namespace paydesk::core {

using namespace BenchMeasure;

namespace {
// Measured on this kind of machine (issue 3): reading a 100,000-family practice through
// SQLite's C API, allocating FIFO in memory and writing 1.8 million allocations in one
// transaction. The goal is within three times that; a smaller practice is held to its share.
constexpr qint64 floorNs = 2'700'000'000;
constexpr qint64 floorFamilies = 100'000;
} // namespace

BalancerBenchmark::BalancerBenchmark(const Database &db, QString user) : m_db(db), m_user(std::move(user))
{
}

BalancerBenchFigures BalancerBenchmark::run(const Options &options, const Report &report) const
{
    BalancerBenchFigures figures;
    figures.families = options.families;
    const QString backend = m_db.isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
    report(QStringLiteral("Family Balancer benchmark on %1 (%2), %3 families, seed %4, method %5")
               .arg(backend, m_db.spec().displayName(), grouped(options.families))
               .arg(options.seed)
               .arg(balancerMethodCode(options.method)));

    auto start = Clock::now();
    DemoPractice::add(m_db, m_user, options.families, options.seed, LedgerCalendar(m_db).today());
    figures.generateNs = elapsedNs(start);
    report(QStringLiteral("practice: generated and written in %1").arg(seconds(figures.generateNs)));

    BalancerOptions balance;
    balance.method = options.method;
    resetPeakResident();
    start = Clock::now();
    const qint64 cpuStart = processCpuNs();
    const BalancerSummary summary = FamilyBalancer(m_db, m_user).run(balance);
    figures.balanceNs = elapsedNs(start);
    figures.balanceCpuNs = processCpuNs() - cpuStart;
    figures.peakKb = peakResidentKb();
    figures.familiesChanged = summary.changed.size();
    figures.familiesRefused = summary.refused.size();
    figures.rowsWritten = summary.rowsWritten;
    report(QStringLiteral("balance: %1 families in %2 (%3 per family, CPU %8); %4 changed, %5 refused; %6 rows "
                          "written; peak %7 resident")
               .arg(grouped(summary.familiesSeen), seconds(figures.balanceNs),
                    micros(summary.familiesSeen ? figures.balanceNs / summary.familiesSeen : 0),
                    grouped(figures.familiesChanged), grouped(figures.familiesRefused), grouped(figures.rowsWritten),
                    megabytes(figures.peakKb), seconds(figures.balanceCpuNs)));
    const qint64 floor = floorNs * options.families / floorFamilies;
    report(QStringLiteral("floor: %1 for %2 families (2.70 s per 100,000 measured for C-API read, in-memory FIFO and "
                          "bulk write); this run is %3 of it (goal on SQLite: within 3.00x)")
               .arg(seconds(floor), grouped(options.families), ratio(figures.balanceNs, floor)));

    start = Clock::now();
    const BalancerSummary again = FamilyBalancer(m_db, m_user).run(balance);
    figures.againNs = elapsedNs(start);
    figures.againRows = again.rowsWritten;
    report(QStringLiteral("again: the same method wrote %1 rows in %2").arg(grouped(figures.againRows), seconds(figures.againNs)));
    return figures;
}

} // namespace paydesk::core
