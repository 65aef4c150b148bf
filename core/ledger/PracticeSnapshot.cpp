#include "ledger/PracticeSnapshot.h"

#include "ledger/AccountAssembler.h"
#include "ledger/AccountReader.h"
#include "ledger/AllocationRow.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"

#include <algorithm>
#include <future>
#include <limits>
#include <optional>

namespace paydesk::core {

namespace {

// Rows a page of a scan: enough that paging costs nothing, few enough that PostgreSQL's
// driver, which holds a whole result, stays small.
constexpr int pageRows = 50'000;

// The rows whose `column` lies in [low, high]: a range of families' rows can only have ids
// of other tables between the least and the greatest of that range's, so the database skips
// the others without handing them over. No column: every row.
struct Window
{
    QString column;
    qint64 low = 0;
    qint64 high = -1;
};

// The big tables are kept without the texts no rule reads: a charge's code is one of a
// few hundred, kept once.
struct StoredCharge
{
    qint64 id;
    qint64 patientId;
    qint64 providerId;
    qint64 clinicId;
    QDate date;
    Money amount;
    qsizetype code;
};

struct StoredPatient
{
    qint64 id;
    bool isGuarantor;
};

struct StoredPayment
{
    qint64 id;
    qint64 patientId;
    qint64 providerId;
    qint64 clinicId;
    qint64 relatedPaymentId;
    QDate date;
    Money amount;
    PaymentMethod method;
    Payment::Kind kind;
};

// One table's rows and, once grouped, the order that lists them family by family.
template<typename Row>
class FamilyRows
{
public:
    void reserve(qint64 rows)
    {
        m_rows.reserve(size_t(rows));
        m_families.reserve(size_t(rows));
    }
    void add(qsizetype family, Row row)
    {
        m_rows.push_back(std::move(row));
        m_families.push_back(quint32(family));
    }
    // Takes rows read elsewhere (in id order); `familyOf` tells each one's family, -1 for
    // none (the row is left out).
    template<typename FamilyOfRow>
    void adopt(std::vector<Row> rows, FamilyOfRow familyOf)
    {
        m_rows = std::move(rows);
        m_families.resize(m_rows.size());
        for (size_t i = 0; i < m_rows.size(); ++i) {
            const qsizetype family = familyOf(m_rows[i]);
            m_families[i] = family < 0 ? noFamily : quint32(family);
        }
    }

    // Orders the rows family by family (a counting sort: one pass, no copy of the rows),
    // each family's by `less`, rows it does not tell apart in the scan's id order.
    template<typename Less>
    void group(qsizetype families, Less less)
    {
        m_begins.assign(size_t(families) + 1, 0);
        for (quint32 family : m_families) {
            if (family != noFamily)
                ++m_begins[family + 1];
        }
        for (size_t f = 1; f < m_begins.size(); ++f)
            m_begins[f] += m_begins[f - 1];
        std::vector<quint32> next(m_begins.cbegin(), m_begins.cend() - 1);
        m_order.resize(m_begins.back());
        for (size_t i = 0; i < m_rows.size(); ++i) {
            if (m_families[i] != noFamily)
                m_order[next[m_families[i]]++] = quint32(i);
        }
        m_families = {};
        for (size_t f = 0; f + 1 < m_begins.size(); ++f) {
            std::stable_sort(m_order.begin() + m_begins[f], m_order.begin() + m_begins[f + 1],
                             [&](quint32 a, quint32 b) { return less(m_rows[a], m_rows[b]); });
        }
    }
    void group(qsizetype families)
    {
        group(families, [](const Row &, const Row &) { return false; });
    }

    qsizetype count(qsizetype first, qsizetype end) const
    {
        return qsizetype(m_begins[size_t(end)] - m_begins[size_t(first)]);
    }

