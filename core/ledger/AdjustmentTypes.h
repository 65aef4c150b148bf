#pragma once

#include "money/Money.h"

#include <QList>
#include <QString>

#include <optional>

namespace paydesk::core {

class Database;

// Which way an adjustment of a type moves what is owed.
enum class AdjustmentSign { Lowers, Raises, Either };

struct AdjustmentType
{
    QString code; // what adjustments store ("discount"); compared ignoring case
    QString name; // what the desk shows ("Discount")
    AdjustmentSign sign = AdjustmentSign::Either;
};

// The practice's table of adjustment types. A new database has discount and write-off
// (lower the balance) and fee and finance-charge (raise it); a type that an import names
// and the table lacks is added with sign Either.
class AdjustmentTypes
{
public:
    explicit AdjustmentTypes(const Database &db) : m_db(db) {}

    // Ordered by name.
    QList<AdjustmentType> list() const;
    std::optional<AdjustmentType> find(const QString &code) const;

    // Adds a new type; writes the audit trail. Refused: an empty or reserved code, a code the
    // table has already (in any case: adding never changes a type), an empty name.
    void add(const QString &user, const AdjustmentType &type);
    // Changes the name and sign of the type with `type.code`; writes the audit trail.
    // Refused: a code the table lacks, an empty name.
    void change(const QString &user, const AdjustmentType &type);
    // The type named `code`, added with sign Either and a capitalised name when it is new.
    // Inside the caller's transaction (an import, a posting).
    AdjustmentType ensure(const QString &code, const QString &user);

    // "lower", "raise", "either": the stored and the CLI form.
    static QString signCode(AdjustmentSign sign);
    static std::optional<AdjustmentSign> signFromCode(const QString &code);
    // The sign rule: empty when `amount` agrees with the type's sign, else why not
    // ("A discount lowers the balance: its amount must be negative, not 11.00.").
    static QString signProblem(const AdjustmentType &type, Money amount);
    // The name in the user's language: the four seeded types are translated while they keep
    // their seeded name; a practice's own names are shown as written.
    static QString displayName(const AdjustmentType &type);
    // "void": the type of the rows that void a charge or an adjustment, never a type of the table.
    static QString voidCode();

private:
    // Inserts `type`, or updates `before` to it, with its audit row.
    void write(const QString &user, const AdjustmentType &type, const std::optional<AdjustmentType> &before);
    const Database &m_db;
};

} // namespace paydesk::core
