#include "billing/LedgerDelta.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace paydesk::core {

namespace {

// One ledger table as it moves a family's balance (the same sums as FamilyLimits and the
// lists): its rows, the family they count in (insurance: the claim's patient's), the day
// they count on (a claim procedure: its claim's date), their amount and its sign.
struct LedgerSource
{
    const char *mark; // the table whose ids billing_marks follows
    LedgerChange::Source source;
    const char *from;
    const char *id;
    const char *date;
    const char *amount;
    int sign;
};

constexpr LedgerSource sources[] = {
        {"charges",
         LedgerChange::Source::Charge,
         "charges c JOIN patients p ON p.id = c.patient_id",
         "c.id",
         "c.date",
         "c.amount_cents",
         1},
        {"adjustments",
         LedgerChange::Source::Adjustment,
         "adjustments a JOIN patients p ON p.id = a.patient_id",
         "a.id",
         "a.date",
         "a.amount_cents",
         1},
        {"payments",
         LedgerChange::Source::Payment,
         "payments y JOIN patients p ON p.id = y.patient_id",
         "y.id",
         "y.date",
         "y.amount_cents",
         -1},
        {"claim_procs",
         LedgerChange::Source::Insurance,
         "claim_procs r JOIN claims k ON k.id = r.claim_id JOIN patients p ON p.id = k.patient_id",
         "r.id",
         "k.date",
         "r.ins_paid_cents + r.writeoff_cents",
         -1},
        {"claim_payments",
         LedgerChange::Source::Insurance,
         "claim_payments t JOIN claims k ON k.id = t.claim_id JOIN patients p ON p.id = k.patient_id",
         "t.id",
         "t.date",
         "t.amount_cents",
         -1},
};

// The marks a run stores once it has counted the rows up to them: the id before each
// table's next one. On PostgreSQL the counters are locked first, which waits for postings
// that took ids and have not committed (Database::reserveIds holds the row until then), so
// no row below a mark can appear later. A table without a counter has had no id reserved
// yet: its highest id then, as a first reservation starts above it.
QHash<QString, qint64> marksNow(const Database &db, const LedgerMarks &marks)
{
    QStringList names;
    for (const LedgerSource &source : sources)
        names << QLatin1String(source.mark);
    names.sort();
    QHash<QString, qint64> next;
    SqlQuery counters = db.query();
    counters.prepare(QStringLiteral("SELECT name, next_id FROM id_counters WHERE name IN ('%1') ORDER BY name%2")
                             .arg(names.join(QStringLiteral("', '")),
                                  db.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()))
            .exec();
    while (counters.next())
        next.insert(counters.text(0), counters.id(1) - 1);
    counters.finish();
    QHash<QString, qint64> result;
    for (const QString &name : std::as_const(names)) {
        qint64 mark = 0;
        if (const auto it = next.constFind(name); it != next.cend()) {
            mark = *it;
        } else {
            SqlQuery highest = db.query();
            highest.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(name)).exec();
            mark = highest.next() ? highest.id(0) : 0;
        }
        result.insert(name, qMax(mark, marks.lastIds.value(name)));
    }
    return result;
}

// The rows of `source` the marks have not counted, summed per family and day: those above
// the mark (up to `newMark` when given, as later rows are left to the next run) and those at
// or below it dated after the marks' day; both up to `upTo` when given. Each part reads a
// primary-key range or a date index, never a whole table.
QString unreadSql(const LedgerSource &source, const LedgerMarks &marks, QDate upTo, bool limitIds, bool oneFamily)
{
    const QString select = QStringLiteral("SELECT p.family_id, %1, CAST(SUM(%2) AS BIGINT) FROM %3 WHERE ")
                                   .arg(QLatin1String(source.date),
                                        QLatin1String(source.amount),
                                        QLatin1String(source.from));
    const auto limits = [&](int part) -> QString {
        QString sql;
        if (upTo.isValid())
            sql += QStringLiteral(" AND %1 <= :upTo%2").arg(QLatin1String(source.date)).arg(part);
        if (oneFamily)
            sql += QStringLiteral(" AND p.family_id = :family%1").arg(part);
        return sql + QStringLiteral(" GROUP BY p.family_id, %1").arg(QLatin1String(source.date));
    };
    QString sql = select + QStringLiteral("%1 > :mark1").arg(QLatin1String(source.id))
                  + (limitIds ? QStringLiteral(" AND %1 <= :newMark").arg(QLatin1String(source.id)) : QString())
                  + limits(1);
    // The unary + keeps SQLite off the primary key for the id bound: given the choice it walked
    // the whole table by id (1.1 million payments, 120 ms on every read of a billing tab)
    // rather than the date index, which holds the few rows dated after the last day.
    if (marks.lastDay.isValid())
        sql += QStringLiteral(" UNION ALL ") + select
               + QStringLiteral("+%1 <= :mark2 AND %2 > :lastDay")
                         .arg(QLatin1String(source.id), QLatin1String(source.date))
               + limits(2);
    return sql;
}