    template<typename Visit>
    void forFamily(qsizetype family, Visit visit) const
    {
        for (quint32 i = m_begins[size_t(family)]; i < m_begins[size_t(family) + 1]; ++i)
            visit(m_rows[m_order[i]]);
    }

private:
    static constexpr quint32 noFamily = std::numeric_limits<quint32>::max();
    std::vector<Row> m_rows;         // in id order
    std::vector<quint32> m_families; // of each row, until grouped
    std::vector<quint32> m_order;    // row indexes, family by family
    std::vector<quint32> m_begins;   // each family's first place in m_order
};

// Which family a row of another table belongs to, by that row's id: (id, family) in id order.
class FamilyOf
{
public:
    void reserve(qint64 rows) { m_entries.reserve(size_t(rows)); }
    void add(qint64 id, qsizetype family) { m_entries.push_back({id, family}); }
    // The ids it knows, from the least to the greatest, as a scan's window on `column`.
    Window window(const QString &column) const
    {
        if (m_entries.empty())
            return {column, 0, -1};
        return {column, m_entries.front().first, m_entries.back().first};
    }
    // -1 when there is no such row.
    qsizetype operator()(qint64 id) const
    {
        const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), std::pair<qint64, qsizetype>{id, -1});
        return it != m_entries.cend() && it->first == id ? it->second : -1;
    }

private:
    std::vector<std::pair<qint64, qsizetype>> m_entries;
};

qint64 rowCount(const Database &db, const QString &table)
{
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).exec();
    return q.next() ? q.id(0) : 0;
}

// Every row of a table in id order, a page at a time; `columns` starts with the id.
// Every row of a table (in `window`) in id order, a page at a time; `columns` starts with the id.
// With a window, the least and greatest ids of its rows come first from the column's index,
// so that the scan only walks the stretch of the table between them: a range's own rows
// when the practice's rows were written family by family (an import, a conversion), the
// whole table at worst.
template<typename Read>
void scan(const Database &db, const QString &columns, const QString &table, Read read, const Window &window = {})
{
    SqlQuery q = db.query();
    qint64 after = 0;
    qint64 last = std::numeric_limits<qint64>::max();
    QString within;
    if (!window.column.isEmpty()) {
        within = QStringLiteral(" AND %1 BETWEEN :low AND :high AND id <= :last").arg(window.column);
        q.prepare(QStringLiteral("SELECT MIN(id), MAX(id) FROM %1 WHERE %2 BETWEEN :low AND :high")
                      .arg(table.section(u' ', 0, 0), window.column))
            .bind(QStringLiteral(":low"), window.low)
            .bind(QStringLiteral(":high"), window.high)
            .exec();
        if (!q.next() || q.value(0).isNull())
            return;
        after = q.id(0) - 1;
        last = q.id(1);
    }
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE id > :after%3 ORDER BY id LIMIT %4")
                            .arg(columns, table, within)
                            .arg(pageRows);
    for (int rows = pageRows; rows == pageRows;) {
        q.prepare(sql).bind(QStringLiteral(":after"), after);
        if (!window.column.isEmpty()) {
            q.bind(QStringLiteral(":low"), window.low)
                .bind(QStringLiteral(":high"), window.high)
                .bind(QStringLiteral(":last"), last);
        }
        q.exec();
        for (rows = 0; q.next(); ++rows) {
            after = q.id(0);
            read(q);
        }
    }
}

// SQLite's page cache while a snapshot scans: each page is read once, in storage order, so
// the connection's big cache (which halves the time of indexed reads) saves nothing here
// and would only hold memory; it is given back when the scan ends.
class ScanPageCache
{
public:
    explicit ScanPageCache(const Database &db) : m_db(db)
    {
        if (m_db.isPostgres())
            return;
        SqlQuery q = m_db.query();
        q.prepare(QStringLiteral("PRAGMA cache_size")).exec();
        m_kept = q.next() ? q.id(0) : 0;
        m_db.execute(QStringLiteral("PRAGMA cache_size=-%1").arg(scanCacheKb));
    }
    ~ScanPageCache()
    {
        if (m_kept != 0)
            m_db.execute(QStringLiteral("PRAGMA cache_size=%1").arg(m_kept));
    }
    ScanPageCache(const ScanPageCache &) = delete;
    ScanPageCache &operator=(const ScanPageCache &) = delete;

private:
    static constexpr int scanCacheKb = 2048;
    const Database &m_db;
    qint64 m_kept = 0;
};

