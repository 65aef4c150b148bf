#include "billing/BillingListModel.h"

#include "models/CellData.h"
#include "models/ItemRoles.h"

#include <limits>

namespace paydesk::ui {

using core::BillingList;

namespace {
// A number the row does not have (no plan, no payment yet, no run seen it): blank, and
// sorted before every number rather than among the zeros.
QVariant noNumber(int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case ExportRole: return QString();
    case SortRole: return std::numeric_limits<qint64>::min();
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}
} // namespace

BillingListModel::BillingListModel(const core::Database &db, BillingList list, QObject *parent)
    : TableModel(headers(list), numericColumns(list), parent)
    , m_db(db)
    , m_list(list)
    , m_fields(fields(list))
{}

QList<BillingListModel::Field> BillingListModel::fields(BillingList list)
{
    switch (list) {
    case BillingList::Plans:
        return {Field::Guarantor,
                Field::Account,
                Field::MonthlyAmount,
                Field::PlanStart,
                Field::LastPaymentDate,
                Field::LastPaymentAmount,
                Field::DaysSinceLastPayment,
                Field::LastStatement,
                Field::Balance,
                Field::Status};
    case BillingList::OtherSuspensions:
        return {Field::Guarantor, Field::Account, Field::Balance, Field::SuspensionReason, Field::ResumesOn};
    case BillingList::Queued:
    case BillingList::Submitted:
    case BillingList::Final:
    case BillingList::PendingWriteOff:
        break;
    }
    return {Field::Guarantor,
            Field::Account,
            Field::Balance,
            Field::StatementsSent,
            Field::LastStatement,
            Field::NextStatement,
            Field::Status};
}

QStringList BillingListModel::headers(BillingList list)
{
    QStringList titles;
    for (Field field : fields(list)) {
        switch (field) {
        case Field::Guarantor: titles << tr("Guarantor"); break;
        case Field::Account: titles << tr("Account #"); break;
        case Field::Balance: titles << tr("Balance"); break;
        case Field::StatementsSent: titles << tr("Statements sent"); break;
        case Field::LastStatement: titles << tr("Last statement"); break;
        case Field::NextStatement: titles << tr("Next statement"); break;
        case Field::Status: titles << tr("Status"); break;
        case Field::MonthlyAmount: titles << tr("Payment plan amount"); break;
        case Field::PlanStart: titles << tr("Start"); break;
        case Field::LastPaymentDate: titles << tr("Last payment"); break;
        case Field::LastPaymentAmount: titles << tr("Last payment amount"); break;
        case Field::DaysSinceLastPayment: titles << tr("Days since last payment"); break;
        case Field::SuspensionReason: titles << tr("Suspension Reason"); break;
        case Field::ResumesOn: titles << tr("Billing resumes on"); break;
        }
    }
    return titles;
}

QList<int> BillingListModel::numericColumns(BillingList list)
{
    QList<int> columns;
    const QList<Field> all = fields(list);
    for (int column = 0; column < all.size(); ++column) {
        switch (all[column]) {
        case Field::Account:
        case Field::Balance:
        case Field::StatementsSent:
        case Field::MonthlyAmount:
        case Field::LastPaymentAmount:
        case Field::DaysSinceLastPayment:
            columns << column;
            break;
        default:
            break;
        }
    }
    return columns;
}

QList<core::BillingAccount> BillingListModel::readPage(qint64 afterFamilyId, int limit) const
{
    return core::BillingAccountReader(m_db).list(m_list, m_filter, afterFamilyId, limit);
}

void BillingListModel::setFilter(const QString &filter)
{
    const QString previous = std::exchange(m_filter, filter);
    QList<core::BillingAccount> first;
    try {
        first = readPage(0, m_pageSize);
    } catch (...) {
        m_filter = previous;
        throw;
    }
    beginResetModel();
    m_accounts = first;
    m_more = first.size() == m_pageSize;
    endResetModel();
}

void BillingListModel::fetchAll()
{
    // The rest in one read, not page by page: each read has its own setup (the run's
    // state, what it has not counted yet), which 250 pages of a 50,000-row list would repeat.
    append(-1);
}

bool BillingListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void BillingListModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        append(m_pageSize);
}

void BillingListModel::append(int limit)
{
    if (!m_more || m_accounts.isEmpty())
        return;
    const QList<core::BillingAccount> page = readPage(m_accounts.constLast().familyId, limit);
    m_more = limit >= 0 && page.size() == limit;
    if (page.isEmpty())
        return;
    const int first = int(m_accounts.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_accounts.append(page);
    endInsertRows();
}

QVariant BillingListModel::cell(int row, int column, int role) const
{
    const core::BillingAccount &account = m_accounts.at(row);
    if (role == IdRole)
        return account.familyId;
    const core::PaymentPlan *plan = account.plan ? &*account.plan : nullptr;
    switch (m_fields.at(column)) {
    case Field::Guarantor:
        return CellData::text(account.guarantor, role);
    case Field::Account:
        return CellData::id(account.familyId, role);
    case Field::Balance:
        return CellData::money(account.balance, role);
    case Field::StatementsSent:
        return CellData::count(account.statementsSent, role);
    case Field::LastStatement:
        return CellData::date(account.lastStatement, role);
    case Field::NextStatement:
        return CellData::date(account.nextStatement, role);
    case Field::Status:
        // ZOLL's words, as the CLI and the CSV write them: not translated.
        return CellData::text(core::BillingStatuses::text(account.status), role);
    case Field::MonthlyAmount:
        return plan ? CellData::money(plan->amount, role) : noNumber(role);
    case Field::PlanStart:
        return CellData::date(plan ? plan->start : QDate(), role);
    case Field::LastPaymentDate:
        return CellData::date(plan ? plan->lastPaymentDate : QDate(), role);
    case Field::LastPaymentAmount:
        // No payment yet is a blank, not 0.00 received.
        return plan && plan->lastPaymentDate.isValid() ? CellData::money(plan->lastPaymentAmount, role) : noNumber(role);
    case Field::DaysSinceLastPayment:
        return account.daysSinceLastPayment ? CellData::count(*account.daysSinceLastPayment, role) : noNumber(role);
    case Field::SuspensionReason:
        return CellData::text(account.daysSinceLastPayment ? core::BillingStatuses::planDisabledReasonText(
                                                                     account.suspensionReason, *account.daysSinceLastPayment)
                                                           : account.suspensionReason,
                              role);
    case Field::ResumesOn:
        return CellData::date(account.billingResumesOn, role);
    }
    return {};
}

} // namespace paydesk::ui
