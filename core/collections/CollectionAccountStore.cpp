#include "collections/CollectionAccountStore.h"

#include "storage/AuditLog.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Clock.h"

#include <QStringList>

#include <algorithm>

namespace paydesk::core {

namespace {

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue nullable(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject auditForm(const std::optional<CollectionAccount> &account)
{
    if (!account)
        return QJsonObject{{QStringLiteral("code"), QJsonValue()}, {QStringLiteral("since"), QJsonValue()}};
    return QJsonObject{{QStringLiteral("code"), nullable(account->code)},
                       {QStringLiteral("since"), nullable(account->since)}};
}

CollectionAccount accountFrom(const SqlQuery &q)
{
    return CollectionAccount{q.id(0), q.text(1), q.date(2), q.id(3) != 0};
}

} // namespace

QJsonObject CollectionHistoryEntry::toJson() const
{
    return QJsonObject{{QStringLiteral("code"), nullable(code)},
                       {QStringLiteral("from"), nullable(from)},
                       {QStringLiteral("to"), nullable(to)},
                       {QStringLiteral("by"), by},
                       {QStringLiteral("note"), note}};
}

CollectionAccountStore::CollectionAccountStore(const Database &db)
    : m_db(db)
{}

std::optional<CollectionAccount> CollectionAccountStore::read(qint64 familyId) const
{
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT family_id, code, since, stays FROM collection_accounts WHERE family_id = :f"))
            .bind(QStringLiteral(":f"), familyId)
            .exec();
    if (!q.next())
        return std::nullopt;
    return accountFrom(q);
}

QHash<qint64, CollectionAccount> CollectionAccountStore::readAll() const
{
    QHash<qint64, CollectionAccount> accounts;
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT family_id, code, since, stays FROM collection_accounts")).exec();
    while (q.next())
        accounts.insert(q.id(0), accountFrom(q));
    return accounts;
}

QList<CollectionHistoryEntry> CollectionAccountStore::history(qint64 familyId) const
{
    QList<CollectionHistoryEntry> entries;
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT code, from_date, changed_by, note FROM collection_history"
                             " WHERE family_id = :f ORDER BY id"))
            .bind(QStringLiteral(":f"), familyId)
            .exec();
    while (q.next()) {
        if (!entries.isEmpty())
            entries.last().to = q.date(1);
        entries.append({q.text(0), q.date(1), {}, q.text(2), q.text(3)});
    }
    return entries;
}

void CollectionAccountStore::change(AuditLog &audit,
                                    const QString &action,
                                    qint64 familyId,
                                    const QString &code,
                                    QDate on,
                                    bool stays,
                                    const QString &by,
                                    const QString &note) const
{
    changeAll(audit, {Change{action, read(familyId), CollectionAccount{familyId, code, on, stays}, by, note}});
}

void CollectionAccountStore::changeAll(AuditLog &audit, const QList<Change> &changes) const
{
    if (changes.isEmpty())
        return;
    // A family changed twice (a plan failed, then it left) keeps its last state.
    QList<qint64> families;
    QHash<qint64, CollectionAccount> last;
    for (const Change &change : changes) {
        if (!last.contains(change.after.familyId))
            families.append(change.after.familyId);
        last.insert(change.after.familyId, change.after);
    }
    // Their rows go and come back, a few to a statement: an upsert a row would be a round trip
    // each on PostgreSQL, and the run changes hundreds of accounts a day.
    constexpr qsizetype familiesPerQuery = 32;
    QStringList places;
    for (qsizetype i = 0; i < familiesPerQuery; ++i)
        places << QStringLiteral(":f%1").arg(i);
    SqlQuery remove = m_db.query();
    for (qsizetype first = 0; first < families.size(); first += familiesPerQuery) {
        const qsizetype lastIndex = std::min(families.size(), first + familiesPerQuery) - 1;
        remove.prepare(QStringLiteral("DELETE FROM collection_accounts WHERE family_id IN (%1)")
                               .arg(places.join(QStringLiteral(", "))));
        for (qsizetype i = 0; i < familiesPerQuery; ++i)
            remove.bind(places.at(i), families.at(std::min(first + i, lastIndex)));
        remove.exec();
    }
    qint64 historyId = m_db.reserveIds(QStringLiteral("collection_history"), changes.size());
    const QString now = Clock::nowUtc().toString(Qt::ISODateWithMs);
    BulkStatement::Batching batching(m_db);
    // An empty code is NULL (out of collections): the statements without the column leave it so.
    BulkStatement &inCollections = m_db.bulkStatement(
            "INSERT INTO collection_accounts (family_id, code, since, stays) VALUES (?, ?, ?, ?)");
    BulkStatement &outOfCollections = m_db.bulkStatement(
            "INSERT INTO collection_accounts (family_id, since, stays) VALUES (?, ?, ?)");
    for (qint64 family : std::as_const(families)) {
        const CollectionAccount &account = last.value(family);
        BulkStatement &insert = account.code.isEmpty() ? outOfCollections : inCollections;
        insert.add(family);
        if (!account.code.isEmpty())
            insert.add(account.code);
        insert.add(account.since).add(qint64(account.stays ? 1 : 0)).exec();
    }
    BulkStatement &coded = m_db.bulkStatement("INSERT INTO collection_history (id, family_id, code, from_date,"
                                              " changed_by, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    BulkStatement &uncoded = m_db.bulkStatement("INSERT INTO collection_history (id, family_id, from_date,"
                                                " changed_by, note, created_at) VALUES (?, ?, ?, ?, ?, ?)");
    for (const Change &change : changes) {
        BulkStatement &insert = change.after.code.isEmpty() ? uncoded : coded;
        insert.add(historyId++).add(change.after.familyId);
        if (!change.after.code.isEmpty())
            insert.add(change.after.code);
        insert.add(change.after.since).add(change.by).add(change.note).add(now).exec();
        QJsonObject after = auditForm(change.after);
        if (!change.note.isEmpty())
            after.insert(QStringLiteral("note"), change.note);
        audit.add(change.action, QStringLiteral("family"), change.after.familyId, auditForm(change.before), after);
    }
    batching.flush();
}

} // namespace paydesk::core
