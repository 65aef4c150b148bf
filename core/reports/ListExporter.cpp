#include "reports/ListExporter.h"

#include "csv/CsvWriter.h"
#include "ledger/Balances.h"
#include "money/Money.h"
#include "reports/ChargeSums.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteHandle.h"
#include "util/Errors.h"
#include "util/Permissions.h"
#include "util/Tr.h"

#include <sqlite3.h>

#include <optional>

namespace paydesk::core {

namespace {

// Sums of BIGINT are NUMERIC on PostgreSQL, hence CAST(SUM(...) AS BIGINT) throughout:
// integers on both backends, read exactly as cents.
//
// On SQLite the rows are stepped through the C API and each cell goes to the writer as the
// UTF-8 or integer SQLite holds: QSqlQuery would make a QVariant (and a UTF-16 copy of
// every text) per cell, about half the time of a large export. PostgreSQL goes through
// SqlQuery. Both give the same text for every cell.
class Rows
{
public:
    Rows(const Database &db, CsvWriter &out, std::initializer_list<const char16_t *> header, qint64 maxRows)
        : m_connection(sqliteHandle(db)), m_out(out), m_maxRows(maxRows)
    {
        if (!m_connection)
            m_query.emplace(db.query());
        for (const char16_t *column : header)
            m_out.writeField(QStringView(column));
        m_out.endRow();
    }
    ~Rows()
    {
        if (m_statement)
            sqlite3_finalize(m_statement);
    }
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;

    // Runs the query; `limitInSql` adds the row limit to it when every result row is written.
    void run(const QByteArray &sql, bool limitInSql = true)
    {
        m_sql = sql;
        if (limitInSql && m_maxRows >= 0)
            m_sql += " LIMIT " + QByteArray::number(m_maxRows);
        if (!m_connection) {
            m_query->prepare(QString::fromLatin1(m_sql)).exec();
            return;
        }
        if (sqlite3_prepare_v2(m_connection, m_sql.constData(), int(m_sql.size()), &m_statement, nullptr) != SQLITE_OK)
            fail();
    }
    bool more()
    {
        if (m_maxRows >= 0 && m_written >= m_maxRows)
            return false;
        if (!m_statement)
            return m_query->next();
        const int rc = sqlite3_step(m_statement);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            fail();
        return rc == SQLITE_ROW;
    }

    Rows &text(int column)
    {
        if (!m_statement) {
            // PostgreSQL's driver gives a NULL id as a typed null, whose text would be "0".
            const QVariant value = m_query->value(column);
            m_out.writeField(value.isNull() ? QString() : value.toString());
            return *this;
        }
        switch (sqlite3_column_type(m_statement, column)) {
        case SQLITE_NULL:
            m_out.writeField(QUtf8StringView());
            break;
        case SQLITE_INTEGER:
            m_out.writeField(qint64(sqlite3_column_int64(m_statement, column)));
            break;
        default: {
            // Text first, then its length: the documented order that converts only once.
            const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
            if (!utf8)
                fail(); // out of memory: no text, and no silent empty field either
            m_out.writeField(QUtf8StringView(utf8, sqlite3_column_bytes(m_statement, column)));
        }
        }
        return *this;
    }
    Rows &texts(int first, int last)
    {
        for (int column = first; column <= last; ++column)
            text(column);
        return *this;
    }
    Rows &money(Money value)
    {
        m_out.writeField(value.toString());
        return *this;
    }
    Rows &money(int column) { return money(moneyAt(column)); }
    // A NULL (no rows to sum) is zero, as in SqlQuery::money.
    Money moneyAt(int column) const
    {
        if (!m_statement)
            return m_query->money(column);
        switch (sqlite3_column_type(m_statement, column)) {
        case SQLITE_NULL:
            return {};
        case SQLITE_INTEGER:
            return Money::fromCents(sqlite3_column_int64(m_statement, column));
        default:
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
            throw StorageError(QStringLiteral("not an integer amount of cents: %1 in %2")
                                   .arg(QString::fromUtf8(text), QString::fromLatin1(m_sql)));
        }
    }
    void endRow()
    {
        m_out.endRow();
        ++m_written;
    }
    qint64 written() const { return m_written; }

private:
    [[noreturn]] void fail() const
    {
        throw StorageError(QStringLiteral("%1 [%2]").arg(QString::fromUtf8(sqlite3_errmsg(m_connection)),
                                                         QString::fromLatin1(m_sql).simplified()));
    }