qint64 lastAuditId(const Database &db)
{
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log")).exec();
    return q.next() ? q.id(0) : 0;
}

// Which payments belong to a range of families (ascending ids), through the indexes: the
// range's own rows only, however big the practice.
std::vector<qint64> paymentsOfFamilies(const Database &db, qint64 firstFamilyId, qint64 lastFamilyId)
{
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT p.id FROM patients pt JOIN payments p ON p.patient_id = pt.id"
                             " WHERE pt.family_id BETWEEN :first AND :last"))
        .bind(QStringLiteral(":first"), firstFamilyId)
        .bind(QStringLiteral(":last"), lastFamilyId)
        .exec();
    std::vector<qint64> ids;
    while (q.next())
        ids.push_back(q.id(0));
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Every allocation in id order; with `payments`, only those of these payments (ascending).
std::vector<Allocation> allocationsOf(const Database &db, const std::optional<std::vector<qint64>> &payments)
{
    std::vector<Allocation> rows;
    if (!payments)
        rows.reserve(size_t(rowCount(db, QStringLiteral("allocations"))));
    // The payment's id is the row's second column (AllocationRow::columns()): a row of
    // another range costs that one column.
    Window window;
    if (payments)
        window = payments->empty() ? Window{QStringLiteral("payment_id"), 0, -1}
                                   : Window{QStringLiteral("payment_id"), payments->front(), payments->back()};
    scan(db, AllocationRow::columns(), QStringLiteral("allocations a"), [&](const SqlQuery &q) {
        if (!payments || std::binary_search(payments->cbegin(), payments->cend(), q.id(1)))
            rows.push_back(AllocationRow::read(q));
    }, window);
    return rows;
}

// Allocations, the biggest table, read on a second connection while this one reads the
// rest: a practice is read in about the time of its biggest tables instead of their sum.
// The two read transactions see the same ledger when no audit row was written between
// their starts (every write to the ledger writes one); otherwise the rows are read again
// on `db`, in its transaction. For a range of families it keeps only theirs.
class ParallelAllocations
{
public:
    ParallelAllocations(const Database &db, qint64 lastAuditId, qint64 firstFamilyId, qint64 lastFamilyId)
        : m_db(db), m_lastAuditId(lastAuditId), m_firstFamilyId(firstFamilyId), m_lastFamilyId(lastFamilyId),
          m_reading(std::async(std::launch::async, [this, spec = db.spec()] {
              const Database other(spec, Database::SchemaPolicy::Leave);
              const ScanPageCache cache(other);
              Transaction read(other, Transaction::Mode::Read);
              const qint64 seen = core::lastAuditId(other);
              return std::make_pair(seen, allocationsOf(other, payments(other)));
          }))
    {
    }

    // Read again on this connection when the other one saw another state, or could not
    // read at all (a server at its connection limit, say): it only ever saves time.
    std::vector<Allocation> get()
    {
        try {
            auto [seen, rows] = m_reading.get();
            if (seen == m_lastAuditId)
                return std::move(rows);
        } catch (const StorageError &) {
        }
        return allocationsOf(m_db, payments(m_db));
    }

private:
    // None: the whole practice, every payment.
    std::optional<std::vector<qint64>> payments(const Database &db) const
    {
        if (m_firstFamilyId == std::numeric_limits<qint64>::min() && m_lastFamilyId == std::numeric_limits<qint64>::max())
            return std::nullopt;
        return paymentsOfFamilies(db, m_firstFamilyId, m_lastFamilyId);
    }

    const Database &m_db;
    qint64 m_lastAuditId;
    qint64 m_firstFamilyId;
    qint64 m_lastFamilyId;
    std::future<std::pair<qint64, std::vector<Allocation>>> m_reading;
};

} // namespace

