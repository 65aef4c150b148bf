#pragma once

#include <QByteArray>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QDate;

namespace paydesk::core {

class Database;

// One INSERT (or other statement without results) prepared once and run for many rows,
// the value of each `?` added in order:
//
//     BulkStatement insert(db, "INSERT INTO t (id, name) VALUES (?, ?)");
//     for (const Row &row : rows)
//         insert.add(row.id).add(row.name).exec();
//
// On SQLite it binds through the C API with UTF-8 text held in buffers reused from row to
// row: the QVariant path of QSqlQuery costs about three times what SQLite itself spends on
// an insert, which matters for an import of millions of rows. PostgreSQL goes through
// QSqlQuery. Failures throw StorageError naming the statement.
class BulkStatement
{
public:
    BulkStatement(const Database &db, const char *sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    BulkStatement &add(qint64 value);
    // Always text: a null QString is stored as "" (text columns are NOT NULL).
    BulkStatement &add(const QString &text);
    // YYYY-MM-DD, the stored form of dates.
    BulkStatement &add(const QDate &date);
    // 0 binds NULL: the "none" of optional references.
    BulkStatement &addNullableId(qint64 id);
    // Runs the statement with the values added since the last exec().
    void exec();

private:
    [[noreturn]] void fail(const QString &driverText);

    QString m_sql;
    int m_index = 0;
    struct SqliteStatement;
    std::unique_ptr<SqliteStatement> m_sqlite;
    std::vector<QByteArray> m_text;            // SQLite: UTF-8 of the text values, per parameter
    std::optional<QSqlQuery> m_query;          // PostgreSQL
};

} // namespace paydesk::core
