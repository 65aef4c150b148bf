#include "ledger/AdjustmentTypes.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/Permissions.h"
#include "util/Tr.h"

#include <QJsonObject>

namespace paydesk::core {

namespace {

struct Seeded
{
    const char16_t *code;
    const char *name;
};

// The names Schema step 4 seeds, marked for translation.
const Seeded seeded[] = {
    {u"discount", QT_TRANSLATE_NOOP("PayDesk", "Discount")},
    {u"write-off", QT_TRANSLATE_NOOP("PayDesk", "Write-off")},
    {u"fee", QT_TRANSLATE_NOOP("PayDesk", "Fee")},
    {u"finance-charge", QT_TRANSLATE_NOOP("PayDesk", "Finance charge")},
};

constexpr qsizetype maxCodeLength = 40;
constexpr qsizetype maxNameLength = 60;

QJsonObject json(const AdjustmentType &type)
{
    return {{QStringLiteral("code"), type.code}, {QStringLiteral("name"), type.name},
            {QStringLiteral("sign"), AdjustmentTypes::signCode(type.sign)}};
}

QString capitalised(QString name)
{
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

AdjustmentType readRow(const SqlQuery &q)
{
    return {q.text(0), q.text(1), AdjustmentTypes::signFromCode(q.text(2)).value_or(AdjustmentSign::Either)};
}

// The type as typed, trimmed; throws Refusal when the user may not edit the table or the code
// or name is empty, reserved or too long.
AdjustmentType checked(const Database &db, const QString &user, const AdjustmentType &input)
{
    Permissions::require(db, user, Permissions::Action::EditCodeTables);
    const AdjustmentType type{input.code.trimmed(), input.name.trimmed(), input.sign};
    QStringList problems;
    if (type.code.isEmpty())
        problems << Tr::tr("The adjustment type's code is empty.");
    else if (type.code.compare(AdjustmentTypes::voidCode(), Qt::CaseInsensitive) == 0)
        problems << Tr::tr("The adjustment type code \"%1\" is reserved for voids.").arg(type.code);
    else if (type.code.size() > maxCodeLength)
        problems << Tr::tr("The adjustment type code \"%1\" is longer than %2 characters.").arg(type.code).arg(maxCodeLength);
    if (type.name.isEmpty())
        problems << Tr::tr("The name of adjustment type \"%1\" is empty.").arg(type.code);
    else if (type.name.size() > maxNameLength)
        problems << Tr::tr("The name of adjustment type \"%1\" is longer than %2 characters.").arg(type.code).arg(maxNameLength);
    if (!problems.isEmpty())
        throw Refusal(problems);
    return type;
}

} // namespace

QList<AdjustmentType> AdjustmentTypes::list() const
{
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT code, name, sign FROM adjustment_types ORDER BY name, code")).exec();
    QList<AdjustmentType> types;
    while (q.next())
        types.append(readRow(q));
    return types;
}

std::optional<AdjustmentType> AdjustmentTypes::find(const QString &code) const
{
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT code, name, sign FROM adjustment_types WHERE LOWER(code) = :code"))
        .bind(QStringLiteral(":code"), code.trimmed().toLower())
        .exec();
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

void AdjustmentTypes::add(const QString &user, const AdjustmentType &input)
{
    const AdjustmentType type = checked(m_db, user, input);
    Transaction tx(m_db);
    if (const std::optional<AdjustmentType> known = find(type.code))
        throw Refusal(Tr::tr("There is already an adjustment type \"%1\"; select it in the list to change it.")
                          .arg(known->code));
    write(user, type, std::nullopt);
    tx.commit();
}

void AdjustmentTypes::change(const QString &user, const AdjustmentType &input)
{
    AdjustmentType type = checked(m_db, user, input);
    Transaction tx(m_db);
    const std::optional<AdjustmentType> before = find(type.code);
    if (!before)
        throw Refusal(Tr::tr("There is no adjustment type \"%1\" to change.").arg(type.code));
    type.code = before->code; // the stored spelling
    write(user, type, before);
    tx.commit();
}

AdjustmentType AdjustmentTypes::ensure(const QString &code, const QString &user)
{
    if (std::optional<AdjustmentType> known = find(code))
        return *known;
    QString name = code.trimmed();
    name.replace(u'-', u' ').replace(u'_', u' ');
    const AdjustmentType type{code.trimmed(), capitalised(name), AdjustmentSign::Either};
    write(user, type, std::nullopt);
    return type;
}

void AdjustmentTypes::write(const QString &user, const AdjustmentType &type, const std::optional<AdjustmentType> &before)
{
    SqlQuery q = m_db.query();
    q.prepare(before ? QStringLiteral("UPDATE adjustment_types SET name = :name, sign = :sign WHERE code = :code")
                     : QStringLiteral("INSERT INTO adjustment_types (code, name, sign) VALUES (:code, :name, :sign)"))
        .bind(QStringLiteral(":code"), type.code)
        .bind(QStringLiteral(":name"), type.name)
        .bind(QStringLiteral(":sign"), signCode(type.sign))
        .exec();
    AuditLog::record(m_db, user, before ? QStringLiteral("edit") : QStringLiteral("create"),
                     QStringLiteral("adjustment_type"), 0, before ? json(*before) : QJsonObject(), json(type));
}

QString AdjustmentTypes::signCode(AdjustmentSign sign)
{
    switch (sign) {
    case AdjustmentSign::Lowers: return QStringLiteral("lower");
    case AdjustmentSign::Raises: return QStringLiteral("raise");
    case AdjustmentSign::Either: return QStringLiteral("either");
    }
    return {};
}

std::optional<AdjustmentSign> AdjustmentTypes::signFromCode(const QString &code)
{
    for (AdjustmentSign sign : {AdjustmentSign::Lowers, AdjustmentSign::Raises, AdjustmentSign::Either}) {
        if (code.trimmed().compare(signCode(sign), Qt::CaseInsensitive) == 0)
            return sign;
    }
    return std::nullopt;
}

QString AdjustmentTypes::signProblem(const AdjustmentType &type, Money amount)
{
    if (type.sign == AdjustmentSign::Lowers && amount.isPositive())
        return Tr::tr("%1 lowers the balance: its amount must be negative (-%2), not %2.")
            .arg(displayName(type), amount.toString());
    if (type.sign == AdjustmentSign::Raises && amount.isNegative())
        return Tr::tr("%1 raises the balance: its amount must be positive (%2), not %3.")
            .arg(displayName(type), (-amount).toString(), amount.toString());
    return {};
}

QString AdjustmentTypes::displayName(const AdjustmentType &type)
{
    for (const Seeded &s : seeded) {
        if (type.code == QStringView(s.code) && type.name == QLatin1String(s.name))
            return Tr::tr(s.name);
    }
    return capitalised(type.name);
}

QString AdjustmentTypes::voidCode()
{
    return QStringLiteral("void");
}

} // namespace paydesk::core