struct PracticeSnapshot::Rows
{
    std::vector<qint64> families;
    FamilyRows<StoredPatient> patients;
    FamilyRows<StoredCharge> charges;
    FamilyRows<Adjustment> adjustments;
    FamilyRows<StoredPayment> payments;
    FamilyRows<Allocation> allocations;
    FamilyRows<Claim> claims;
    FamilyRows<ClaimProcedure> claimProcedures;
    FamilyRows<ClaimPayment> claimPayments;
    FamilyRows<ClaimSpread> claimSpreads;
    QStringList codes;
    QHash<qint64, QString> providerCodes;
    QHash<qint64, QString> clinicCodes;
    qint64 lastAuditId = 0;
};

PracticeSnapshot::PracticeSnapshot(const Database &db)
    : PracticeSnapshot(db, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max())
{
}

PracticeSnapshot::PracticeSnapshot(const Database &db, qint64 firstFamilyId, qint64 lastFamilyId)
    : m_db(db), m_rows(std::make_unique<Rows>())
{
    Rows &r = *m_rows;
    const ScanPageCache cache(db);
    Transaction read(db, Transaction::Mode::Read);
    r.lastAuditId = lastAuditId(db);
    ParallelAllocations allocations(db, r.lastAuditId, firstFamilyId, lastFamilyId);

    // Families and rows are found by binary search in id-ordered lists: a practice has
    // millions of rows, and a hash of them would cost more memory than the rows. Rows of
    // families outside the range are neither kept nor looked up.
    FamilyOf familyOfPatient, familyOfPayment, familyOfClaim, familyOfClaimPayment;
    // The whole practice is read whole: a window would only add a walk of each index.
    const bool ranged = firstFamilyId != std::numeric_limits<qint64>::min()
        || lastFamilyId != std::numeric_limits<qint64>::max();
    const auto within = [ranged](const Window &window) { return ranged ? window : Window{}; };
    scan(db, QStringLiteral("id"), QStringLiteral("families"), [&](const SqlQuery &q) { r.families.push_back(q.id(0)); },
         within({QStringLiteral("id"), firstFamilyId, lastFamilyId}));
    const auto familyIndex = [&r](qint64 familyId) -> qsizetype {
        const auto it = std::lower_bound(r.families.cbegin(), r.families.cend(), familyId);
        return it != r.families.cend() && *it == familyId ? it - r.families.cbegin() : -1;
    };
    const qsizetype familyCount = qsizetype(r.families.size());

    // The whole practice's rows are counted and reserved at once; a range's grow as read,
    // since counting a table costs a walk of it for each range.
    const auto reserve = [&](auto &rows, const QString &table) {
        if (!ranged)
            rows.reserve(rowCount(db, table));
    };
    reserve(familyOfPatient, QStringLiteral("patients"));
    reserve(r.patients, QStringLiteral("patients"));
    scan(db, QStringLiteral("id, family_id, is_guarantor"), QStringLiteral("patients"), [&](const SqlQuery &q) {
        const qsizetype family = familyIndex(q.id(1));
        if (family >= 0) {
            familyOfPatient.add(q.id(0), family);
            r.patients.add(family, {q.id(0), q.id(2) == 1});
        }
    }, within({QStringLiteral("family_id"), firstFamilyId, lastFamilyId}));
    const Window ofPatients = within(familyOfPatient.window(QStringLiteral("patient_id")));
    r.patients.group(familyCount,
                     [](const StoredPatient &a, const StoredPatient &b) { return a.isGuarantor && !b.isGuarantor; });

    const auto byDate = [](const auto &a, const auto &b) { return a.date < b.date; };
    QHash<QString, qsizetype> codeIndex;
    reserve(r.charges, QStringLiteral("charges"));
    scan(db, QStringLiteral("id, patient_id, provider_id, clinic_id, date, code, amount_cents"), QStringLiteral("charges"),
         [&](const SqlQuery &q) {
             const qsizetype family = familyOfPatient(q.id(1));
             if (family < 0)
                 return;
             const QString code = q.text(5);
             auto known = codeIndex.constFind(code);
             if (known == codeIndex.cend()) {
                 known = codeIndex.insert(code, r.codes.size());
                 r.codes.append(code);
             }
             r.charges.add(family, {q.id(0), q.id(1), q.id(2), q.id(3), q.date(4), q.money(6), *known});
         }, ofPatients);
    r.charges.group(familyCount, byDate);

    scan(db,
         QStringLiteral("id, patient_id, provider_id, clinic_id, date, type, amount_cents, charge_id, kind,"
                        " reverses_adjustment_id"),
         QStringLiteral("adjustments"), [&](const SqlQuery &q) {
             const qsizetype family = familyOfPatient(q.id(1));
             if (family >= 0) {
                 r.adjustments.add(family, {q.id(0), q.id(1), q.id(2), q.id(3), q.date(4), q.text(5), q.money(6),
                                            q.id(7), adjustmentKindFromCode(q.textView(8)), q.id(9), {}});
             }
         }, ofPatients);
    r.adjustments.group(familyCount, byDate);

    reserve(familyOfPayment, QStringLiteral("payments"));
    reserve(r.payments, QStringLiteral("payments"));
    scan(db, QStringLiteral("id, patient_id, provider_id, clinic_id, related_payment_id, date, amount_cents, method, kind"),
         QStringLiteral("payments"), [&](const SqlQuery &q) {
             const qsizetype family = familyOfPatient(q.id(1));
             if (family >= 0) {
                 familyOfPayment.add(q.id(0), family);
                 r.payments.add(family, {q.id(0), q.id(1), q.id(2), q.id(3), q.id(4), q.date(5), q.money(6),
                                         paymentMethodFromCode(q.textView(7)).value_or(PaymentMethod::Other),
                                         paymentKindFromCode(q.textView(8))});
             }
         }, ofPatients);
    r.payments.group(familyCount, byDate);

    r.allocations.adopt(allocations.get(), [&](const Allocation &a) { return familyOfPayment(a.paymentId); });
    r.allocations.group(familyCount);
    familyOfPayment = {};

    scan(db, QStringLiteral("id, patient_id, date, payer, status, provider_id, clinic_id"), QStringLiteral("claims"),
         [&](const SqlQuery &q) {
             const qsizetype family = familyOfPatient(q.id(1));
             if (family >= 0) {
                 familyOfClaim.add(q.id(0), family);
                 r.claims.add(family, {q.id(0), q.id(1), q.date(2), q.text(3), q.text(4), q.id(5), q.id(6)});
             }
         }, ofPatients);
    r.claims.group(familyCount);

    scan(db, QStringLiteral("id, claim_id, charge_id, ins_paid_cents, writeoff_cents"), QStringLiteral("claim_procs"),
         [&](const SqlQuery &q) {
             const qsizetype family = familyOfClaim(q.id(1));
             if (family >= 0)
                 r.claimProcedures.add(family, {q.id(0), q.id(1), q.id(2), q.money(3), q.money(4)});
         }, within(familyOfClaim.window(QStringLiteral("claim_id"))));
    r.claimProcedures.group(familyCount);

    scan(db, QStringLiteral("id, claim_id, date, amount_cents"), QStringLiteral("claim_payments"), [&](const SqlQuery &q) {
        const qsizetype family = familyOfClaim(q.id(1));
        if (family >= 0) {
            familyOfClaimPayment.add(q.id(0), family);
            r.claimPayments.add(family, {q.id(0), q.id(1), q.date(2), q.money(3)});
        }
    }, within(familyOfClaim.window(QStringLiteral("claim_id"))));
    r.claimPayments.group(familyCount, byDate);

    scan(db, QStringLiteral("id, claim_payment_id, charge_id, amount_cents, run_id, reverses_spread_id"),
         QStringLiteral("claim_spreads"), [&](const SqlQuery &q) {
             const qsizetype family = familyOfClaimPayment(q.id(1));
             if (family >= 0)
                 r.claimSpreads.add(family, {q.id(0), q.id(1), q.id(2), q.money(3), q.id(4), q.id(5)});
         }, within(familyOfClaimPayment.window(QStringLiteral("claim_payment_id"))));
    r.claimSpreads.group(familyCount);

    const AccountReader reader(db);
    r.providerCodes = reader.codes(u"providers");
    r.clinicCodes = reader.codes(u"clinics");
    read.commit();
}

