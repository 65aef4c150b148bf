#include "import/BatchWriter.h"

#include "groups/PracticeGroups.h"
#include "import/LedgerBatch.h"
#include "ledger/AdjustmentTypes.h"
#include "ledger/SearchIndex.h"
#include "storage/AuditLog.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/LedgerStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/Permissions.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace paydesk::core {

namespace {

// From this many rows a batch is loaded the way SQLite loads fastest (see BatchWriter.h).
constexpr qint64 bigBatchRows = 50000;

QSet<qint64> storedIds(const Database &db, const QString &table)
{
    QSet<qint64> ids;
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT id FROM %1").arg(table)).exec();
    while (q.next())
        ids.insert(q.id(0));
    return ids;
}

// SQLite updates every index of a table row by row as it inserts. Building the indexes
// once from the finished tables is cheaper for a big batch (measured, 1.2 million rows:
// 13.6 s of inserts with the indexes; 7.8 s without them and 2.6 s to build them), but
// only when the batch is large against what the table already holds.
//
// Drops the secondary indexes of the tables the batch adds at least as many rows to as
// they hold, inside the caller's transaction, and builds them again from their own stored
// definitions (so the schema stays their only source) when the rows are in. A failure
// before then rolls the drops back with the rows. Partial indexes stay: they index the few
// rows that set a mostly empty reference, which costs next to nothing row by row, while
// building one again reads the whole table (measured, 100,000 families: 0.2 s each).
//
// PostgreSQL keeps its indexes; there the foreign keys of those tables are what costs: a
// COPY checks each row's references one by one (measured, the allocations of 20,000
// families: 4.1 s without their foreign keys, 28.7 s with them). The rows were checked
// before they were added, as on SQLite; the keys are dropped the same way and added back
// from their own definitions, which checks every row again in one pass per key.
class DeferredIndexes
{
public:
    DeferredIndexes(const Database &db, const LedgerCounts &size) : m_db(db)
    {
        const std::pair<const char16_t *, qint64> tables[] = {
            {u"families", size.families},       {u"patients", size.patients},
            {u"charges", size.charges},         {u"adjustments", size.adjustments},
            {u"payments", size.payments},       {u"allocations", size.allocations},
            {u"claims", size.claims},           {u"claim_procs", size.claimProcedures},
            {u"claim_payments", size.claimPayments},
        };
        if (size.rows() < bigBatchRows)
            return;
        SqlQuery q = db.query();
        for (const auto &[table, added] : tables) {
            if (added == 0)
                continue;
            const QString name = QString::fromUtf16(table);
            // Whether the table already holds more rows than the batch adds, read in at most
            // as many steps as the batch has rows.
            q.prepare(QStringLiteral("SELECT 1 FROM %1 LIMIT 1 OFFSET :added").arg(name))
                .bind(QStringLiteral(":added"), added)
                .exec();
            if (q.next())
                continue;
            if (db.isPostgres()) {
                q.prepare(QStringLiteral("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                                         " WHERE conrelid = CAST(:table AS regclass) AND contype = 'f' ORDER BY conname"))
                    .bind(QStringLiteral(":table"), name)
                    .exec();
                while (q.next()) {
                    const QString key = quoted(q.text(0));
                    m_drops.append(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(name, key));
                    m_definitions.append(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(name, key, q.text(1)));
                }
                continue;
            }
            q.prepare(QStringLiteral("SELECT m.name, m.sql FROM sqlite_master m JOIN pragma_index_list(:table) l"
                                     " ON l.name = m.name WHERE m.type = 'index' AND m.sql IS NOT NULL AND l.partial = 0"))
                .bind(QStringLiteral(":table"), name)
                .exec();
            while (q.next()) {
                m_drops.append(QStringLiteral("DROP INDEX %1").arg(quoted(q.text(0))));
                m_definitions.append(q.text(1));
            }
        }
        q.finish();
        for (const QString &drop : std::as_const(m_drops))
            db.execute(drop);
    }

    void rebuild() const
    {
        for (const QString &definition : m_definitions)
            m_db.execute(definition);
    }

private:
    static QString quoted(QString name)
    {
        return u'"' + name.replace(u'"', QStringLiteral("\"\"")) + u'"';
    }

    const Database &m_db;
    QStringList m_drops;
    QStringList m_definitions;
};

// The connection settings of a big load on SQLite, set before the batch's transaction
// begins and put back after it ended, however it ended (foreign_keys cannot change inside
// a transaction):
// - foreign keys and CHECK constraints are not checked row by row. The rows were checked
//   before they were added; the checks cost more than the inserts (measured, 20,000
//   families: a payment row 4.6 µs with them, 1.5 µs without; an allocation 6.4 and 1.4).
// - the sorts of CREATE INDEX go to temporary files a page cache (64 MB) at a time: with
//   the connection's temp_store=MEMORY SQLite allocates every index entry on its own and
//   keeps the whole sort in memory (measured: 20% more time, and for the allocations of
//   100,000 families about 60 MB more).
class LoadSettings
{
public:
    explicit LoadSettings(const Database &db) : m_db(db)
    {
        SqlQuery q = db.query();
        for (Setting &setting : m_settings) {
            q.prepare(QStringLiteral("PRAGMA %1").arg(QLatin1StringView(setting.name))).exec();
            if (!q.next())
                throw StorageError(QStringLiteral("PRAGMA %1 gives no value").arg(QLatin1StringView(setting.name)));
            setting.saved = q.text(0);
        }
        q.finish();
        for (const Setting &setting : m_settings)
            set(setting.name, QString::fromLatin1(setting.load));
        m_changed = true;
    }

    ~LoadSettings()
    {
        if (!m_changed)
            return;
        try {
            restore();
        } catch (const StorageError &error) {
            qWarning("The connection settings of a batch could not be restored: %s", qUtf8Printable(error.message()));
        }
    }
    LoadSettings(const LoadSettings &) = delete;
    LoadSettings &operator=(const LoadSettings &) = delete;

    void restore()
    {
        for (const Setting &setting : m_settings)
            set(setting.name, setting.saved);
        m_changed = false;
    }

private:
    struct Setting
    {
        const char *name;
        const char *load;
        QString saved;
    };

    void set(const char *name, const QString &value) const
    {
        m_db.execute(QStringLiteral("PRAGMA %1 = %2").arg(QLatin1StringView(name), value));
    }

    const Database &m_db;
    Setting m_settings[3] = {{"foreign_keys", "0", {}}, {"ignore_check_constraints", "1", {}}, {"temp_store", "1", {}}};
    bool m_changed = false;
};

// Rows written to one table, and the highest id among them.
struct Tally
{
    qint64 rows = 0;
    qint64 highestId = 0;

    void add(qint64 id)
    {
        ++rows;
        highestId = std::max(highestId, id);
    }
};

} // namespace

class BatchWriter::Load
{
public:
    Load(const Database &db, const QString &user, const LedgerCounts &size) : m_db(db), m_user(user)
    {
        Permissions::require(db, user, Permissions::Action::Import);
        if (!db.isPostgres() && size.rows() >= bigBatchRows)
            m_settings.emplace(db);
        m_transaction.emplace(db);
        m_indexes.emplace(db, size);
        m_batching.emplace(db);
        m_store.emplace(db, user);
    }

