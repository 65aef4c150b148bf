#include "collections/WebPayLists.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/FreeText.h"
#include "util/Permissions.h"
#include "util/Tr.h"

#include <QJsonObject>

namespace paydesk::core {

namespace {

// The reference gives Payment Method 10 characters ("Mastercard"); a merchant is the
// practice's own name for its account with the processor.
qsizetype maxNameLength(WebPayLists::List list)
{
    return list == WebPayLists::List::Merchants ? 40 : 10;
}

QString table(WebPayLists::List list)
{
    return list == WebPayLists::List::Merchants ? QStringLiteral("collection_merchants")
                                                : QStringLiteral("collection_methods");
}

// The reference's field names: what a message about the list says.
QString field(WebPayLists::List list)
{
    return list == WebPayLists::List::Merchants ? Tr::tr("Merchant") : Tr::tr("Payment Method");
}

// The audit trail's and the JSON's word for the list.
QString listWord(WebPayLists::List list)
{
    return list == WebPayLists::List::Merchants ? QStringLiteral("merchant") : QStringLiteral("method");
}

} // namespace

WebPayLists::WebPayLists(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

QStringList WebPayLists::names(List list) const
{
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT name FROM %1 ORDER BY name").arg(table(list))).exec();
    QStringList names;
    while (q.next())
        names << q.text(0);
    return names;
}

bool WebPayLists::contains(const Database &db, List list, const QString &name)
{
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE name = :n").arg(table(list)))
            .bind(QStringLiteral(":n"), name.trimmed())
            .exec();
    return q.next();
}

void WebPayLists::add(List list, const QString &text)
{
    Permissions::require(m_db, m_user, Permissions::Action::ManageCollections);
    const QString name = FreeText::normalized(text);
    Transaction tx(m_db);
    QString problem;
    if (name.isEmpty())
        problem = Tr::tr("%1: the name is empty.").arg(field(list));
    else if (name.size() > maxNameLength(list))
        problem = Tr::tr("%1: \"%2\" has %3 characters; at most %4 are allowed.")
                          .arg(field(list), name)
                          .arg(name.size())
                          .arg(maxNameLength(list));
    else if (problem = FreeText::problem(field(list), name, FreeText::Kind::Line); problem.isEmpty()) {
        // "Visa" and "VISA" would be one choice to the clerk picking from the list.
        const QStringList known = names(list);
        const auto same = std::find_if(known.begin(), known.end(), [&](const QString &k) {
            return k.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (same != known.end())
            problem = Tr::tr("%1: \"%2\" is already in the list.").arg(field(list), *same);
    }
    if (!problem.isEmpty())
        throw Refusal(problem);
    m_db.query()
            .prepare(QStringLiteral("INSERT INTO %1 (name) VALUES (:n)").arg(table(list)))
            .bind(QStringLiteral(":n"), name)
            .exec();
    AuditLog::record(m_db,
                     m_user,
                     QStringLiteral("create"),
                     QStringLiteral("webpay-list"),
                     0,
                     QJsonObject(),
                     QJsonObject{{QStringLiteral("list"), listWord(list)}, {QStringLiteral("name"), name}});
    tx.commit();
}

} // namespace paydesk::core
