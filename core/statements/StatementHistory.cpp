#include "statements/StatementHistory.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace paydesk::core {

namespace {

const QString columns = QStringLiteral("SELECT id, family_id, date, number, balance_cents, amount_due_cents, plan_id,"
                                       " plan_amount_cents FROM statements ");

SentStatement read(const SqlQuery &q)
{
    return {.id = q.id(0),
            .familyId = q.id(1),
            .date = q.date(2),
            .number = q.value(3).toInt(),
            .balance = q.money(4),
            .amountDue = q.money(5),
            .planId = q.value(6).isNull() ? 0 : q.id(6),
            .planAmount = q.money(7)};
}

QList<SentStatement> readAll(SqlQuery &q)
{
    QList<SentStatement> result;
    while (q.next())
        result.append(read(q));
    return result;
}

} // namespace

QList<SentStatement> StatementHistory::ofFamily(qint64 familyId) const
{
    SqlQuery q = m_db.query();
    q.prepare(columns + QStringLiteral("WHERE family_id = :family ORDER BY date DESC, id DESC"))
            .bind(QStringLiteral(":family"), familyId)
            .exec();
    return readAll(q);
}

std::optional<SentStatement> StatementHistory::latest(qint64 familyId) const
{
    SqlQuery q = m_db.query();
    q.prepare(columns + QStringLiteral("WHERE family_id = :family ORDER BY date DESC, id DESC LIMIT 1"))
            .bind(QStringLiteral(":family"), familyId)
            .exec();
    return q.next() ? std::optional(read(q)) : std::nullopt;
}

std::optional<SentStatement> StatementHistory::previous(const SentStatement &statement) const
{
    SqlQuery q = m_db.query();
    q.prepare(columns
              + QStringLiteral("WHERE family_id = :family AND (date < :before OR (date = :same AND id < :id))"
                               " ORDER BY date DESC, id DESC LIMIT 1"))
            .bind(QStringLiteral(":family"), statement.familyId)
            .bind(QStringLiteral(":before"), statement.date.toString(Qt::ISODate))
            .bind(QStringLiteral(":same"), statement.date.toString(Qt::ISODate))
            .bind(QStringLiteral(":id"), statement.id)
            .exec();
    return q.next() ? std::optional(read(q)) : std::nullopt;
}

QList<SentStatement> StatementHistory::ofDay(QDate date) const
{
    SqlQuery q = m_db.query();
    q.prepare(columns + QStringLiteral("WHERE date = :date ORDER BY family_id, id"))
            .bind(QStringLiteral(":date"), date.toString(Qt::ISODate))
            .exec();
    return readAll(q);
}

} // namespace paydesk::core
