#include "collections/CollectionAccountStore.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Clock.h"

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

void CollectionAccountStore::change(AuditLog &audit, const QString &action, qint64 familyId, const QString &code,
                                    QDate on, bool stays, const QString &by, const QString &note) const
{
    const std::optional<CollectionAccount> before = read(familyId);
    const QVariant codeValue = code.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(code);
    m_db.query()
            .prepare(QStringLiteral("INSERT INTO collection_accounts (family_id, code, since, stays)"
                                    " VALUES (:f, :c, :s, :k) ON CONFLICT (family_id) DO UPDATE"
                                    " SET code = excluded.code, since = excluded.since, stays = excluded.stays"))
            .bind(QStringLiteral(":f"), familyId)
            .bind(QStringLiteral(":c"), codeValue)
            .bind(QStringLiteral(":s"), on.toString(Qt::ISODate))
            .bind(QStringLiteral(":k"), stays ? 1 : 0)
            .exec();
    m_db.query()
            .prepare(QStringLiteral("INSERT INTO collection_history (id, family_id, code, from_date, changed_by, note,"
                                    " created_at) VALUES (:id, :f, :c, :from, :by, :note, :at)"))
            .bind(QStringLiteral(":id"), m_db.reserveIds(QStringLiteral("collection_history"), 1))
            .bind(QStringLiteral(":f"), familyId)
            .bind(QStringLiteral(":c"), codeValue)
            .bind(QStringLiteral(":from"), on.toString(Qt::ISODate))
            .bind(QStringLiteral(":by"), by)
            // A null QString binds NULL, which the column refuses: no note is an empty one.
            .bind(QStringLiteral(":note"), note.isNull() ? QStringLiteral("") : note)
            .bind(QStringLiteral(":at"), Clock::nowUtc().toString(Qt::ISODateWithMs))
            .exec();
    QJsonObject after = auditForm(CollectionAccount{familyId, code, on, stays});
    if (!note.isEmpty())
        after.insert(QStringLiteral("note"), note);
    audit.add(action, QStringLiteral("family"), familyId, auditForm(before), after);
}

} // namespace paydesk::core
