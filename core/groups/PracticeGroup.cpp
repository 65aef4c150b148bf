#include "groups/PracticeGroup.h"

#include "util/Tr.h"

namespace paydesk::core {

QString PracticeGroup::ledgerCode(Ledger ledger)
{
    return ledger == Ledger::Legacy ? QStringLiteral("legacy") : QStringLiteral("tracked");
}

std::optional<PracticeGroup::Ledger> PracticeGroup::ledgerFromCode(const QString &code)
{
    if (code == ledgerCode(Ledger::Legacy))
        return Ledger::Legacy;
    if (code == ledgerCode(Ledger::Tracked))
        return Ledger::Tracked;
    return std::nullopt;
}

QString PracticeGroup::ledgerName(Ledger ledger)
{
    return ledger == Ledger::Legacy ? Tr::tr("the legacy ledger") : Tr::tr("tracked allocations");
}

QJsonObject PracticeGroup::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("ledger"), ledgerCode(ledger)},
            {QStringLiteral("families"), families},
            {QStringLiteral("migration"),
             migration ? QJsonValue(Migration::statusText(migration->status)) : QJsonValue(QJsonValue::Null)}};
}

} // namespace paydesk::core
