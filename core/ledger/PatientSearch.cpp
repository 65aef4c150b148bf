#include "ledger/PatientSearch.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace paydesk::core {

PatientSearch::Page PatientSearch::find(const QString &text, const Patient *after, int pageSize) const
{
    const QString needle = text.trimmed().toLower();
    const QDate birth = QDate::fromString(needle, Qt::ISODate);
    bool isNumber = false;
    const qint64 account = needle.toLongLong(&isNumber);

    // One keyset query per kind of needle; each uses its own index.
    QString where;
    if (isNumber)
        where = QStringLiteral("family_id = :account");
    else if (birth.isValid())
        where = QStringLiteral("birth_date = :birth");
    else
        where = QStringLiteral("search_name >= :low AND search_name < :high");
    const QString sql = QStringLiteral("SELECT id, family_id, last_name, first_name, birth_date, is_guarantor, search_name"
                                       " FROM patients WHERE ")
        + where + QStringLiteral(" AND (search_name > :after_name OR (search_name = :after_name AND id > :after_id))"
                                 " ORDER BY search_name, id LIMIT :limit");
    SqlQuery q = m_db.query();
    q.prepare(sql);
    if (isNumber)
        q.bind(QStringLiteral(":account"), account);
    else if (birth.isValid())
        q.bind(QStringLiteral(":birth"), birth.toString(Qt::ISODate));
    else
        q.bind(QStringLiteral(":low"), needle).bind(QStringLiteral(":high"), QString(needle + QChar(0xFFFF)));
    q.bind(QStringLiteral(":after_name"), after ? after->displayName().toLower() : QString(QLatin1String("")));
    q.bind(QStringLiteral(":after_id"), after ? after->id : qint64(0));
    q.bind(QStringLiteral(":limit"), pageSize + 1);
    q.exec();
    Page page;
    while (q.next()) {
        if (page.patients.size() == pageSize) {
            page.more = true;
            break;
        }
        page.patients.append({q.id(0), q.id(1), q.text(2), q.text(3), QDate::fromString(q.text(4), Qt::ISODate),
                              q.value(5).toInt() == 1});
    }
    return page;
}

} // namespace paydesk::core