    sqlite3 *const m_connection; // null on PostgreSQL
    sqlite3_stmt *m_statement = nullptr;
    std::optional<SqlQuery> m_query; // PostgreSQL
    QByteArray m_sql;
    CsvWriter &m_out;
    qint64 m_maxRows;
    qint64 m_written = 0;
};

qint64 patients(Rows &rows)
{
    rows.run("SELECT id, family_id, last_name, first_name, birth_date, is_guarantor FROM patients ORDER BY id");
    while (rows.more())
        rows.texts(0, 5).endRow();
    return rows.written();
}

// Totals per family come from grouped subqueries joined once, not one query per family.
qint64 families(Rows &rows)
{
    rows.run("SELECT f.id, g.id, g.last_name, g.first_name, COALESCE(m.members, 0), COALESCE(c.total, 0),"
             " COALESCE(a.total, 0), COALESCE(y.total, 0), COALESCE(l.total, 0), COALESCE(l.unearned, 0),"
             " COALESCE(i.total, 0), COALESCE(t.total, 0)"
             " FROM families f"
             " LEFT JOIN patients g ON g.family_id = f.id AND g.is_guarantor = 1"
             " LEFT JOIN (SELECT family_id, COUNT(*) AS members FROM patients GROUP BY family_id) m ON m.family_id = f.id"
             " LEFT JOIN (SELECT p.family_id, CAST(SUM(c.amount_cents) AS BIGINT) AS total FROM charges c"
             "  JOIN patients p ON p.id = c.patient_id GROUP BY p.family_id) c ON c.family_id = f.id"
             " LEFT JOIN (SELECT p.family_id, CAST(SUM(a.amount_cents) AS BIGINT) AS total FROM adjustments a"
             "  JOIN patients p ON p.id = a.patient_id GROUP BY p.family_id) a ON a.family_id = f.id"
             " LEFT JOIN (SELECT p.family_id, CAST(SUM(y.amount_cents) AS BIGINT) AS total FROM payments y"
             "  JOIN patients p ON p.id = y.patient_id GROUP BY p.family_id) y ON y.family_id = f.id"
             " LEFT JOIN (SELECT p.family_id, CAST(SUM(l.amount_cents) AS BIGINT) AS total,"
             "  CAST(SUM(CASE WHEN l.target = 'unearned' THEN l.amount_cents ELSE 0 END) AS BIGINT) AS unearned"
             "  FROM allocations l JOIN payments y ON y.id = l.payment_id JOIN patients p ON p.id = y.patient_id"
             "  GROUP BY p.family_id) l ON l.family_id = f.id"
             " LEFT JOIN (SELECT p.family_id, CAST(SUM(i.ins_paid_cents + i.writeoff_cents) AS BIGINT) AS total"
             "  FROM claim_procs i JOIN charges c ON c.id = i.charge_id JOIN patients p ON p.id = c.patient_id"
             "  GROUP BY p.family_id) i ON i.family_id = f.id"
             " LEFT JOIN (SELECT p.family_id, CAST(SUM(t.amount_cents) AS BIGINT) AS total FROM claim_payments t"
             "  JOIN claims k ON k.id = t.claim_id JOIN patients p ON p.id = k.patient_id GROUP BY p.family_id) t"
             "  ON t.family_id = f.id"
             " ORDER BY f.id");
    while (rows.more()) {
        const FamilyTotals totals{.charges = rows.moneyAt(5),
                                  .adjustments = rows.moneyAt(6),
                                  .payments = rows.moneyAt(7),
                                  .insurance = rows.moneyAt(10) + rows.moneyAt(11)};
        rows.texts(0, 4).money(totals.charges).money(totals.adjustments).money(totals.payments);
        rows.money(totals.balance()).money(totals.payments - rows.moneyAt(8)).money(9);
        rows.money(totals.insurance).endRow();
    }
    return rows.written();
}

qint64 charges(Rows &rows)
{
    rows.run("SELECT c.id, c.patient_id, c.date, c.code, c.description, pr.code, cl.code, " + ChargeSums::columns()
             + " FROM charges c JOIN providers pr ON pr.id = c.provider_id JOIN clinics cl ON cl.id = c.clinic_id"
               " ORDER BY c.id");
    while (rows.more()) {
        const ChargeAmounts charge{.amount = rows.moneyAt(7),
                                   .adjusted = rows.moneyAt(8),
                                   .insurancePaid = rows.moneyAt(9),
                                   .writtenOff = rows.moneyAt(10),
                                   .allocated = rows.moneyAt(11)};
        rows.texts(0, 6).money(charge.amount).money(charge.adjusted).money(charge.allocated);
        rows.money(charge.balance()).money(charge.insurancePaid).money(charge.writtenOff).endRow();
    }
    return rows.written();
}

qint64 adjustments(Rows &rows)
{
    rows.run("SELECT a.id, a.patient_id, a.date, a.type, pr.code, cl.code, a.amount_cents, a.charge_id,"
             " COALESCE((SELECT CAST(SUM(l.amount_cents) AS BIGINT) FROM allocations l WHERE l.adjustment_id = a.id), 0),"
             " a.kind, a.reverses_adjustment_id, a.note"
             " FROM adjustments a JOIN providers pr ON pr.id = a.provider_id JOIN clinics cl ON cl.id = a.clinic_id"
             " ORDER BY a.id");
    while (rows.more())
        rows.texts(0, 5).money(6).text(7).money(8).texts(9, 11).endRow();
    return rows.written();
}

qint64 payments(Rows &rows)
{
    rows.run("SELECT y.id, y.patient_id, y.date, y.amount_cents, y.method, y.reference, y.note, pr.code, cl.code,"
             " y.kind, y.related_payment_id, y.created_by, y.created_at,"
             " COALESCE((SELECT CAST(SUM(l.amount_cents) AS BIGINT) FROM allocations l WHERE l.payment_id = y.id), 0)"
             " FROM payments y LEFT JOIN providers pr ON pr.id = y.provider_id LEFT JOIN clinics cl ON cl.id = y.clinic_id"
             " ORDER BY y.id");
    while (rows.more()) {
        const Money amount = rows.moneyAt(3);
        const Money allocated = rows.moneyAt(13);
        rows.texts(0, 2).money(amount).texts(4, 12).money(allocated).money(amount - allocated).endRow();
    }
    return rows.written();
}

qint64 allocations(Rows &rows)
{
    rows.run("SELECT l.id, l.payment_id, l.target, l.charge_id, l.adjustment_id, l.amount_cents, l.patient_id,"
             " pr.code, cl.code, l.rule, l.reverses_allocation_id, l.created_by, l.created_at"
             " FROM allocations l LEFT JOIN providers pr ON pr.id = l.provider_id LEFT JOIN clinics cl ON cl.id = l.clinic_id"
             " ORDER BY l.id");
    while (rows.more())
        rows.texts(0, 4).money(5).texts(6, 12).endRow();
    return rows.written();
}

// A payment's credit is what it has not allocated, less what was refunded from it; voided
// payments and the reversals themselves hold none.
qint64 unallocated(Rows &rows)
{
    rows.run("SELECT y.id, p.family_id, y.patient_id, p.last_name, p.first_name, y.date, y.method, y.reference,"
             " y.amount_cents,"
             " COALESCE((SELECT CAST(SUM(l.amount_cents) AS BIGINT) FROM allocations l WHERE l.payment_id = y.id), 0),"
             " COALESCE((SELECT CAST(SUM(r.amount_cents) AS BIGINT) FROM payments r"
             "  WHERE r.related_payment_id = y.id AND r.kind = 'refund'), 0)"
             " FROM payments y JOIN patients p ON p.id = y.patient_id"
             " WHERE y.kind = 'payment'"
             " AND NOT EXISTS (SELECT 1 FROM payments v WHERE v.related_payment_id = y.id AND v.kind = 'void')"
             " ORDER BY y.id",
             false);
    while (rows.more()) {
        const Money amount = rows.moneyAt(8);
        const Money credit = amount - rows.moneyAt(9) + rows.moneyAt(10);
        if (!credit.isZero())
            rows.texts(0, 7).money(amount).money(credit).endRow();
    }
    return rows.written();
}

struct List
{
    const char16_t *name;
    std::initializer_list<const char16_t *> header;
    qint64 (*write)(Rows &rows);
};

const List allLists[] = {
    {u"patients", {u"patient_id", u"family_id", u"last_name", u"first_name", u"birth_date", u"guarantor"}, patients},
    {u"families",
     {u"family_id", u"guarantor_id", u"guarantor_last_name", u"guarantor_first_name", u"members", u"charges",
      u"adjustments", u"payments", u"balance", u"unallocated", u"unearned", u"insurance"},
     families},
    {u"charges",
     {u"charge_id", u"patient_id", u"date", u"code", u"description", u"provider", u"clinic", u"amount", u"adjustments",
      u"allocated", u"balance", u"insurance", u"writeoff"},
     charges},
    {u"adjustments",
     {u"adjustment_id", u"patient_id", u"date", u"type", u"provider", u"clinic", u"amount", u"charge_id", u"allocated",
      u"kind", u"reverses_adjustment_id", u"note"},
     adjustments},
    {u"payments",
     {u"payment_id", u"patient_id", u"date", u"amount", u"method", u"reference", u"note", u"provider", u"clinic",
      u"kind", u"related_payment_id", u"created_by", u"created_at", u"allocated", u"unallocated"},
     payments},
    {u"allocations",
     {u"allocation_id", u"payment_id", u"target", u"charge_id", u"adjustment_id", u"amount", u"patient_id",
      u"provider", u"clinic", u"rule", u"reverses_allocation_id", u"created_by", u"created_at"},
     allocations},
    {u"unallocated",
     {u"payment_id", u"family_id", u"patient_id", u"last_name", u"first_name", u"date", u"method", u"reference",
      u"amount", u"unallocated"},
     unallocated},
};

} // namespace

ListExporter::ListExporter(const Database &db, const QString &user)
    : m_db(db)
{
    Permissions::require(db, user, Permissions::Action::Export);
}

QStringList ListExporter::lists()
{
    QStringList names;
    for (const List &list : allLists)
        names.append(QString::fromUtf16(list.name));
    return names;
}

qint64 ListExporter::exportList(const QString &list, const QString &path, qint64 maxRows) const
{
    const auto found = std::find_if(std::begin(allLists), std::end(allLists),
                                    [&](const List &l) { return list == QStringView(l.name); });
    if (found == std::end(allLists))
        throw Refusal(Tr::tr("There is no list \"%1\" to export; the lists are: %2.")
                          .arg(list, lists().join(QStringLiteral(", "))));
    CsvWriter out(path);
    Rows rows(m_db, out, found->header, maxRows);
    const qint64 written = found->write(rows);
    if (!out.finish())
        throw StorageError(out.error());
    return written;
}

} // namespace paydesk::core
