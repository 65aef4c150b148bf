#pragma once

#include "collections/CollectionAccount.h"

#include <QHash>
#include <QList>
#include <optional>

namespace paydesk::core {

class AuditLog;
class Database;

// Where collection statuses are read and changed, the one writer of collection_accounts
// and collection_history: the services, the daily run and the payment re-check all move an
// account through change().
class CollectionAccountStore
{
public:
    explicit CollectionAccountStore(const Database &db);

    // nullopt: the family has never had a collection status.
    std::optional<CollectionAccount> read(qint64 familyId) const;
    // Every family with a row (code empty: left collections).
    QHash<qint64, CollectionAccount> readAll() const;
    // The family's changes, oldest first.
    QList<CollectionHistoryEntry> history(qint64 familyId) const;

    // Moves the family to `code` (empty: out of collections) on `on`, in the caller's
    // transaction: its row, one history row by `by` with `note`, and one audit row added to
    // `audit` (entity "family", `action`, before and after: code and since).
    void change(AuditLog &audit,
                const QString &action,
                qint64 familyId,
                const QString &code,
                QDate on,
                bool stays,
                const QString &by,
                const QString &note) const;

    // One change of many, with the account `before` it as the caller holds it (nullopt: the
    // family never had a row) and `after` it (code, since = the day, stays).
    struct Change
    {
        QString action;
        std::optional<CollectionAccount> before;
        CollectionAccount after;
        QString by;
        QString note;
    };
    // The daily run's day of changes, each written as change() writes it, in order, a few
    // rows to a statement.
    void changeAll(AuditLog &audit, const QList<Change> &changes) const;

private:
    const Database &m_db;
};

} // namespace paydesk::core
