#include "ledger/FamilyAddress.h"

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

QJsonObject auditForm(const QString &address)
{
    return QJsonObject{{QStringLiteral("mailing_address"), address}};
}

} // namespace

FamilyAddress::FamilyAddress(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

QString FamilyAddress::read(const Database &db, qint64 familyId)
{
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT mailing_address FROM families WHERE id = :id"))
            .bind(QStringLiteral(":id"), familyId)
            .exec();
    if (!q.next())
        throw Refusal(Tr::tr("There is no family with account number %1.").arg(familyId));
    return q.text(0);
}

QString FamilyAddress::problem(const QString &address)
{
    return FreeText::problem(Tr::tr("Mailing address"), FreeText::normalized(address), FreeText::Kind::Multiline);
}

QString FamilyAddress::set(qint64 familyId, const QString &address)
{
    Permissions::require(m_db, m_user, Permissions::Action::EditPatients);
    if (const QString why = problem(address); !why.isEmpty())
        throw Refusal(why);
    const QString stored = FreeText::normalized(address);
    Transaction tx(m_db);
    m_db.lockFamily(familyId);
    const QString before = read(m_db, familyId);
    if (before == stored)
        return stored;
    m_db.query()
            .prepare(QStringLiteral("UPDATE families SET mailing_address = :address WHERE id = :id"))
            .bind(QStringLiteral(":address"), stored.isNull() ? QStringLiteral("") : stored) // "" is none, not NULL
            .bind(QStringLiteral(":id"), familyId)
            .exec();
    AuditLog::record(m_db,
                     m_user,
                     QStringLiteral("mailing-address"),
                     QStringLiteral("family"),
                     familyId,
                     auditForm(before),
                     auditForm(stored));
    tx.commit();
    return stored;
}

} // namespace paydesk::core
