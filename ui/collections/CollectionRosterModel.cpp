#include "collections/CollectionRosterModel.h"

#include "models/CellData.h"
#include "models/ItemRoles.h"

#include <limits>

namespace paydesk::ui {

CollectionRosterModel::CollectionRosterModel(const core::Database &db, QObject *parent)
    : TableModel({tr("Account #"),
                  tr("Guarantor"),
                  tr("Status"),
                  tr("Days in status"),
                  tr("Balance"),
                  tr("Delinquent"),
                  tr("Next payment"),
                  tr("Plan")},
                 {Account, DaysInStatus, Balance, Delinquent},
                 parent)
    , m_db(db)
{}

bool CollectionRosterModel::matches(const core::CollectionRosterRow &row) const
{
    if (m_find.isEmpty())
        return true;
    bool number = false;
    const qint64 account = m_find.toLongLong(&number);
    return number ? row.familyId == account : row.guarantor.contains(m_find, Qt::CaseInsensitive);
}

CollectionRosterModel::Read CollectionRosterModel::read(qint64 afterFamily, int limit) const
{
    const core::CollectionRoster roster(m_db);
    // The rest in one read, not page by page: each read has its own setup (the delinquency
    // of every account on it), which a hundred pages would repeat.
    const int pageSize = limit < 0 ? std::numeric_limits<int>::max() : m_pageSize;
    Read result{{}, afterFamily, true};
    while (result.more && (limit < 0 || result.rows.size() < limit)) {
        const QList<core::CollectionRosterRow> page = roster.page(m_code, result.last, pageSize);
        result.more = page.size() == pageSize;
        for (const core::CollectionRosterRow &row : page) {
            if (matches(row))
                result.rows << row;
        }
        if (!page.isEmpty())
            result.last = page.constLast().familyId;
    }
    return result;
}

void CollectionRosterModel::setFilter(const QString &code, const QString &find)
{
    const QString previousCode = std::exchange(m_code, code);
    const QString previousFind = std::exchange(m_find, find.trimmed());
    Read first;
    try {
        first = read(0, m_pageSize);
    } catch (...) {
        m_code = previousCode;
        m_find = previousFind;
        throw;
    }
    beginResetModel();
    m_rows = first.rows;
    m_lastRead = first.last;
    m_more = first.more;
    endResetModel();
}

void CollectionRosterModel::fetchAll()
{
    append(-1);
}

bool CollectionRosterModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void CollectionRosterModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        append(m_pageSize);
}

void CollectionRosterModel::append(int limit)
{
    if (!m_more)
        return;
    const Read next = read(m_lastRead, limit);
    m_lastRead = next.last;
    m_more = next.more;
    if (next.rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + next.rows.size()) - 1);
    m_rows.append(next.rows);
    endInsertRows();
}

QVariant CollectionRosterModel::cell(int row, int column, int role) const
{
    const core::CollectionRosterRow &account = m_rows.at(row);
    if (role == IdRole)
        return account.familyId;
    switch (Column(column)) {
    case Account:
        return CellData::id(account.familyId, role);
    case Guarantor:
        return CellData::text(account.guarantor, role);
    case Code:
        return CellData::text(account.code, role);
    case DaysInStatus:
        return CellData::count(account.daysInStatus, role);
    case Balance:
        return CellData::money(account.balance, role);
    case Delinquent:
        return CellData::money(account.delinquent, role);
    case NextPayment:
        return CellData::date(account.nextPaymentDate, role);
    case PlanStatus:
        return CellData::text(account.planStatus ? core::CollectionPlan::statusLabel(*account.planStatus) : QString(),
                              role);
    }
    return {};
}

} // namespace paydesk::ui
