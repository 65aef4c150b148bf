#include "collections/CollectionCodeTable.h"

#include "settings/PracticeSettings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/FreeText.h"
#include "util/Permissions.h"
#include "util/Tr.h"

#include <QHash>

namespace paydesk::core {

namespace {

constexpr qsizetype maxDescriptionLength = 40;
constexpr int maxDaysToRemain = 999;

CollectionCode codeFrom(const SqlQuery &q)
{
    return CollectionCode{q.text(0), q.text(1), static_cast<int>(q.id(2)), q.text(3)};
}

// The codes `code` passes through by its transfers, starting with itself, up to a code with
// none or back to itself: what a loop message shows.
QStringList chainFrom(const QHash<QString, QString> &next, const QString &code)
{
    QStringList chain{code};
    for (QString at = next.value(code); !at.isEmpty(); at = next.value(at)) {
        chain << at;
        if (at == code || chain.size() > next.size() + 1)
            break;
    }
    return chain;
}

qint64 countOf(const Database &db, const QString &sql, const QString &code)
{
    SqlQuery q = db.query();
    q.prepare(sql).bind(QStringLiteral(":c"), code).exec();
    return q.next() ? q.id(0) : 0;
}

void record(const Database &db, const QString &user, const QString &action, const std::optional<CollectionCode> &before,
            const std::optional<CollectionCode> &after)
{
    AuditLog::record(db, user, action, QStringLiteral("collection-code"), 0, before ? before->toJson() : QJsonObject(),
                     after ? after->toJson() : QJsonObject());
}

} // namespace

CollectionCodeTable::CollectionCodeTable(const Database &db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

bool CollectionCodeTable::exists(const Database &db, const QString &code)
{
    SqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT 1 FROM collection_codes WHERE code = :c"))
            .bind(QStringLiteral(":c"), CollectionCode::normalized(code))
            .exec();
    return q.next();
}

QList<CollectionCode> CollectionCodeTable::list() const
{
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT code, description, days_to_remain, next_code FROM collection_codes ORDER BY code"))
            .exec();
    QList<CollectionCode> codes;
    while (q.next())
        codes.append(codeFrom(q));
    return codes;
}

std::optional<CollectionCode> CollectionCodeTable::find(const QString &code) const
{
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT code, description, days_to_remain, next_code FROM collection_codes"
                             " WHERE code = :c"))
            .bind(QStringLiteral(":c"), CollectionCode::normalized(code))
            .exec();
    if (!q.next())
        return std::nullopt;
    return codeFrom(q);
}

QStringList CollectionCodeTable::problems(const CollectionCode &input, bool adding) const
{
    const QString code = CollectionCode::normalized(input.code);
    QStringList problems;
    if (const QString problem = CollectionCode::problem(Tr::tr("Code"), input.code); !problem.isEmpty())
        return {problem};
    QHash<QString, QString> next;
    for (const CollectionCode &row : list())
        next.insert(row.code, row.nextCode);
    if (adding && next.contains(code))
        problems << Tr::tr("Code: %1 is already in the Collection Status Table.").arg(code);
    else if (!adding && !next.contains(code))
        problems << Tr::tr("Code: %1 is not in the Collection Status Table.").arg(code);

    const QString description = FreeText::normalized(input.description);
    const QString descriptionField = Tr::tr("Description of %1").arg(code);
    if (description.isEmpty())
        problems << Tr::tr("%1: the description is empty.").arg(descriptionField);
    else if (description.size() > maxDescriptionLength)
        problems << Tr::tr("%1: \"%2\" has %3 characters; at most %4 are allowed.")
                            .arg(descriptionField, description)
                            .arg(description.size())
                            .arg(maxDescriptionLength);
    else if (const QString problem = FreeText::problem(descriptionField, description, FreeText::Kind::Line);
             !problem.isEmpty())
        problems << problem;

    if (input.daysToRemain < 0 || input.daysToRemain > maxDaysToRemain)
        problems << Tr::tr("Days to Remain in Status of %1: %2 is not a whole number from 0 to %3.")
                            .arg(code)
                            .arg(input.daysToRemain)
                            .arg(maxDaysToRemain);

    const QString transfer = CollectionCode::normalized(input.nextCode);
    const QString transferField = Tr::tr("Transfer to Next Status Code of %1").arg(code);
    if (transfer.isEmpty())
        return problems;
    if (const QString problem = CollectionCode::problem(transferField, input.nextCode); !problem.isEmpty())
        problems << problem;
    else if (transfer == code)
        problems << Tr::tr("%1: a code cannot transfer to itself.").arg(transferField);
    else if (!next.contains(transfer))
        problems << Tr::tr("%1: \"%2\" is not in the Collection Status Table.").arg(transferField, input.nextCode.trimmed());
    else {
        // The table had no loop before, so a loop now passes through this code.
        next.insert(code, transfer);
        const QStringList chain = chainFrom(next, code);
        if (chain.last() == code)
            problems << Tr::tr("%1: %2 would make a transfer loop (%3).")
                                .arg(transferField, transfer, chain.join(QStringLiteral(" -> ")));
    }
    return problems;
}

