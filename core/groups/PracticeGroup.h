#pragma once

#include "migration/Migration.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace paydesk::core {

// A practice group: every family is in one (group 1, "Default", until assigned elsewhere).
// Its ledger says how payments are kept: Legacy, as the systems practices come from kept
// them (a payment only lowers the family balance, nobody knows which charge it paid), or
// Tracked, every dollar allocated to what it paid (everything PayDesk does).
struct PracticeGroup
{
    enum class Ledger { Legacy, Tracked };

    // "Default", where every family is until assigned elsewhere (schema step 10).
    static constexpr qint64 defaultId = 1;

    qint64 id = 0;
    QString name;
    Ledger ledger = Ledger::Tracked;
    qint64 families = 0; // counted by PracticeGroups::list() only
    // Its latest migration to tracked allocations, by PracticeGroups::list() only.
    std::optional<Migration> migration;

    // "legacy" or "tracked": the stored value and the CLI's --ledger, the same in every language.
    static QString ledgerCode(Ledger ledger);
    static std::optional<Ledger> ledgerFromCode(const QString &code);
    // What a group keeps, as a person reads it: "the legacy ledger", "tracked allocations".
    static QString ledgerName(Ledger ledger);

    // id, name, ledger, families, migration (null, or its latest migration's status: "Queued",
    // "In Progress", "Active", "Error"): `group list --json`.
    QJsonObject toJson() const;
};

} // namespace paydesk::core
