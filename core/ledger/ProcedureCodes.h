#pragma once

#include "money/Money.h"

#include <QList>
#include <QString>

#include <optional>

namespace paydesk::core {

class Database;

// A code of the practice's fee schedule (CDT, CPT or the practice's own).
struct ProcedureCode
{
    QString code;
    QString description;
    std::optional<Money> fee; // none: the clerk types the amount
};

// The practice's procedure codes: what the charge entry completes and fills in. Charges
// keep their own code, description and amount, so a code may be changed or removed at any
// time, and a charge may name a code the table lacks.
class ProcedureCodes
{
public:
    explicit ProcedureCodes(const Database &db) : m_db(db) {}

    // Ordered by code.
    QList<ProcedureCode> list() const;
    // Ignoring case ("d1110" finds D1110).
    std::optional<ProcedureCode> find(const QString &code) const;

    // Adds a new code; writes the audit trail. Refused: the problems() of the code, and a code
    // the table has already (in any case: adding never changes a code).
    void add(const QString &user, const ProcedureCode &code);
    // Changes the description and fee of the code with `code.code`; writes the audit trail.
    // Refused: the problems() of the code, and a code the table lacks.
    void change(const QString &user, const ProcedureCode &code);
    // Adds the code or changes its description and fee, inside the caller's transaction: for
    // a batch (an import) that checked the code with problems() itself.
    void store(const QString &user, const ProcedureCode &code) const;
    void remove(const QString &user, const QString &code);

    // The checks of add() and change(), for a code from any source (an import names the file and line
    // around them); empty when the code may be stored.
    static QStringList problems(const ProcedureCode &code);

private:
    // Throws Refusal when `user` may not edit the table or `code` has problems().
    void checkEdit(const QString &user, const ProcedureCode &code) const;

    const Database &m_db;
};

} // namespace paydesk::core