PracticeSnapshot::~PracticeSnapshot() = default;

const std::vector<qint64> &PracticeSnapshot::families() const
{
    return m_rows->families;
}

QList<FamilyAccount> PracticeSnapshot::accounts(qsizetype first, qsizetype count) const
{
    const Rows &r = *m_rows;
    const qsizetype end = std::min(first + count, qsizetype(r.families.size()));
    const auto expected = [&r](qsizetype from, qsizetype to) {
        return ExpectedRows{r.patients.count(from, to), r.charges.count(from, to),
                                          r.adjustments.count(from, to), r.payments.count(from, to),
                                          r.allocations.count(from, to)};
    };
    AccountAssembler accounts;
    accounts.reserve(expected(first, end));
    for (qsizetype f = first; f < end; ++f)
        accounts.addFamily(r.families[size_t(f)], expected(f, f + 1));
    // A table at a time, as the assembler takes them.
    const auto each = [&](const auto &rows, const auto &add) {
        for (qsizetype f = first; f < end; ++f)
            rows.forFamily(f, [&](const auto &row) { add(r.families[size_t(f)], row); });
    };
    each(r.patients, [&](qint64 family, const StoredPatient &p) {
        accounts.addMember(family, {p.id, family, {}, {}, {}, p.isGuarantor});
    });
    each(r.charges, [&](qint64 family, const StoredCharge &c) {
        accounts.addCharge(family, {c.id, c.patientId, c.providerId, c.clinicId, c.date, r.codes[c.code], {}, c.amount});
    });
    each(r.adjustments, [&](qint64 family, const Adjustment &a) { accounts.addAdjustment(family, a); });
    each(r.payments, [&](qint64 family, const StoredPayment &p) {
        Payment payment;
        payment.id = p.id;
        payment.patientId = p.patientId;
        payment.date = p.date;
        payment.amount = p.amount;
        payment.method = p.method;
        payment.providerId = p.providerId;
        payment.clinicId = p.clinicId;
        payment.kind = p.kind;
        payment.relatedPaymentId = p.relatedPaymentId;
        accounts.addPayment(family, payment);
    });
    each(r.allocations, [&](qint64 family, const Allocation &a) { accounts.addAllocation(family, a); });
    each(r.claims, [&](qint64 family, const Claim &c) { accounts.addClaim(family, c); });
    each(r.claimProcedures, [&](qint64 family, const ClaimProcedure &p) { accounts.addClaimProcedure(family, p); });
    each(r.claimPayments, [&](qint64 family, const ClaimPayment &p) { accounts.addClaimPayment(family, p); });
    each(r.claimSpreads, [&](qint64 family, const ClaimSpread &s) { accounts.addClaimSpread(family, s); });
    return accounts.take(r.providerCodes, r.clinicCodes);
}

bool PracticeSnapshot::isCurrent(qint64 ownAuditRows) const
{
    // The rows since the snapshot have distinct ids above its last one, so when the newest
    // id leaves room for the caller's rows only, they are all there is. Counting them reads
    // the audit rows themselves, which a batch job would do a hundred times over.
    if (lastAuditId(m_db) - m_rows->lastAuditId == ownAuditRows)
        return true;
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE id > :last"))
        .bind(QStringLiteral(":last"), m_rows->lastAuditId)
        .exec();
    return q.next() && q.id(0) == ownAuditRows;
}

} // namespace paydesk::core