void CollectionCodeTable::add(const CollectionCode &input)
{
    Permissions::require(m_db, m_user, Permissions::Action::ManageCollections);
    Transaction tx(m_db);
    if (const QStringList found = problems(input, true); !found.isEmpty())
        throw Refusal(found);
    insert(CollectionCode{CollectionCode::normalized(input.code), FreeText::normalized(input.description),
                          input.daysToRemain, CollectionCode::normalized(input.nextCode)});
    tx.commit();
}

void CollectionCodeTable::insert(const CollectionCode &code)
{
    m_db.query()
            .prepare(QStringLiteral("INSERT INTO collection_codes (code, description, days_to_remain, next_code)"
                                    " VALUES (:c, :d, :days, :next)"))
            .bind(QStringLiteral(":c"), code.code)
            .bind(QStringLiteral(":d"), code.description)
            .bind(QStringLiteral(":days"), code.daysToRemain)
            .bind(QStringLiteral(":next"),
                  code.nextCode.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(code.nextCode))
            .exec();
    record(m_db, m_user, QStringLiteral("create"), std::nullopt, code);
}

void CollectionCodeTable::addDefaults()
{
    Permissions::require(m_db, m_user, Permissions::Action::ManageCollections);
    Permissions::require(m_db, m_user, Permissions::Action::ChangeSettings);
    Transaction tx(m_db);
    if (const qsizetype n = list().size())
        throw Refusal(Tr::tr("The Collection Status Table has %n code(s) already; the defaults go only into an "
                             "empty table.",
                             nullptr, int(n)));
    // A transfer names a code added before it.
    const CollectionCode defaults[] = {
        {QStringLiteral("AG"), Tr::tr("Agency"), 0, {}},
        {QStringLiteral("C2"), Tr::tr("Second notice"), 30, QStringLiteral("AG")},
        {QStringLiteral("IC"), Tr::tr("Initial collection"), 30, QStringLiteral("C2")},
        {QStringLiteral("ND"), Tr::tr("Non-Delinquent Payment Plan"), 0, {}},
        {QStringLiteral("NDF"), Tr::tr("Non-Delinquent Pmt Plan Failed"), 30, QStringLiteral("IC")},
        {QStringLiteral("CP"), Tr::tr("Collection Payment Plan"), 0, {}},
        {QStringLiteral("CPF"), Tr::tr("Collection Payment Plan Failed"), 15, QStringLiteral("AG")},
    };
    for (const CollectionCode &code : defaults) {
        // A translation longer than the table allows is refused like a typed one.
        if (const QStringList found = problems(code, true); !found.isEmpty())
            throw Refusal(found);
        insert(code);
    }
    PracticeSettings(m_db).store(m_user, {{QStringLiteral("collections.initial_status"), QStringLiteral("IC")},
                                          {QStringLiteral("collections.plan_code"), QStringLiteral("CP")},
                                          {QStringLiteral("collections.plan_failed_code"), QStringLiteral("CPF")},
                                          {QStringLiteral("collections.nd_plan_code"), QStringLiteral("ND")},
                                          {QStringLiteral("collections.nd_plan_failed_code"), QStringLiteral("NDF")}});
    tx.commit();
}

