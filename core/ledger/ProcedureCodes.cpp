#include "ledger/ProcedureCodes.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/Permissions.h"
#include "util/Tr.h"

#include <QJsonObject>
#include <QJsonValue>

namespace paydesk::core {

namespace {

constexpr qsizetype maxCodeLength = 20;
constexpr qsizetype maxDescriptionLength = 200;

QJsonObject json(const ProcedureCode &code)
{
    return {{QStringLiteral("code"), code.code},
            {QStringLiteral("description"), code.description},
            {QStringLiteral("fee"), code.fee ? QJsonValue(code.fee->toString()) : QJsonValue()}};
}

ProcedureCode readRow(const SqlQuery &q)
{
    ProcedureCode code{q.text(0), q.text(1), std::nullopt};
    if (!q.value(2).isNull())
        code.fee = q.money(2);
    return code;
}

} // namespace

QList<ProcedureCode> ProcedureCodes::list() const
{
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT code, description, fee_cents FROM procedure_codes ORDER BY code")).exec();
    QList<ProcedureCode> codes;
    while (q.next())
        codes.append(readRow(q));
    return codes;
}

std::optional<ProcedureCode> ProcedureCodes::find(const QString &code) const
{
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT code, description, fee_cents FROM procedure_codes WHERE LOWER(code) = :code"))
        .bind(QStringLiteral(":code"), code.trimmed().toLower())
        .exec();
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

QStringList ProcedureCodes::problems(const ProcedureCode &code)
{
    QStringList problems;
    if (code.code.trimmed().isEmpty())
        problems << Tr::tr("The procedure code is empty.");
    else if (code.code.trimmed().size() > maxCodeLength)
        problems << Tr::tr("The procedure code \"%1\" is longer than %2 characters.").arg(code.code.trimmed()).arg(maxCodeLength);
    if (code.description.trimmed().isEmpty())
        problems << Tr::tr("Procedure code \"%1\" has no description.").arg(code.code.trimmed());
    else if (code.description.trimmed().size() > maxDescriptionLength)
        problems << Tr::tr("The description of procedure code \"%1\" is longer than %2 characters.")
                        .arg(code.code.trimmed())
                        .arg(maxDescriptionLength);
    if (code.fee && code.fee->isNegative())
        problems << Tr::tr("The fee %1 of procedure code \"%2\" is negative.").arg(code.fee->toString(), code.code.trimmed());
    return problems;
}

void ProcedureCodes::add(const QString &user, const ProcedureCode &code)
{
    checkEdit(user, code);
    Transaction tx(m_db);
    if (const std::optional<ProcedureCode> known = find(code.code))
        throw Refusal(Tr::tr("There is already a procedure code \"%1\"; select it in the list to change it.")
                          .arg(known->code));
    store(user, code);
    tx.commit();
}

void ProcedureCodes::change(const QString &user, const ProcedureCode &code)
{
    checkEdit(user, code);
    Transaction tx(m_db);
    if (!find(code.code))
        throw Refusal(Tr::tr("There is no procedure code \"%1\".").arg(code.code.trimmed()));
    store(user, code);
    tx.commit();
}

void ProcedureCodes::checkEdit(const QString &user, const ProcedureCode &code) const
{
    Permissions::require(m_db, user, Permissions::Action::EditCodeTables);
    if (const QStringList refused = problems(code); !refused.isEmpty())
        throw Refusal(refused);
}

void ProcedureCodes::store(const QString &user, const ProcedureCode &input) const
{
    ProcedureCode code{input.code.trimmed(), input.description.trimmed(), input.fee};
    const std::optional<ProcedureCode> before = find(code.code);
    if (before)
        code.code = before->code;
    SqlQuery q = m_db.query();
    q.prepare(before ? QStringLiteral("UPDATE procedure_codes SET description = :description, fee_cents = :fee WHERE code = :code")
                     : QStringLiteral("INSERT INTO procedure_codes (code, description, fee_cents) VALUES (:code, :description, :fee)"))
        .bind(QStringLiteral(":code"), code.code)
        .bind(QStringLiteral(":description"), code.description);
    if (code.fee)
        q.bind(QStringLiteral(":fee"), *code.fee);
    else
        q.bind(QStringLiteral(":fee"), QVariant(QMetaType::fromType<qint64>())); // a typed NULL: no fee
    q.exec();
    AuditLog::record(m_db, user, before ? QStringLiteral("edit") : QStringLiteral("create"), QStringLiteral("procedure_code"),
                     0, before ? json(*before) : QJsonObject(), json(code));
}

void ProcedureCodes::remove(const QString &user, const QString &codeText)
{
    Permissions::require(m_db, user, Permissions::Action::EditCodeTables);
    Transaction tx(m_db);
    const std::optional<ProcedureCode> before = find(codeText);
    if (!before)
        throw Refusal(Tr::tr("There is no procedure code \"%1\".").arg(codeText.trimmed()));
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM procedure_codes WHERE code = :code")).bind(QStringLiteral(":code"), before->code).exec();
    AuditLog::record(m_db, user, QStringLiteral("delete"), QStringLiteral("procedure_code"), 0, json(*before), {});
    tx.commit();
}

} // namespace paydesk::core