QList<LedgerChange> unread(const Database &db,
                           const LedgerMarks &marks,
                           QDate upTo,
                           const QHash<QString, qint64> *newMarks,
                           std::optional<qint64> familyId)
{
    QList<LedgerChange> changes;
    const QString upToText = upTo.toString(Qt::ISODate);
    for (const LedgerSource &source : sources) {
        const QString name = QLatin1String(source.mark);
        const qint64 mark = marks.lastIds.value(name);
        SqlQuery q = db.query();
        q.prepare(unreadSql(source, marks, upTo, newMarks, familyId.has_value()));
        q.bind(QStringLiteral(":mark1"), mark);
        if (newMarks)
            q.bind(QStringLiteral(":newMark"), newMarks->value(name));
        if (marks.lastDay.isValid()) {
            q.bind(QStringLiteral(":mark2"), mark);
            q.bind(QStringLiteral(":lastDay"), marks.lastDay.toString(Qt::ISODate));
        }
        const int parts = marks.lastDay.isValid() ? 2 : 1;
        for (int part = 1; part <= parts; ++part) {
            if (upTo.isValid())
                q.bind(QStringLiteral(":upTo%1").arg(part), upToText);
            if (familyId)
                q.bind(QStringLiteral(":family%1").arg(part), *familyId);
        }
        q.exec();
        while (q.next())
            changes.append(
                    {.familyId = q.id(0), .date = q.date(1), .cents = source.sign * q.id(2), .source = source.source});
    }
    return changes;
}

} // namespace

LedgerMarks LedgerMarks::read(const Database &db)
{
    LedgerMarks marks;
    SqlQuery day = db.query();
    day.prepare(QStringLiteral("SELECT MAX(date) FROM billing_days")).exec();
    if (day.next())
        marks.lastDay = day.date(0);
    day.finish();
    SqlQuery ids = db.query();
    ids.prepare(QStringLiteral("SELECT name, last_id FROM billing_marks")).exec();
    while (ids.next())
        marks.lastIds.insert(ids.text(0), ids.id(1));
    return marks;
}

void LedgerMarks::write(const Database &db) const
{
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("INSERT INTO billing_marks (name, last_id) VALUES (:n, :id)"
                             " ON CONFLICT (name) DO UPDATE SET last_id = excluded.last_id"));
    for (auto it = lastIds.cbegin(); it != lastIds.cend(); ++it)
        q.bind(QStringLiteral(":n"), it.key()).bind(QStringLiteral(":id"), it.value()).exec();
}

QString LedgerMarks::idsJson() const
{
    QJsonObject ids;
    for (auto it = lastIds.cbegin(); it != lastIds.cend(); ++it)
        ids.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
}

QHash<QString, qint64> LedgerMarks::idsFromJson(const QString &json)
{
    QHash<QString, qint64> ids;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        ids.insert(it.key(), it.value().toInteger());
    return ids;
}

QList<LedgerChange> LedgerDelta::read(const Database &db, const LedgerMarks &marks, QDate upTo, LedgerMarks *newMarks)
{
    if (!newMarks)
        return unread(db, marks, upTo, nullptr, std::nullopt);
    const QHash<QString, qint64> ids = marksNow(db, marks);
    const QList<LedgerChange> changes = unread(db, marks, upTo, &ids, std::nullopt);
    newMarks->lastDay = upTo;
    newMarks->lastIds = ids;
    return changes;
}

QHash<qint64, qint64> LedgerDelta::currentBalances(const Database &db)
{
    // The stored balances and the marks they count up to must be of one state of the database.
    std::optional<Transaction> snapshot;
    if (!db.inTransaction())
        snapshot.emplace(db, Transaction::Mode::Read);
    QHash<qint64, qint64> balances;
    SqlQuery stored = db.query();
    stored.prepare(QStringLiteral("SELECT family_id, balance_cents FROM billing_accounts WHERE balance_cents <> 0"))
            .exec();
    while (stored.next())
        balances.insert(stored.id(0), stored.id(1));
    stored.finish();
    const QHash<qint64, qint64> unread = unreadByFamily(db);
    for (auto it = unread.cbegin(); it != unread.cend(); ++it)
        balances[it.key()] += it.value();
    balances.removeIf([](const auto &it) { return it.value() == 0; });
    return balances;
}

QHash<qint64, qint64> LedgerDelta::unreadByFamily(const Database &db)
{
    QHash<qint64, qint64> cents;
    for (const LedgerChange &change : read(db, LedgerMarks::read(db), {}, nullptr))
        cents[change.familyId] += change.cents;
    return cents;
}

qint64 LedgerDelta::currentBalance(const Database &db, qint64 familyId)
{
    std::optional<Transaction> snapshot;
    if (!db.inTransaction())
        snapshot.emplace(db, Transaction::Mode::Read);
    qint64 balance = 0;
    SqlQuery stored = db.query();
    stored.prepare(QStringLiteral("SELECT balance_cents FROM billing_accounts WHERE family_id = :f"))
            .bind(QStringLiteral(":f"), familyId)
            .exec();
    if (stored.next())
        balance = stored.id(0);
    stored.finish();
    for (const LedgerChange &change : unread(db, LedgerMarks::read(db), {}, nullptr, familyId))
        balance += change.cents;
    return balance;
}

} // namespace paydesk::core
