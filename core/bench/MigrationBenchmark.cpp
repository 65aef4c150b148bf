#include "bench/MigrationBenchmark.h"

#include "bench/BenchMeasure.h"
#include "groups/PracticeGroups.h"
#include "ledger/Charge.h"
#include "ledger/LedgerCalendar.h"
#include "ledger/Patient.h"
#include "ledger/Payment.h"
#include "migration/MigrationRunner.h"
#include "migration/MigrationStore.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/LedgerStore.h"
#include "storage/Transaction.h"

#include <QRandomGenerator>

#include <algorithm>

namespace paydesk::core {

using namespace BenchMeasure;

namespace {

constexpr int chargesPerFamily = 10;
constexpr int paymentsPerFamily = 10;

// The legacy practice: every payment only lowered the balance. Payments add up to about what
// the charges ask, some more, some less, so that FIFO leaves open charges and credit alike.
// Written through LedgerStore in one transaction, ids reserved in one block per table.
MigrationBenchFigures generate(const Database &db,
                               const QString &user,
                               qint64 groupId,
                               const QDate &today,
                               const MigrationBenchmark::Options &options)
{
    MigrationBenchFigures figures;
    QRandomGenerator random(options.seed);
    Transaction tx(db);
    const qint64 families = options.families;
    const qint64 provider = db.reserveIds(QStringLiteral("providers"));
    const qint64 clinic = db.reserveIds(QStringLiteral("clinics"));
    qint64 familyId = db.reserveIds(QStringLiteral("families"), families);
    qint64 patientId = db.reserveIds(QStringLiteral("patients"), families);
    qint64 chargeId = db.reserveIds(QStringLiteral("charges"), families * chargesPerFamily);
    qint64 paymentId = db.reserveIds(QStringLiteral("payments"), families * paymentsPerFamily);
    LedgerStore store(db, user);
    BulkStatement::Batching batching(db);
    store.insertProvider(provider, QStringLiteral("MIG%1").arg(provider), QStringLiteral("Migration benchmark"));
    store.insertClinic(clinic, QStringLiteral("MIG%1").arg(clinic), QStringLiteral("Migration benchmark"));
    for (qint64 f = 0; f < families; ++f, ++familyId, ++patientId) {
        store.insertFamily(familyId, {}, groupId);
        store.insertPatient({patientId,
                             familyId,
                             QStringLiteral("Legacy"),
                             QStringLiteral("Patient %1").arg(f),
                             QDate(1980, 1, 1).addDays(f % 10000),
                             true});
        qint64 owed = 0;
        for (int c = 0; c < chargesPerFamily; ++c, ++chargeId) {
            const qint64 cents = 2000 + random.bounded(20000);
            owed += cents;
            store.insertCharge({chargeId,
                                patientId,
                                provider,
                                clinic,
                                today.addDays(-365 + 30 * c + random.bounded(30)),
                                QStringLiteral("D0120"),
                                QString(),
                                Money::fromCents(cents)});
        }
        // 80% to 120% of what was charged, in ten payments.
        const qint64 paid = owed * (80 + random.bounded(41)) / 100;
        for (int p = 0; p < paymentsPerFamily; ++p, ++paymentId) {
            Payment payment;
            payment.id = paymentId;
            payment.patientId = patientId;
            payment.date = today.addDays(-360 + 30 * p + random.bounded(30));
            payment.amount = Money::fromCents(paid / paymentsPerFamily + (p == 0 ? paid % paymentsPerFamily : 0));
            payment.method = PaymentMethod::Check;
            store.insertPayment(payment);
        }
    }
    batching.flush();
    tx.commit();
    figures.families = families;
    figures.charges = families * chargesPerFamily;
    figures.payments = families * paymentsPerFamily;
    return figures;
}

} // namespace

MigrationBenchmark::MigrationBenchmark(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

MigrationBenchFigures MigrationBenchmark::run(const Options &options, const Report &report) const
{
    report(QStringLiteral("Migration benchmark on %1 (%2), %3 legacy families, seed %4")
                   .arg(m_db.isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"),
                        m_db.spec().displayName(),
                        grouped(options.families))
                   .arg(options.seed));
    const QDate today = LedgerCalendar(m_db).today();
    const qint64 groupId = PracticeGroups(m_db, m_user)
                                   .add(QStringLiteral("Legacy benchmark %1").arg(QRandomGenerator::global()->generate()),
                                        PracticeGroup::Ledger::Legacy);
    auto start = BenchMeasure::Clock::now();
    MigrationBenchFigures figures = generate(m_db, m_user, groupId, today, options);
    figures.generateNs = elapsedNs(start);
    report(QStringLiteral("legacy group generated in %1: %2 families, %3 charges, %4 payments (setup, not timed)")
                   .arg(seconds(figures.generateNs),
                        grouped(figures.families),
                        grouped(figures.charges),
                        grouped(figures.payments)));

    const qint64 id = MigrationStore(m_db, m_user).queue(groupId);
    resetPeakResident();
    start = BenchMeasure::Clock::now();
    const qint64 cpu = processCpuNs();
    // The last progress report comes when every family is converted: what follows is verify
    // over the group and the migration made Active.
    qint64 convertedNs = 0, convertedCpuNs = 0;
    const Migration m = MigrationRunner(m_db, m_user).run(id, today, [&](const MigrationProgress &p) {
        if (p.familiesDone == p.families) {
            convertedNs = elapsedNs(start);
            convertedCpuNs = processCpuNs() - cpu;
            figures.convertPeakKb = peakResidentKb();
            resetPeakResident();
        }
    });
    figures.migrateNs = elapsedNs(start);
    figures.migrateCpuNs = processCpuNs() - cpu;
    figures.convertNs = convertedNs;
    figures.convertCpuNs = convertedCpuNs;
    figures.verifyPeakKb = peakResidentKb();
    figures.peakKb = std::max(figures.convertPeakKb, figures.verifyPeakKb);
    figures.rowsWritten = m.rows;
    figures.active = m.status == Migration::Status::Active;
    report(QStringLiteral("migration %1: %2 in %3 (goal on SQLite: within 3x the 2.70 s FIFO floor, 8.10 s), %4 CPU "
                          "of this process, %5 allocations written, %6 per family")
                   .arg(QString::number(id),
                        Migration::statusText(m.status),
                        seconds(figures.migrateNs),
                        seconds(figures.migrateCpuNs),
                        grouped(figures.rowsWritten),
                        micros(figures.migrateNs / std::max<qint64>(1, figures.families))));
    report(QStringLiteral("of which the conversion %1 (%2 CPU), verify over the group and completion %3 (%4 CPU)")
                   .arg(seconds(convertedNs),
                        seconds(convertedCpuNs),
                        seconds(figures.migrateNs - convertedNs),
                        seconds(figures.migrateCpuNs - convertedCpuNs)));
    if (!figures.active)
        report(QStringLiteral("migration failed: %1").arg(m.reason));
    // The conversion reads and writes a batch of families at a time; verify's set-based
    // statements keep their sorts in memory (temp_store=MEMORY), so their peak is reported apart.
    report(QStringLiteral("peak memory over the migration: %1 resident (conversion %2, verify and completion %3)")
                   .arg(megabytes(figures.peakKb), megabytes(figures.convertPeakKb), megabytes(figures.verifyPeakKb)));
    return figures;
}

} // namespace paydesk::core