    void addPracticeGroup(const PracticeGroup &group)
    {
        m_batching->flush();
        PracticeGroups::insert(m_db, m_user, group);
        m_practiceGroups.add(group.id);
    }

    void addFamily(qint64 id, const QString &mailingAddress, qint64 practiceGroupId)
    {
        m_store->insertFamily(id, mailingAddress, practiceGroupId);
        m_families.add(id);
    }

    // Providers and clinics are a handful: reading their ids whole is cheapest.
    template<typename Insert>
    void addCoded(const QList<CodedEntity> &entities, const QString &table, Tally &tally, qint64 &added, Insert insert)
    {
        m_batching->flush();
        const QSet<qint64> stored = storedIds(m_db, table);
        for (const CodedEntity &e : entities) {
            tally.highestId = std::max(tally.highestId, e.id);
            if (!stored.contains(e.id)) {
                insert(e);
                ++added;
            }
        }
    }

    void commit(const QString &action)
    {
        // The rest goes row by row: the audit row may go through a BulkStatement too.
        m_batching->flush();
        m_batching.reset();
        AdjustmentTypes types(m_db);
        for (const QString &type : std::as_const(m_adjustmentTypes))
            types.ensure(type, m_user);
        m_indexes->rebuild();
        SearchIndex::fillMissing(m_db); // the patients came alone, a batch of rows at a time
        const std::pair<const char16_t *, const Tally &> floors[] = {
            {u"practice_groups", m_practiceGroups},
            {u"families", m_families},       {u"providers", m_providers},
            {u"clinics", m_clinics},         {u"patients", m_patients},
            {u"charges", m_charges},         {u"adjustments", m_adjustments},
            {u"payments", m_payments},       {u"allocations", m_allocations},
            {u"claims", m_claims},           {u"claim_procs", m_claimProcedures},
            {u"claim_payments", m_claimPayments},
        };
        for (const auto &[table, tally] : floors) {
            if (tally.highestId > 0)
                m_db.raiseIdFloor(QString::fromUtf16(table), tally.highestId);
        }
        const QJsonObject counts{
            {QStringLiteral("families"), m_families.rows},       {QStringLiteral("patients"), m_patients.rows},
            {QStringLiteral("providers"), m_newProviders},       {QStringLiteral("clinics"), m_newClinics},
            {QStringLiteral("charges"), m_charges.rows},         {QStringLiteral("adjustments"), m_adjustments.rows},
            {QStringLiteral("payments"), m_payments.rows},       {QStringLiteral("allocations"), m_allocations.rows},
            {QStringLiteral("claims"), m_claims.rows},           {QStringLiteral("claim_procs"), m_claimProcedures.rows},
            {QStringLiteral("claim_payments"), m_claimPayments.rows},
        };
        AuditLog::record(m_db, m_user, action, QStringLiteral("batch"), m_firstPayment, {}, counts);
        m_transaction->commit();
        if (m_settings)
            m_settings->restore();

        // PostgreSQL plans from table statistics, which autovacuum refreshes only a while
        // later: until then the account queries of the freshly loaded tables run an order of
        // magnitude slower (measured: 30 ms instead of 2 ms per account).
        if (m_db.isPostgres())
            m_db.execute(QStringLiteral("ANALYZE families, patients, charges, adjustments, payments, allocations, claims,"
                                        " claim_procs, claim_payments"));
    }

