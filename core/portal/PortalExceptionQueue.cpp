#include "portal/PortalExceptionQueue.h"

#include "migration/PostingLock.h"
#include "portal/PortalAccountMatcher.h"
#include "portal/PortalJournal.h"
#include "portal/PortalPosting.h"
#include "storage/AuditLog.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/Permissions.h"
#include "util/Tr.h"

using namespace Qt::StringLiterals;

namespace paydesk::core::portal {

namespace {

// The exception, open and held for the caller's transaction, or a refusal that says why it
// cannot be resolved. Held first: two clerks matching it at once must not both post it.
PortalException openException(const PortalJournal &journal, qint64 exceptionId)
{
    const bool held = journal.holdOpen(exceptionId);
    const std::optional<PortalException> found = journal.exception(exceptionId);
    if (!found)
        throw Refusal(Tr::tr("There is no portal exception #%1.").arg(exceptionId));
    if (!held || found->status != PortalException::Status::Open)
        throw Refusal(
                Tr::tr("Portal exception #%1 is %2 already.").arg(exceptionId).arg(found->statusLabel().toLower()));
    return *found;
}

} // namespace

PortalExceptionQueue::PortalExceptionQueue(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

QList<PortalException> PortalExceptionQueue::list(bool all) const
{
    QList<PortalException> exceptions = PortalJournal(m_db, m_user).exceptions(all);
    // The date each would post on, as a fetch would date it (the report's time in the
    // practice's zone), rather than the report's own wall-clock date.
    const PortalPosting posting(m_db, m_user);
    const PortalJournal journal(m_db, m_user);
    for (PortalException &e : exceptions) {
        if (e.matchable)
            e.date = posting.dateOf(journal.transaction(journal.exceptionTransaction(e.id)));
    }
    return exceptions;
}

std::optional<PortalException> PortalExceptionQueue::find(qint64 id) const
{
    std::optional<PortalException> found = PortalJournal(m_db, m_user).exception(id);
    if (found && found->matchable) {
        const PortalJournal journal(m_db, m_user);
        found->date = PortalPosting(m_db, m_user).dateOf(journal.transaction(journal.exceptionTransaction(id)));
    }
    return found;
}

qint64 PortalExceptionQueue::openCount() const
{
    return PortalJournal(m_db, m_user).openExceptions();
}

qint64 PortalExceptionQueue::match(qint64 exceptionId, qint64 familyId)
{
    Permissions::require(m_db, m_user, Permissions::Action::ManagePortalPayments);
    PostingLock::requireOpen(m_db, familyId);
    Transaction tx(m_db);
    PortalJournal journal(m_db, m_user);
    const PortalException before = openException(journal, exceptionId);
    if (!before.matchable)
        throw Refusal(Tr::tr("Portal exception #%1 is a record that could not be read: there is no payment to post; "
                             "dismiss it.")
                              .arg(exceptionId));
    const PortalAccountMatcher::Match match = PortalAccountMatcher(m_db).family(familyId);
    if (!match.matched())
        throw Refusal(match.problem);
    const PortalTransaction transaction = journal.transaction(journal.exceptionTransaction(exceptionId));
    AuditLog audit(m_db, m_user);
    const PortalPosting::Result posted = PortalPosting(m_db, m_user).post(transaction, match, audit);
    if (!posted.problem.isEmpty())
        throw Refusal(posted.problem);
    journal.resolve(exceptionId, PortalException::Status::Matched, familyId, posted.paymentId, {});
    audit.add(u"match"_s, u"portal_exception"_s, exceptionId, before.toJson(), journal.exception(exceptionId)->toJson());
    audit.write();
    tx.commit();
    return posted.paymentId;
}

void PortalExceptionQueue::dismiss(qint64 exceptionId, const QString &reason)
{
    Permissions::require(m_db, m_user, Permissions::Action::ManagePortalPayments);
    const QString why = reason.trimmed();
    if (why.isEmpty())
        throw Refusal(Tr::tr("Reason: say why portal exception #%1 is dismissed.").arg(exceptionId));
    Transaction tx(m_db);
    PortalJournal journal(m_db, m_user);
    const PortalException before = openException(journal, exceptionId);
    journal.resolve(exceptionId, PortalException::Status::Dismissed, 0, 0, why);
    AuditLog::record(m_db,
                     m_user,
                     u"dismiss"_s,
                     u"portal_exception"_s,
                     exceptionId,
                     before.toJson(),
                     journal.exception(exceptionId)->toJson());
    tx.commit();
}

} // namespace paydesk::core::portal
