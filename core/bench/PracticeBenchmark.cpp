#include "bench/PracticeBenchmark.h"

#include "bench/BenchMeasure.h"
#include "bench/PsqlCopyReference.h"
#include "import/DemoPractice.h"
#include "import/ImportFolderWriter.h"
#include "import/Importer.h"
#include "import/LedgerBatch.h"
#include "ledger/AccountReader.h"
#include "ledger/LedgerCalendar.h"
#include "ledger/PaymentPoster.h"
#include "reports/ListExporter.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Errors.h"

#include <QTemporaryDir>

#include <algorithm>
#include <random>
#include <vector>

namespace paydesk::core {

using namespace BenchMeasure;

namespace {

// Families generated and written to the import folder at a time.
constexpr int familiesPerSlice = 1000;

// Median and 95th percentile (nearest rank).
std::pair<qint64, qint64> medianAndP95(std::vector<qint64> samples)
{
    if (samples.empty())
        return {0, 0};
    std::sort(samples.begin(), samples.end());
    const size_t n = samples.size();
    return {samples[n / 2], samples[std::min(n - 1, (n * 95 + 99) / 100 - 1)]};
}

// SQLite's (or PostgreSQL's) own speed at the simplest bulk load: one prepared insert into
// a table without indexes, in one transaction.
qint64 measureBaseline(const Database &db, qint64 rows)
{
    const QString table = QStringLiteral("bench_bulk_insert");
    db.execute(QStringLiteral("DROP TABLE IF EXISTS %1").arg(table));
    db.execute(QStringLiteral("CREATE TABLE %1 (id BIGINT PRIMARY KEY, patient_id BIGINT NOT NULL, date TEXT NOT NULL,"
                              " code TEXT NOT NULL, amount_cents BIGINT NOT NULL, created_at TEXT NOT NULL)")
                   .arg(table));
    const QDate date(2024, 1, 31);
    const QString code = QStringLiteral("D1110");
    const QString createdAt = QStringLiteral("2024-01-31T09:15:00.000Z");
    const auto start = Clock::now();
    {
        Transaction tx(db);
        BulkStatement insert(db, "INSERT INTO bench_bulk_insert (id, patient_id, date, code, amount_cents, created_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?)");
        for (qint64 id = 1; id <= rows; ++id)
            insert.add(id).add(id / 4 + 1).add(date).add(code).add(11000 + id % 7).add(createdAt).exec();
        tx.commit();
    }
    const qint64 ns = elapsedNs(start);
    db.execute(QStringLiteral("DROP TABLE %1").arg(table));
    // The page cache is full of the scratch table's pages, which nothing will read again:
    // they are let go so that the run's peak memory is the practice's, not the baseline's.
    if (!db.isPostgres())
        db.execute(QStringLiteral("PRAGMA shrink_memory"));
    return ns;
}

} // namespace

PracticeBenchmark::PracticeBenchmark(const Database &db, QString user)
    : m_db(db), m_user(std::move(user))
{
}

PracticeBenchmark::Options PracticeBenchmark::scaledDown()
{
    Options options;
    options.families = 200;
    options.postings = 50;
    options.accountViews = 50;
    options.exportRows = 1000;
    options.baselineRows = 10000;
    return options;
}

BenchFigures PracticeBenchmark::run(const Options &options, const Report &report) const
{
    BenchFigures figures;
    report(QStringLiteral("database: %1").arg(m_db.spec().displayName()));

    figures.baselineRows = options.baselineRows;
    figures.baselineNs = measureBaseline(m_db, options.baselineRows);
    const qint64 baselinePerMillion = figures.baselineNs * 1'000'000 / std::max<qint64>(1, options.baselineRows);
    report(QStringLiteral("baseline: %1 rows bulk-inserted in %2 (%3 per 1M rows; one prepared statement, one "
                          "transaction, a scratch table without indexes)")
               .arg(grouped(figures.baselineRows), seconds(figures.baselineNs), seconds(baselinePerMillion)));

    const QTemporaryDir folder;
    if (!folder.isValid())
        throw StorageError(folder.errorString());
    // The practice is made and written out a slice of families at a time, so the run never
    // holds it whole; the same seed makes the same practice whatever the slices.
    std::vector<qint64> patients;
    std::vector<qint64> families;
    const QDate today = LedgerCalendar(m_db).today();
    {
        DemoPractice practice(m_db, options.seed, today);
        ImportFolderWriter writer(folder.path());
        qint64 patientCount = 0, charges = 0, payments = 0, allocations = 0;
        for (int done = 0; done < options.families; done += familiesPerSlice) {
            auto start = Clock::now();
            const LedgerBatch batch = practice.next(std::min(familiesPerSlice, options.families - done));
            figures.generateNs += elapsedNs(start);
            figures.generatedRows += batch.families.size() + batch.patients.size() + batch.charges.size()
                + batch.adjustments.size() + batch.payments.size() + batch.allocations.size();
            patientCount += batch.patients.size();
            charges += batch.charges.size();
            payments += batch.payments.size();
            allocations += batch.allocations.size();
            for (const Patient &p : batch.patients)
                patients.push_back(p.id);
            families.insert(families.end(), batch.families.cbegin(), batch.families.cend());
            start = Clock::now();
            writer.append(batch);
            figures.writeFolderNs += elapsedNs(start);
        }
        const auto start = Clock::now();
        writer.finish();
        figures.writeFolderNs += elapsedNs(start);
        report(QStringLiteral("generate: %1 families, %2 patients, %3 charges, %4 payments, %5 allocations in %6")
                   .arg(grouped(qint64(families.size())), grouped(patientCount), grouped(charges), grouped(payments),
                        grouped(allocations), seconds(figures.generateNs)));
        report(QStringLiteral("import folder written in %1").arg(seconds(figures.writeFolderNs)));
    }

    const PsqlCopyReference copyReference(m_db);
    const QHash<QString, qint64> idsBeforeImport = m_db.isPostgres() ? copyReference.highestIds() : QHash<QString, qint64>();
    resetPeakResident();
    auto start = Clock::now();
    const ImportSummary summary = Importer(m_db, m_user).importFolder(folder.path());
    figures.importNs = elapsedNs(start);
    figures.importPeakKb = peakResidentKb();
    const QHash<QString, qint64> idsAfterImport = m_db.isPostgres() ? copyReference.highestIds() : QHash<QString, qint64>();
    figures.importedRows = summary.rows();
    const qint64 importPerMillion = figures.importNs * 1'000'000 / std::max<qint64>(1, figures.importedRows);
    report(QStringLiteral("import: %1 rows in %2 (%3 rows/s; %4 per 1M rows, %5 the baseline's %6); peak %7 resident "
                          "during the import")
               .arg(grouped(figures.importedRows), seconds(figures.importNs),
                    grouped(figures.importedRows * 1'000'000'000 / std::max<qint64>(1, figures.importNs)),
                    seconds(importPerMillion), ratio(importPerMillion, baselinePerMillion), seconds(baselinePerMillion),
                    megabytes(figures.importPeakKb)));

    // The same seed picks the same patients and families on every backend.
    std::mt19937 random(options.seed);
    const auto any = [&random](const std::vector<qint64> &ids) {
        return ids[size_t(std::uniform_int_distribution<size_t>(0, ids.size() - 1)(random))];
    };

    std::vector<qint64> samples;
    if (!patients.empty()) {
        PaymentPoster poster(m_db, m_user);
        for (int i = 0; i < options.postings; ++i) {
            PaymentDraft draft;
            draft.patientId = any(patients);
            draft.date = today;
            draft.amount = Money::fromCents(qint64(std::uniform_int_distribution<int>(4, 30)(random)) * 500);
            draft.method = PaymentMethod::Card;
            start = Clock::now();
            poster.post(draft, {}, PaymentPoster::AutoAllocate::Family);
            samples.push_back(elapsedNs(start));
        }
    }
    figures.postings = int(samples.size());
    std::tie(figures.postingMedianNs, figures.postingP95Ns) = medianAndP95(samples);
    report(QStringLiteral("auto-allocate: %1 postings, median %2, p95 %3 per posting (PaymentPoster::post with "
                          "AutoAllocate::Family: one transaction, audit row included)")
               .arg(grouped(figures.postings), micros(figures.postingMedianNs), micros(figures.postingP95Ns)));

    samples.clear();
    if (!families.empty()) {
        const AccountReader reader(m_db);
        for (int i = 0; i < options.accountViews; ++i) {
            const qint64 family = any(families);
            start = Clock::now();
            reader.load(family);
            samples.push_back(elapsedNs(start));
        }
    }
    figures.accountViews = int(samples.size());
    std::tie(figures.accountMedianNs, figures.accountP95Ns) = medianAndP95(samples);
    report(QStringLiteral("account view: %1 families, median %2, p95 %3 (AccountReader::load)")
               .arg(grouped(figures.accountViews), micros(figures.accountMedianNs), micros(figures.accountP95Ns)));

    const QTemporaryDir exportFolder;
    if (!exportFolder.isValid())
        throw StorageError(exportFolder.errorString());
    start = Clock::now();
    figures.exportedRows = ListExporter(m_db).exportList(QStringLiteral("payments"),
                                                         exportFolder.filePath(QStringLiteral("payments.csv")),
                                                         options.exportRows);
    figures.exportNs = elapsedNs(start);
    report(QStringLiteral("export: %1 rows of the payments list (with unallocated credit) in %2")
               .arg(grouped(figures.exportedRows), seconds(figures.exportNs)));

    // Last, so that its load does not weigh on the figures above.
    if (m_db.isPostgres()) {
        const PsqlCopyReference::Result copy = copyReference.measure(idsBeforeImport, idsAfterImport);
        if (copy.measured) {
            figures.copyReferenceRows = copy.rows;
            figures.copyReferenceNs = copy.ns;
            const qint64 copyPerMillion = copy.ns * 1'000'000 / std::max<qint64>(1, copy.rows);
            report(QStringLiteral("psql \\copy of the imported rows: %1 rows in %2 (%3 per 1M rows, into copies of the "
                                  "tables with their indexes); the import's time per row is %4 that (goal within 2x)")
                       .arg(grouped(copy.rows), seconds(copy.ns), seconds(copyPerMillion),
                            ratio(importPerMillion, copyPerMillion)));
        } else {
            report(QStringLiteral("psql \\copy of the imported rows: not measured (%1)").arg(copy.reason));
        }
    }

    figures.peakKb = lifetimePeakKb();
    report(QStringLiteral("memory: peak %1 resident over the whole run (the practice is generated and written out "
                          "%2 families at a time); %3 during the import")
               .arg(megabytes(figures.peakKb), grouped(familiesPerSlice), megabytes(figures.importPeakKb)));
    return figures;
}

} // namespace paydesk::core
