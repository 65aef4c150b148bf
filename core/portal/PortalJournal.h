#pragma once

#include "portal/FetchSummary.h"
#include "portal/PortalException.h"
#include "portal/PortalTransaction.h"

#include <QList>
#include <QString>

#include <optional>

namespace paydesk::core {
class Database;
}

namespace paydesk::core::portal {

// What Fetch and Process Reports has read and done, in its three tables: the files
// (portal_files), one row per transaction read (portal_transactions), and the exceptions
// queue (portal_exceptions). Writes inside the caller's transaction; the one place their SQL
// lives.
class PortalJournal
{
public:
    PortalJournal(const Database &db, QString user);

    // A file by its content.
    struct File
    {
        qint64 id = 0;
        bool finished = false;
    };
    std::optional<File> file(const QString &sha256) const;
    // A new file row, unfinished; or, for a file an interrupted fetch left unfinished, that
    // row again, now fetched by this user.
    qint64 startFile(const QString &name, qint64 size, const QString &sha256, std::optional<File> unfinished);
    // Adds what a group of the file's records did, in the transaction that wrote them: a file an
    // interrupted fetch left unfinished keeps the counts of the records it had committed.
    void addCounts(qint64 fileId, const FetchSummary &counts);
    void finishFile(qint64 fileId);

    // What makes two records one transaction: (transaction id, action) for an EOD record, with
    // the status for a skipped one (a declined try never blocks the approved one) and for a
    // chargeback or returned item (a later event of the same transaction); authorization number,
    // amount, date and direction for an 835's.
    static QString recordKey(const PortalTransaction &transaction);
    // Whether the transaction was read before: the same key, or (for one that would post) the
    // other report's record of it (authorization number, amount, date and direction agree).
    bool isDuplicate(const PortalTransaction &transaction) const;

    // Takes the ids of the next `count` transaction rows, as the first write of a fetch's
    // transaction: the counter's lock then queues two fetches at their first step, always the
    // same, so that their other counters (payments, exceptions) are never taken in opposite
    // orders; and a chunk of records takes its ids in one statement. Call it again in each
    // transaction: ids of one that rolled back are not kept.
    void reserveTransactionIds(qint64 count);
    enum class Outcome { Posted, Refund, Skipped, Exception };
    qint64 addTransaction(qint64 fileId, const PortalTransaction &transaction, Outcome outcome, qint64 paymentId = 0);
    // The transaction as it was read, for a match.
    PortalTransaction transaction(qint64 rowId) const;

    bool hasException(const QString &key) const;
    qint64 addException(const QString &key,
                        qint64 fileId,
                        const QString &fileName,
                        int line,
                        const QString &raw,
                        const QString &reason,
                        qint64 transactionRowId = 0); // fileId 0: a file that could not be read
    QList<PortalException> exceptions(bool all) const;
    std::optional<PortalException> exception(qint64 id) const;
    // Whether exception `id` is still open, taking its row for this transaction first: a second
    // match or dismissal of it on PostgreSQL waits here, then finds it resolved.
    bool holdOpen(qint64 exceptionId) const;
    // The row of the transaction an exception was read from (0 for an unreadable record).
    qint64 exceptionTransaction(qint64 exceptionId) const;
    qint64 openExceptions() const;
    void resolve(qint64 exceptionId,
                 PortalException::Status status,
                 qint64 familyId,
                 qint64 paymentId,
                 const QString &resolution);

private:
    QList<PortalException> readExceptions(const QString &where, qint64 id = 0) const;

    const Database &m_db;
    QString m_user;
    qint64 m_nextTransactionId = 0;
    qint64 m_reservedTransactionIds = 0;
};

} // namespace paydesk::core::portal
