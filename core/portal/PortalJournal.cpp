#include "portal/PortalJournal.h"

#include "ledger/Patient.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Clock.h"

using namespace Qt::StringLiterals;

namespace paydesk::core::portal {

namespace {

const QString timeFormat = u"yyyy-MM-ddTHH:mm:ss"_s;

QString directionCode(PortalDirection direction)
{
    return direction == PortalDirection::Payment ? u"payment"_s : u"refund"_s;
}

QString outcomeCode(PortalJournal::Outcome outcome)
{
    switch (outcome) {
    case PortalJournal::Outcome::Posted:
        return u"posted"_s;
    case PortalJournal::Outcome::Refund:
        return u"refund"_s;
    case PortalJournal::Outcome::Skipped:
        return u"skipped"_s;
    case PortalJournal::Outcome::Exception:
        return u"exception"_s;
    }
    Q_UNREACHABLE();
}

PortalAction actionFromName(const QString &name)
{
    if (name == u"Credit")
        return PortalAction::Credit;
    if (name == u"Return")
        return PortalAction::Return;
    return PortalAction::AuthCapt;
}

PortalException::Status statusFromCode(const QString &code)
{
    if (code == u"matched")
        return PortalException::Status::Matched;
    if (code == u"dismissed")
        return PortalException::Status::Dismissed;
    return PortalException::Status::Open;
}

QString now()
{
    return Clock::nowUtc().toString(Qt::ISODateWithMs);
}

} // namespace

PortalJournal::PortalJournal(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

std::optional<PortalJournal::File> PortalJournal::file(const QString &sha256) const
{
    SqlQuery q = m_db.query();
    q.prepare(u"SELECT id, finished FROM portal_files WHERE sha256 = :s"_s).bind(u":s"_s, sha256).exec();
    if (!q.next())
        return std::nullopt;
    return File{q.id(0), q.id(1) == 1};
}

qint64 PortalJournal::startFile(const QString &name, qint64 size, const QString &sha256, std::optional<File> unfinished)
{
    SqlQuery q = m_db.query();
    if (unfinished) {
        q.prepare(u"UPDATE portal_files SET name = :n, fetched_at = :at, fetched_by = :by WHERE id = :id"_s)
                .bind(u":n"_s, name)
                .bind(u":at"_s, now())
                .bind(u":by"_s, m_user)
                .bind(u":id"_s, unfinished->id)
                .exec();
        return unfinished->id;
    }
    const qint64 id = m_db.reserveIds(u"portal_files"_s);
    q.prepare(u"INSERT INTO portal_files (id, name, size, sha256, fetched_at, fetched_by, finished, posted, "
              "posted_cents, refunds, duplicates, skipped, exceptions)"
              " VALUES (:id, :n, :size, :s, :at, :by, 0, 0, 0, 0, 0, 0, 0)"_s)
            .bind(u":id"_s, id)
            .bind(u":n"_s, name)
            .bind(u":size"_s, size)
            .bind(u":s"_s, sha256)
            .bind(u":at"_s, now())
            .bind(u":by"_s, m_user)
            .exec();
    return id;
}

void PortalJournal::addCounts(qint64 fileId, const FetchSummary &counts)
{
    m_db.query()
            .prepare(u"UPDATE portal_files SET posted = posted + :p, posted_cents = posted_cents + :pc,"
                     " refunds = refunds + :r, duplicates = duplicates + :d, skipped = skipped + :s,"
                     " exceptions = exceptions + :e WHERE id = :id"_s)
            .bind(u":p"_s, counts.posted)
            .bind(u":pc"_s, counts.postedTotal.cents())
            .bind(u":r"_s, counts.refunds)
            .bind(u":d"_s, counts.duplicates)
            .bind(u":s"_s, counts.skipped)
            .bind(u":e"_s, counts.exceptions)
            .bind(u":id"_s, fileId)
            .exec();
}

void PortalJournal::finishFile(qint64 fileId)
{
    m_db.query().prepare(u"UPDATE portal_files SET finished = 1 WHERE id = :id"_s).bind(u":id"_s, fileId).exec();
}

bool PortalJournal::holdOpen(qint64 exceptionId) const
{
    SqlQuery q = m_db.query();
    q.prepare(u"UPDATE portal_exceptions SET status = status WHERE id = :id AND status = 'open'"_s)
            .bind(u":id"_s, exceptionId)
            .exec();
    return q.numRowsAffected() == 1;
}

QString PortalJournal::recordKey(const PortalTransaction &transaction)
{
    if (transaction.source == PortalSource::Remittance835)
        return u"835|%1|%2|%3|%4"_s.arg(transaction.authorizationNumber)
                .arg(transaction.amount.cents())
                .arg(transaction.time.date().toString(Qt::ISODate), directionCode(transaction.direction));
    QString key = u"eod|%1|%2"_s.arg(transaction.transactionId, PortalTransaction::actionName(transaction.action));
    const bool later = transaction.status == u"CB" || transaction.status == u"RI";
    if (later || !transaction.skipReason().isEmpty())
        key += u'|' + transaction.status;
    return key;
}

bool PortalJournal::isDuplicate(const PortalTransaction &transaction) const
{
    SqlQuery q = m_db.query();
    q.prepare(u"SELECT 1 FROM portal_transactions WHERE record_key = :k"_s).bind(u":k"_s, recordKey(transaction)).exec();
    if (q.next())
        return true;
    q.finish();
    if (!transaction.skipReason().isEmpty() || transaction.authorizationNumber.isEmpty())
        return false;
    SqlQuery same = m_db.query();
    same.prepare(u"SELECT 1 FROM portal_transactions WHERE authorization_number = :a AND amount_cents = :c"
                 " AND report_date = :d AND direction = :dir AND source <> :src AND outcome <> 'skipped'"_s)
            .bind(u":a"_s, transaction.authorizationNumber)
            .bind(u":c"_s, transaction.amount.cents())
            .bind(u":d"_s, transaction.time.date().toString(Qt::ISODate))
            .bind(u":dir"_s, directionCode(transaction.direction))
            .bind(u":src"_s, transaction.source == PortalSource::Remittance835 ? u"835"_s : u"eod"_s)
            .exec();
    return same.next();
}

void PortalJournal::reserveTransactionIds(qint64 count)
{
    m_nextTransactionId = m_db.reserveIds(u"portal_transactions"_s, count);
    m_reservedTransactionIds = count;
}

qint64 PortalJournal::addTransaction(qint64 fileId, const PortalTransaction &t, Outcome outcome, qint64 paymentId)
{
    if (m_reservedTransactionIds == 0)
        reserveTransactionIds(1);
    const qint64 id = m_nextTransactionId++;
    --m_reservedTransactionIds;
    m_db.bulkStatement(
                "INSERT INTO portal_transactions (id, file_id, line, record_key, source, raw, payment_type, "
                "action, status, card_type, transaction_number, authorization_number, amount_cents, report_time, "
                "report_date, direction, last_name, first_name, middle_name, patient_name, account_number, "
                "outcome, reason, payment_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .add(id)
            .add(fileId)
            .add(qint64(t.line))
            .add(recordKey(t))
            .add(t.source == PortalSource::Remittance835 ? u"835"_s : u"eod"_s)
            .add(t.raw)
            .add(t.paymentType)
            .add(PortalTransaction::actionName(t.action))
            .add(t.status)
            .add(t.cardType)
            .add(t.transactionId)
            .add(t.authorizationNumber)
            .add(t.amount.cents())
            .add(t.time.toString(timeFormat))
            .add(t.time.date())
            .add(directionCode(t.direction))
            .add(t.patientLastName)
            .add(t.patientFirstName)
            .add(t.patientMiddleName)
            .add(t.patientName)
            .add(t.accountNumber)
            .add(outcomeCode(outcome))
            .add(outcome == Outcome::Skipped ? t.skipReason() : u""_s)
            .addNullableId(paymentId)
            .add(m_user)
            .add(now())
            .exec();
    return id;
}

PortalTransaction PortalJournal::transaction(qint64 rowId) const
{
    SqlQuery q = m_db.query();
    q.prepare(u"SELECT t.source, f.name, t.line, t.raw, t.payment_type, t.action, t.amount_cents, t.card_type,"
              " t.transaction_number, t.authorization_number, t.report_time, t.status, t.last_name, t.first_name,"
              " t.middle_name, t.patient_name, t.account_number, t.direction"
              " FROM portal_transactions t JOIN portal_files f ON f.id = t.file_id WHERE t.id = :id"_s)
            .bind(u":id"_s, rowId)
            .exec();
    PortalTransaction t;
    if (!q.next())
        return t;
    t.source = q.text(0) == u"835" ? PortalSource::Remittance835 : PortalSource::EodPostingFile;
    t.file = q.text(1);
    t.line = int(q.id(2));
    t.raw = q.text(3);
    t.paymentType = q.text(4);
    t.action = actionFromName(q.text(5));
    t.amount = Money::fromCents(q.id(6));
    t.cardType = q.text(7);
    t.transactionId = q.text(8);
    t.authorizationNumber = q.text(9);
    t.time = QDateTime::fromString(q.text(10), timeFormat);
    t.time.setTimeSpec(Qt::UTC);
    t.status = q.text(11);
    t.patientLastName = q.text(12);
    t.patientFirstName = q.text(13);
    t.patientMiddleName = q.text(14);
    t.patientName = q.text(15);
    t.accountNumber = q.text(16);
    t.direction = q.text(17) == u"refund" ? PortalDirection::Refund : PortalDirection::Payment;
    return t;
}

bool PortalJournal::hasException(const QString &key) const
{
    SqlQuery q = m_db.query();
    q.prepare(u"SELECT 1 FROM portal_exceptions WHERE exception_key = :k"_s).bind(u":k"_s, key).exec();
    return q.next();
}

qint64 PortalJournal::addException(const QString &key,
                                   qint64 fileId,
                                   const QString &fileName,
                                   int line,
                                   const QString &raw,
                                   const QString &reason,
                                   qint64 transactionRowId)
{
    const qint64 id = m_db.reserveIds(u"portal_exceptions"_s);
    m_db.bulkStatement(
                "INSERT INTO portal_exceptions (id, exception_key, file_id, file_name, line, raw, reason, status,"
                " transaction_id, resolution, created_by, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, '', ?, ?)")
            .add(id)
            .add(key)
            .addNullableId(fileId)
            .add(fileName)
            .add(qint64(line))
            .add(raw)
            .add(reason)
            .addNullableId(transactionRowId)
            .add(m_user)
            .add(now())
            .exec();
    return id;
}

QList<PortalException> PortalJournal::readExceptions(const QString &where, qint64 id) const
{
    SqlQuery q = m_db.query();
    q.prepare(u"SELECT e.id, e.file_name, e.line, e.raw, e.reason, e.status, e.transaction_id, t.direction,"
              " t.amount_cents, t.report_time, t.source, t.last_name, t.first_name, t.patient_name, t.account_number,"
              " e.family_id, e.payment_id, e.resolved_by, e.resolved_at, e.resolution"
              " FROM portal_exceptions e LEFT JOIN portal_transactions t ON t.id = e.transaction_id"_s
              + where + u" ORDER BY e.id"_s);
    if (id)
        q.bind(u":id"_s, id);
    q.exec();
    QList<PortalException> list;
    while (q.next()) {
        PortalException e;
        e.id = q.id(0);
        e.file = q.text(1);
        e.line = int(q.id(2));
        e.raw = q.text(3);
        e.reason = q.text(4);
        e.status = statusFromCode(q.text(5));
        e.matchable = !q.value(6).isNull();
        if (e.matchable) {
            e.direction = q.text(7) == u"refund" ? PortalDirection::Refund : PortalDirection::Payment;
            e.amount = Money::fromCents(q.id(8));
            e.date = QDate::fromString(q.text(9).left(10), Qt::ISODate);
            e.patientName = q.text(10) == u"835" ? q.text(13) : Patient::displayName(q.text(11), q.text(12));
            e.accountNumber = q.text(14);
        }
        e.familyId = q.value(15).isNull() ? 0 : q.id(15);
        e.paymentId = q.value(16).isNull() ? 0 : q.id(16);
        e.resolvedBy = q.text(17);
        if (!q.value(18).isNull()) {
            e.resolvedAt = QDateTime::fromString(q.text(18), Qt::ISODateWithMs);
            e.resolvedAt.setTimeSpec(Qt::UTC);
        }
        e.resolution = q.text(19);
        list.append(e);
    }
    return list;
}

QList<PortalException> PortalJournal::exceptions(bool all) const
{
    return readExceptions(all ? QString() : u" WHERE e.status = 'open'"_s);
}

std::optional<PortalException> PortalJournal::exception(qint64 id) const
{
    const QList<PortalException> found = readExceptions(u" WHERE e.id = :id"_s, id);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

qint64 PortalJournal::exceptionTransaction(qint64 exceptionId) const
{
    SqlQuery q = m_db.query();
    q.prepare(u"SELECT transaction_id FROM portal_exceptions WHERE id = :id"_s).bind(u":id"_s, exceptionId).exec();
    return q.next() && !q.value(0).isNull() ? q.id(0) : 0;
}

qint64 PortalJournal::openExceptions() const
{
    SqlQuery q = m_db.query();
    q.prepare(u"SELECT COUNT(*) FROM portal_exceptions WHERE status = 'open'"_s).exec();
    return q.next() ? q.id(0) : 0;
}

void PortalJournal::resolve(qint64 exceptionId,
                            PortalException::Status status,
                            qint64 familyId,
                            qint64 paymentId,
                            const QString &resolution)
{
    m_db.query()
            .prepare(u"UPDATE portal_exceptions SET status = :s, family_id = :f, payment_id = :p, resolved_by = :by,"
                     " resolved_at = :at, resolution = :r WHERE id = :id"_s)
            .bind(u":s"_s, PortalException::statusCode(status))
            .bindNullableId(u":f"_s, familyId)
            .bindNullableId(u":p"_s, paymentId)
            .bind(u":by"_s, m_user)
            .bind(u":at"_s, now())
            .bind(u":r"_s, resolution.isNull() ? u""_s : resolution)
            .bind(u":id"_s, exceptionId)
            .exec();
}

} // namespace paydesk::core::portal
