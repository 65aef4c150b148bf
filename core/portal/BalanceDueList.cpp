#include "portal/BalanceDueList.h"

#include "billing/LedgerDelta.h"
#include "csv/CsvWriter.h"
#include "ledger/Patient.h"
#include "portal/PayNowLink.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/Permissions.h"

#include <optional>

namespace paydesk::core {

QJsonObject BalanceDue::toJson() const
{
    return QJsonObject{
            {QStringLiteral("family"), familyId},
            {QStringLiteral("guarantor"), guarantor},
            {QStringLiteral("balance"), balance.toString()},
            {QStringLiteral("pay_url"), payUrl},
    };
}

QList<BalanceDue> BalanceDueList::read(const QString &user) const
{
    Permissions::require(m_db, user, Permissions::Action::ReadLedger);
    // Balances and guarantors of one state of the database.
    std::optional<Transaction> snapshot;
    if (!m_db.inTransaction())
        snapshot.emplace(m_db, Transaction::Mode::Read);
    const QHash<qint64, qint64> balances = LedgerDelta::currentBalances(m_db);
    const QString payUrl = PayNowLink::read(m_db).url();
    QList<BalanceDue> rows;
    SqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT f.id, g.last_name, g.first_name FROM families f"
                             " LEFT JOIN patients g ON g.family_id = f.id AND g.is_guarantor = 1"
                             " ORDER BY f.id"))
            .exec();
    while (q.next()) {
        const qint64 cents = balances.value(q.id(0));
        if (cents <= 0)
            continue;
        const QString guarantor = Patient::displayName(q.text(1), q.text(2));
        rows.append({q.id(0), guarantor, Money::fromCents(cents), payUrl});
    }
    return rows;
}

QStringList BalanceDueList::header()
{
    return {QStringLiteral("family"), QStringLiteral("guarantor"), QStringLiteral("balance"), QStringLiteral("pay_url")};
}

QStringList BalanceDueList::row(const BalanceDue &due)
{
    return {QString::number(due.familyId), due.guarantor, due.balance.toString(), due.payUrl};
}

qint64 BalanceDueList::writeCsv(const QString &user, const QString &path) const
{
    Permissions::require(m_db, user, Permissions::Action::Export);
    PayNowLink::read(m_db).require();
    const QList<BalanceDue> rows = read(user);
    CsvWriter csv(path);
    csv.writeRow(header());
    for (const BalanceDue &due : rows)
        csv.writeRow(row(due));
    if (!csv.finish())
        throw Refusal(csv.error());
    return rows.size();
}

} // namespace paydesk::core
