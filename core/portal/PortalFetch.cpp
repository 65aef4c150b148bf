#include "portal/PortalFetch.h"

#include "migration/PostingLock.h"
#include "money/Money.h"
#include "portal/EodPostingFile.h"
#include "portal/PortalAccountMatcher.h"
#include "portal/PortalJournal.h"
#include "portal/PortalPosting.h"
#include "portal/RemittanceFile.h"
#include "settings/PracticeSettings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/Permissions.h"
#include "util/Tr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <span>

using namespace Qt::StringLiterals;

namespace paydesk::core::portal {

namespace {

// How many records share one database transaction. One transaction per record spends most of
// its time committing; a chunk that meets an unexpected refusal is redone record by record,
// so a bad record still never takes its neighbours with it. On PostgreSQL a chunk holds its
// families' locks until it commits, and a clerk posting to one of them waits that long: a
// tenth of the chunk keeps that wait short where commits are cheap anyway.
qsizetype chunkSize(const Database &db)
{
    return db.isPostgres() ? 100 : 1000;
}

QString sha256Of(QByteArrayView bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool isRemittance(const QString &fileName)
{
    static const QRegularExpression pattern(QRegularExpression::wildcardToRegularExpression(u"*_dpa835_*.rep"_s),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(fileName).hasMatch();
}

// One record of a file: a transaction read, or a problem.
struct Record
{
    int line = 0;
    const PortalTransaction *transaction = nullptr;
    const ReportProblem *problem = nullptr;
    QString problemKey; // what keeps the problem from being queued twice
};

// One file's records going through the journal, the matcher and the posting.
class FileFetch
{
public:
    FileFetch(const Database &db, const QString &user, qint64 fileId)
        : m_db(db)
        , m_user(user)
        , m_journal(db, user)
        , m_matcher(db)
        , m_posting(db, user)
        , m_fileId(fileId)
    {}

    FetchSummary run(const std::vector<Record> &records)
    {
        FetchSummary summary;
        const std::span<const Record> all(records);
        const std::size_t size = chunkSize(m_db);
        for (std::size_t first = 0; first < all.size(); first += size)
            summary += chunk(all.subspan(first, std::min(size, all.size() - first)));
        return summary;
    }

private:
    FetchSummary chunk(std::span<const Record> records)
    {
        try {
            // Before the transaction opens (see PostingLock): a record of a group that migrates
            // is refused on its own below and queued as an exception with the lock's reason.
            PostingLock::requireOpen(m_db, familiesOf(records));
            Transaction tx(m_db);
            m_journal.reserveTransactionIds(qint64(records.size()));
            // Every family the chunk may post to, in id order, before any other counter: a
            // clerk's posting locks its family and then takes the payments counter, and the
            // chunk must never hold that counter while it waits for the clerk's family.
            m_db.lockFamilies(familiesOf(records));
            AuditLog audit(m_db, m_user);
            FetchSummary summary;
            for (const Record &record : records)
                summary += handle(record, audit);
            audit.write();
            m_journal.addCounts(m_fileId, summary);
            tx.commit();
            return summary;
        } catch (const std::exception &) {
            // A refusal past the checks made before writing (or a failure): the chunk was rolled
            // back whole; each record again on its own says which one it was.
        }
        FetchSummary summary;
        for (const Record &record : records)
            summary += alone(record);
        return summary;
    }

    FetchSummary alone(const Record &record)
    {
        QString refused;
        try {
            PostingLock::requireOpen(m_db, familiesOf({&record, 1}));
            Transaction tx(m_db);
            m_journal.reserveTransactionIds(1);
            m_db.lockFamilies(familiesOf({&record, 1}));
            AuditLog audit(m_db, m_user);
            const FetchSummary summary = handle(record, audit);
            audit.write();
            m_journal.addCounts(m_fileId, summary);
            tx.commit();
            return summary;
        } catch (const Refusal &refusal) {
            if (!record.transaction)
                throw;
            refused = refusal.message();
        } catch (const MoneyOverflow &overflow) {
            if (!record.transaction)
                throw;
            refused = QString::fromUtf8(overflow.what());
        } catch (const StorageError &error) {
            // What the database would not store of this record (on PostgreSQL, say, a value
            // its index cannot hold) must not stop the records after it.
            if (!record.transaction)
                throw;
            refused = error.message();
        }
        // The posting refused what its checks before writing could not see: the record is an
        // exception with the refusal's words, as a clerk would have read them.
        Transaction tx(m_db);
        m_journal.reserveTransactionIds(1);
        const FetchSummary summary = exception(*record.transaction, refused);
        m_journal.addCounts(m_fileId, summary);
        tx.commit();
        return summary;
    }

    static QList<qint64> familiesOf(std::span<const Record> records)
    {
        QList<qint64> families;
        for (const Record &record : records) {
            if (record.transaction)
                if (const qint64 id = PortalAccountMatcher::familyIdOf(record.transaction->accountNumber))
                    families.append(id);
        }
        std::sort(families.begin(), families.end());
        families.erase(std::unique(families.begin(), families.end()), families.end());
        return families;
    }

    FetchSummary handle(const Record &record, AuditLog &audit)
    {
        FetchSummary summary;
        if (record.problem) {
            const ReportProblem &p = *record.problem;
            if (m_journal.hasException(record.problemKey)) {
                summary.duplicates = 1;
            } else {
                m_journal.addException(record.problemKey, m_fileId, p.file, p.line, p.raw, p.reason);
                summary.exceptions = 1;
            }
            return summary;
        }
        const PortalTransaction &t = *record.transaction;
        if (m_journal.isDuplicate(t)) {
            summary.duplicates = 1;
            return summary;
        }
        if (!t.skipReason().isEmpty()) {
            m_journal.addTransaction(m_fileId, t, PortalJournal::Outcome::Skipped);
            summary.skipped = 1;
            return summary;
        }
        const PortalAccountMatcher::Match match = m_matcher.match(t);
        if (!match.matched())
            return exception(t, match.problem);
        const PortalPosting::Result posted = m_posting.post(t, match, audit);
        if (!posted.problem.isEmpty())
            return exception(t, posted.problem);
        if (t.direction == PortalDirection::Refund) {
            m_journal.addTransaction(m_fileId, t, PortalJournal::Outcome::Refund, posted.paymentId);
            summary.refunds = 1;
        } else {
            m_journal.addTransaction(m_fileId, t, PortalJournal::Outcome::Posted, posted.paymentId);
            summary.posted = 1;
            summary.postedTotal = t.amount;
        }
        return summary;
    }

    FetchSummary exception(const PortalTransaction &t, const QString &reason)
    {
        FetchSummary summary;
        if (m_journal.isDuplicate(t)) {
            summary.duplicates = 1;
            return summary;
        }
        const qint64 row = m_journal.addTransaction(m_fileId, t, PortalJournal::Outcome::Exception);
        m_journal.addException(u"tx:"_s + PortalJournal::recordKey(t), m_fileId, t.file, t.line, t.raw, reason, row);
        summary.exceptions = 1;
        return summary;
    }

    const Database &m_db;
    QString m_user;
    PortalJournal m_journal;
    PortalAccountMatcher m_matcher;
    PortalPosting m_posting;
    qint64 m_fileId;
};

// The records of a file in the order of its lines, each problem with its key: the raw text's
// hash (the same bad record in another file is not queued again), or for a problem with no
// record of its own the file's hash and its place among the file's problems. An 835 that is one
// problem and no transaction (an insurer's remittance, a file that is no 835) is the file.
std::vector<Record> recordsOf(const std::vector<PortalTransaction> &transactions,
                              const std::vector<ReportProblem> &problems,
                              const QString &fileSha,
                              bool remittance)
{
    std::vector<Record> records;
    records.reserve(transactions.size() + problems.size());
    for (const PortalTransaction &t : transactions)
        records.push_back({.line = t.line, .transaction = &t, .problem = nullptr, .problemKey = {}});
    const bool wholeFile = remittance && transactions.empty() && problems.size() == 1;
    for (std::size_t i = 0; i < problems.size(); ++i) {
        const ReportProblem &p = problems[i];
        QString key;
        if (wholeFile)
            key = u"file:"_s + fileSha;
        else if (!p.raw.isEmpty())
            key = u"raw:"_s + sha256Of(p.raw.toUtf8());
        else
            key = u"file:%1:%2"_s.arg(fileSha).arg(i);
        records.push_back({.line = p.line, .problem = &p, .problemKey = key});
    }
    std::stable_sort(records.begin(), records.end(), [](const Record &a, const Record &b) { return a.line < b.line; });
    return records;
}

} // namespace

PortalFetch::PortalFetch(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

PortalFetch PortalFetch::forDailyRun(const Database &db)
{
    PortalFetch fetch(db, QStringLiteral("daily-run"));
    fetch.m_askPermission = false;
    return fetch;
}

FetchSummary PortalFetch::run(const QString &folder, const Progress &progress)
{
    if (m_askPermission)
        Permissions::require(m_db, m_user, Permissions::Action::ManagePortalPayments);
    QString path = folder;
    if (path.isEmpty()) {
        path = PracticeSettings(m_db).value(u"portal.report_folder"_s).trimmed();
        if (path.isEmpty())
            throw Refusal(Tr::tr("portal.report_folder is not set: set the folder the clearinghouse's report files "
                                 "arrive in, or name one."));
    }
    const QDir dir(path);
    if (!dir.exists())
        throw Refusal(Tr::tr("Report folder %1 is not a folder.").arg(QDir::toNativeSeparators(path)));

    // Files, and links to nothing (a report the share lost): those are queued as unreadable
    // rather than passed over in silence. Never a pipe or device, which would block the read.
    QStringList names;
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::System);
    for (const QFileInfo &entry : entries) {
        if (entry.isFile() || (entry.isSymLink() && !entry.exists()))
            names << entry.fileName();
    }
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.compare(b) < 0; });
    FetchSummary summary;
    int done = 0;
    for (const QString &name : std::as_const(names)) {
        QFile file(dir.filePath(name));
        PortalJournal journal(m_db, m_user);
        if (!file.open(QIODevice::ReadOnly)) {
            // Still being copied, or kept from this user: the next fetch reads it once it can, and
            // the files after it are read now.
            Transaction tx(m_db);
            journal.reserveTransactionIds(0);
            const QString key = u"unreadable:"_s + name;
            if (!journal.hasException(key)) {
                journal.addException(key, 0, name, 0, {},
                                     Tr::tr("Report file %1 cannot be read: %2. It is read at the next fetch "
                                            "once it can be.")
                                             .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
                ++summary.exceptions;
            }
            tx.commit();
        } else {
            const QByteArray content = file.readAll();
            file.close();
            summary += fetchFile(journal, name, content);
        }
        ++done;
        if (progress && !progress(name, done, int(names.size())))
            break;
    }
    return summary;
}

FetchSummary PortalFetch::fetchFile(PortalJournal &journal, const QString &name, const QByteArray &content) const
{
    FetchSummary summary;
    const QString sha = sha256Of(content);
    qint64 fileId = 0;
    {
        Transaction tx(m_db);
        // Queues behind a fetch running elsewhere (see reserveTransactionIds), which may be
        // recording this very file.
        journal.reserveTransactionIds(0);
        const std::optional<PortalJournal::File> known = journal.file(sha);
        if (!known || !known->finished)
            fileId = journal.startFile(name, content.size(), sha, known);
        tx.commit();
    }
    if (!fileId) {
        summary.filesSkipped = 1;
        return summary;
    }
    if (isRemittance(name)) {
        const RemittanceFile report = RemittanceFile::read(name, content);
        summary = FileFetch(m_db, m_user, fileId).run(recordsOf(report.transactions(), report.problems(), sha, true));
    } else {
        const EodPostingFile report = EodPostingFile::read(name, content);
        summary = FileFetch(m_db, m_user, fileId).run(recordsOf(report.transactions(), report.problems(), sha, false));
    }
    summary.files = 1;
    Transaction tx(m_db);
    journal.finishFile(fileId);
    tx.commit();
    return summary;
}

} // namespace paydesk::core::portal