void CollectionCodeTable::edit(const QString &codeText, const Edit &edit)
{
    Permissions::require(m_db, m_user, Permissions::Action::ManageCollections);
    Transaction tx(m_db);
    const std::optional<CollectionCode> before = find(codeText);
    if (!before) {
        const QString problem = CollectionCode::problem(Tr::tr("Code"), codeText);
        throw Refusal(problem.isEmpty() ? Tr::tr("Code: %1 is not in the Collection Status Table.")
                                                  .arg(CollectionCode::normalized(codeText))
                                        : problem);
    }
    CollectionCode after = *before;
    if (edit.description)
        after.description = FreeText::normalized(*edit.description);
    if (edit.daysToRemain)
        after.daysToRemain = *edit.daysToRemain;
    if (edit.nextCode)
        after.nextCode = CollectionCode::normalized(*edit.nextCode);
    if (const QStringList found = problems(after, false); !found.isEmpty())
        throw Refusal(found);
    m_db.query()
            .prepare(QStringLiteral("UPDATE collection_codes SET description = :d, days_to_remain = :days,"
                                    " next_code = :next WHERE code = :c"))
            .bind(QStringLiteral(":c"), after.code)
            .bind(QStringLiteral(":d"), after.description)
            .bind(QStringLiteral(":days"), after.daysToRemain)
            .bind(QStringLiteral(":next"),
                  after.nextCode.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(after.nextCode))
            .exec();
    record(m_db, m_user, QStringLiteral("edit"), before, after);
    tx.commit();
}

void CollectionCodeTable::remove(const QString &codeText)
{
    Permissions::require(m_db, m_user, Permissions::Action::ManageCollections);
    Transaction tx(m_db);
    const std::optional<CollectionCode> before = find(codeText);
    if (!before)
        throw Refusal(Tr::tr("Code: %1 is not in the Collection Status Table.").arg(CollectionCode::normalized(codeText)));
    const QString code = before->code;
    QStringList uses;
    if (const qint64 n = countOf(m_db, QStringLiteral("SELECT COUNT(*) FROM collection_accounts WHERE code = :c"), code))
        uses << Tr::tr("Code %1 is the collection status of %n account(s).", nullptr, int(n)).arg(code);
    // The history keeps every status an account held: a code once used stays in the table.
    if (const qint64 n = countOf(m_db,
                                 QStringLiteral("SELECT COUNT(DISTINCT family_id) FROM collection_history WHERE code = :c"),
                                 code))
        uses << Tr::tr("Code %1 is in the collection history of %n account(s).", nullptr, int(n)).arg(code);
    if (const qint64 n = countOf(m_db,
                                 QStringLiteral("SELECT COUNT(*) FROM collection_plans WHERE default_status = :c"), code))
        uses << Tr::tr("Code %1 is the Status for Default of %n payment plan(s).", nullptr, int(n)).arg(code);
    const PracticeSettings settings(m_db);
    for (const SettingSpec &spec : PracticeSettings::specs()) {
        const QString key = QString::fromLatin1(spec.key);
        if (spec.kind == SettingSpec::Kind::CollectionCode && settings.value(key) == code)
            uses << Tr::tr("Code %1 is the setting %2.").arg(code, key);
    }
    SqlQuery from = m_db.query();
    from.prepare(QStringLiteral("SELECT code FROM collection_codes WHERE next_code = :c ORDER BY code"))
            .bind(QStringLiteral(":c"), code)
            .exec();
    while (from.next())
        uses << Tr::tr("Code %1 is the Transfer to Next Status Code of %2.").arg(code, from.text(0));
    if (!uses.isEmpty())
        throw Refusal(uses);
    m_db.query()
            .prepare(QStringLiteral("DELETE FROM collection_codes WHERE code = :c"))
            .bind(QStringLiteral(":c"), code)
            .exec();
    record(m_db, m_user, QStringLiteral("delete"), before, std::nullopt);
    tx.commit();
}

} // namespace paydesk::core
