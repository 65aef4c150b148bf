#include "collections/CollectionAccountLock.h"

#include "billing/BillingRunLock.h"
#include "collections/CollectionAccountStore.h"
#include "ledger/LedgerCalendar.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Errors.h"
#include "util/FreeText.h"
#include "util/Tr.h"

namespace paydesk::core {

CollectionAccountLock::CollectionAccountLock(const Database &db, qint64 familyId)
    : m_familyId(familyId)
{
    db.lockFamily(familyId);
    BillingRunLock::refuseWhileRunning(db);
    requireFamily(db, familyId);
    m_today = LedgerCalendar(db).today();
    m_account = CollectionAccountStore(db).read(familyId);
}

void CollectionAccountLock::requireFamily(const Database &db, qint64 familyId)
{
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT 1 FROM families WHERE id = :f")).bind(QStringLiteral(":f"), familyId).exec();
    if (!q.next())
        throw Refusal(Tr::tr("There is no family with account number %1.").arg(familyId));
}

QString CollectionAccountLock::checkedNote(const QString &note)
{
    const QString text = FreeText::normalized(note);
    if (text.isEmpty())
        throw Refusal(Tr::tr("Note: say why; a change of a collection status needs a note."));
    if (const QString problem = FreeText::problem(Tr::tr("Note"), text, FreeText::Kind::Line); !problem.isEmpty())
        throw Refusal(problem);
    return text;
}

QDate CollectionAccountLock::changeDay() const
{
    return m_account && m_account->since > m_today ? m_account->since : m_today;
}

} // namespace paydesk::core