    // The transaction is rolled back (unless committed) before the statements are let go:
    // PostgreSQL frees a prepared statement only outside a failed transaction. The
    // connection's own settings come back last.
    ~Load()
    {
        m_transaction.reset();
        m_store.reset();
    }

    const Database &m_db;
    const QString m_user;
    std::optional<LoadSettings> m_settings;
    std::optional<Transaction> m_transaction;
    std::optional<DeferredIndexes> m_indexes;
    std::optional<BulkStatement::Batching> m_batching;
    std::optional<LedgerStore> m_store;
    Tally m_practiceGroups, m_families, m_providers, m_clinics, m_patients, m_charges, m_adjustments, m_payments, m_allocations, m_claims,
        m_claimProcedures, m_claimPayments;
    // The types the adjustments name, in the order first named: those the practice's table
    // lacks join it at the end, spelled as first named.
    QStringList m_adjustmentTypes;
    QSet<QString> m_namedTypes;
    QString m_lastAdjustmentType;
    qint64 m_newProviders = 0;
    qint64 m_newClinics = 0;
    qint64 m_firstPayment = 0;
};

BatchWriter::BatchWriter(const Database &db, const QString &user, const LedgerCounts &size)
    : m_load(std::make_unique<Load>(db, user, size))
{
}

BatchWriter::~BatchWriter() = default;

void BatchWriter::addPracticeGroup(const PracticeGroup &group)
{
    m_load->addPracticeGroup(group);
}

void BatchWriter::addFamily(qint64 id, const QString &mailingAddress, qint64 practiceGroupId)
{
    m_load->addFamily(id, mailingAddress, practiceGroupId);
}

void BatchWriter::addProviders(const QList<CodedEntity> &providers)
{
    LedgerStore &store = *m_load->m_store;
    m_load->addCoded(providers, QStringLiteral("providers"), m_load->m_providers, m_load->m_newProviders,
                     [&store](const CodedEntity &e) { store.insertProvider(e.id, e.code, e.name); });
}

void BatchWriter::addClinics(const QList<CodedEntity> &clinics)
{
    LedgerStore &store = *m_load->m_store;
    m_load->addCoded(clinics, QStringLiteral("clinics"), m_load->m_clinics, m_load->m_newClinics,
                     [&store](const CodedEntity &e) { store.insertClinic(e.id, e.code, e.name); });
}

void BatchWriter::addPatient(const Patient &patient)
{
    m_load->m_store->insertPatient(patient);
    m_load->m_patients.add(patient.id);
}

void BatchWriter::addCharge(const Charge &charge)
{
    m_load->m_store->insertCharge(charge);
    m_load->m_charges.add(charge.id);
}

void BatchWriter::addAdjustment(const Adjustment &adjustment)
{
    m_load->m_store->insertAdjustment(adjustment);
    m_load->m_adjustments.add(adjustment.id);
    // Rows of one type come in runs: most rows cost a comparison, not a hash.
    if (adjustment.type != m_load->m_lastAdjustmentType) {
        m_load->m_lastAdjustmentType = adjustment.type;
        if (!m_load->m_namedTypes.contains(adjustment.type)) {
            m_load->m_namedTypes.insert(adjustment.type);
            m_load->m_adjustmentTypes.append(adjustment.type);
        }
    }
}

void BatchWriter::addPayment(const Payment &payment)
{
    m_load->m_store->insertPayment(payment);
    if (m_load->m_payments.rows == 0)
        m_load->m_firstPayment = payment.id;
    m_load->m_payments.add(payment.id);
}

void BatchWriter::addAllocation(const Allocation &allocation)
{
    m_load->m_store->insertAllocation(allocation);
    m_load->m_allocations.add(allocation.id);
}

void BatchWriter::addClaim(const Claim &claim)
{
    m_load->m_store->insertClaim(claim);
    m_load->m_claims.add(claim.id);
}

void BatchWriter::addClaimProcedure(const ClaimProcedure &procedure)
{
    m_load->m_store->insertClaimProcedure(procedure);
    m_load->m_claimProcedures.add(procedure.id);
}

void BatchWriter::addClaimPayment(const ClaimPayment &payment)
{
    m_load->m_store->insertClaimPayment(payment);
    m_load->m_claimPayments.add(payment.id);
}

void BatchWriter::commit(const QString &action)
{
    m_load->commit(action);
}

void BatchWriter::write(const Database &db, const LedgerBatch &batch, const QString &user, const QString &action)
{
    BatchWriter writer(db, user,
                       {.families = batch.families.size(),
                        .patients = batch.patients.size(),
                        .charges = batch.charges.size(),
                        .adjustments = batch.adjustments.size(),
                        .payments = batch.payments.size(),
                        .allocations = batch.allocations.size(),
                        .claims = batch.claims.size(),
                        .claimProcedures = batch.claimProcedures.size(),
                        .claimPayments = batch.claimPayments.size()});
    for (const qint64 family : batch.families)
        writer.addFamily(family);
    writer.addProviders(batch.providers);
    writer.addClinics(batch.clinics);
    for (const Patient &p : batch.patients)
        writer.addPatient(p);
    for (const Charge &c : batch.charges)
        writer.addCharge(c);
    for (const Adjustment &a : batch.adjustments)
        writer.addAdjustment(a);
    for (const Payment &p : batch.payments)
        writer.addPayment(p);
    for (const Allocation &a : batch.allocations)
        writer.addAllocation(a);
    for (const Claim &c : batch.claims)
        writer.addClaim(c);
    for (const ClaimProcedure &p : batch.claimProcedures)
        writer.addClaimProcedure(p);
    for (const ClaimPayment &p : batch.claimPayments)
        writer.addClaimPayment(p);
    writer.commit(action);
}

qint64 BatchWriter::firstFreeId(const Database &db, const QString &table)
{
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table)).exec();
    const qint64 aboveStored = (q.next() ? q.id(0) : 0) + 1;
    q.prepare(QStringLiteral("SELECT next_id FROM id_counters WHERE name = :t")).bind(QStringLiteral(":t"), table).exec();
    return q.next() ? std::max(aboveStored, q.id(0)) : aboveStored;
}

} // namespace paydesk::core
